import { describe, expect, it } from 'vitest';
import { contentHash, passageIdAllocator } from '../../src/lib/corpus/ids.ts';

describe('passage ids', () => {
  it('come from the text alone, so position and neighbours do not matter', () => {
    const first = passageIdAllocator();
    const second = passageIdAllocator();
    first('An earlier passage.');
    expect(first('The situation at the front line is tense.')).toBe(
      second('The situation at the front line is tense.'),
    );
    expect(contentHash('a  b\n c')).toBe(contentHash('a b c'));
  });

  it('number repeated texts in order of appearance', () => {
    const allocate = passageIdAllocator();
    const ids = ['Thank you.', 'Yes.', 'Thank you.', 'Thank you.'].map(allocate);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    expect(ids[0]).toMatch(/^p-[a-z2-9]{8}$/);
  });
});
