import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/lib/corpus/schema.ts';
import { recordCurrent, resolvePublished, unrecorded } from '../../src/lib/corpus/permanence.ts';

/** A document with the given passage ids, one turn each; only ids matter here. */
function document(id: string, passages: string[]): CorpusDocument {
  return {
    id,
    turns: passages.map((passage) => ({ passages: [{ id: passage }] })),
  } as unknown as CorpusDocument;
}

describe('vanished passage ids', () => {
  it('point at the passage that stands where they stood, after a correction', () => {
    const record = { documents: { d: ['p-aaaaaaaa', 'p-bbbbbbbb', 'p-cccccccc'] } };
    const corrected = [document('d', ['p-aaaaaaaa', 'p-bbbbbbb2', 'p-cccccccc'])];
    expect(resolvePublished(record, corrected)).toEqual({
      aliases: new Map([['d', [{ id: 'p-bbbbbbbb', target: 'p-bbbbbbb2' }]]]),
      moves: [],
    });
  });

  it('point at the passage before them when they were removed, or the first when nothing came before', () => {
    const record = { documents: { d: ['p-aaaaaaaa', 'p-bbbbbbbb', 'p-cccccccc'] } };
    const removed = [document('d', ['p-aaaaaaaa', 'p-cccccccc'])];
    expect(resolvePublished(record, removed).aliases.get('d')).toEqual([{ id: 'p-bbbbbbbb', target: 'p-aaaaaaaa' }]);
    const first = [document('d', ['p-bbbbbbbb', 'p-cccccccc'])];
    expect(resolvePublished(record, first).aliases.get('d')).toEqual([{ id: 'p-aaaaaaaa', target: 'p-bbbbbbbb' }]);
  });

  it('keep the order when several passages were rewritten between the same neighbours', () => {
    const record = { documents: { d: ['p-aaaaaaaa', 'p-bbbbbbbb', 'p-cccccccc', 'p-dddddddd'] } };
    const rewritten = [document('d', ['p-aaaaaaaa', 'p-bbbbbbb2', 'p-ccccccc2', 'p-dddddddd'])];
    expect(resolvePublished(record, rewritten).aliases.get('d')).toEqual([
      { id: 'p-bbbbbbbb', target: 'p-bbbbbbb2' },
      { id: 'p-cccccccc', target: 'p-ccccccc2' },
    ]);
  });
});

describe('vanished document ids', () => {
  it('move to the document that now holds most of their passages, or are withdrawn', () => {
    const record = { documents: { old: ['p-aaaaaaaa', 'p-bbbbbbbb'], gone: ['p-zzzzzzzz'] } };
    const current = [document('new', ['p-aaaaaaaa', 'p-bbbbbbbb']), document('other', ['p-bbbbbbbb'])];
    expect(resolvePublished(record, current).moves).toEqual([
      { from: 'gone', to: null },
      { from: 'old', to: 'new' },
    ]);
  });
});

describe('the record', () => {
  it('takes in what is new and keeps every vanished id pointing at a current passage', () => {
    const record = { documents: { d: ['p-aaaaaaaa', 'p-bbbbbbbb', 'p-cccccccc'], gone: ['p-zzzzzzzz'] } };
    const current = [document('d', ['p-aaaaaaaa', 'p-bbbbbbb2', 'p-cccccccc']), document('e', ['p-eeeeeeee'])];
    expect(unrecorded(record, current)).toEqual(['d#p-bbbbbbb2', 'e', 'e#p-eeeeeeee']);
    const next = recordCurrent(record, current);
    expect(next).toEqual({
      documents: { d: ['p-aaaaaaaa', 'p-bbbbbbb2', 'p-cccccccc'], e: ['p-eeeeeeee'] },
      aliases: { d: { 'p-bbbbbbbb': 'p-bbbbbbb2' } },
      moves: { gone: null },
    });
    expect(unrecorded(next, current)).toEqual([]);
    expect(recordCurrent(next, current)).toEqual(next);
  });

  it('follows an old id through a second correction of the passage it pointed at', () => {
    const first = recordCurrent({ documents: { d: ['p-aaaaaaaa', 'p-bbbbbbbb', 'p-cccccccc'] } }, [
      document('d', ['p-aaaaaaaa', 'p-bbbbbbb2', 'p-cccccccc']),
    ]);
    const twice = [document('d', ['p-aaaaaaaa', 'p-bbbbbbb3', 'p-cccccccc'])];
    expect(resolvePublished(first, twice).aliases.get('d')).toEqual(
      expect.arrayContaining([
        { id: 'p-bbbbbbb2', target: 'p-bbbbbbb3' },
        { id: 'p-bbbbbbbb', target: 'p-bbbbbbb3' },
      ]),
    );
  });

  it('moves the anchors of a re-dated document to its new id', () => {
    const first = recordCurrent({ documents: { old: ['p-aaaaaaaa', 'p-bbbbbbbb'] } }, [
      document('old', ['p-aaaaaaaa', 'p-bbbbbbb2']),
    ]);
    const moved = resolvePublished(first, [document('new', ['p-aaaaaaaa', 'p-bbbbbbb2'])]);
    expect(moved.moves).toEqual([{ from: 'old', to: 'new' }]);
    expect(moved.aliases.get('new')).toEqual([{ id: 'p-bbbbbbbb', target: 'p-bbbbbbb2' }]);
  });
});

describe('ids that more than one document holds', () => {
  it('do not send a withdrawn document to whichever other document says "Thank you." too', () => {
    const record = { documents: { gone: ['p-thankyou1', 'p-zzzzzzzz'] } };
    const current = [document('a', ['p-aaaaaaaa', 'p-thankyou1']), document('b', ['p-bbbbbbbb', 'p-thankyou1'])];
    expect(resolvePublished(record, current).moves).toEqual([{ from: 'gone', to: null }]);
  });

  it('keep a withdrawal the record states, and give no anchor to an id that is back', () => {
    const record = {
      documents: { d: ['p-aaaaaaaa'] },
      aliases: { d: { 'p-bbbbbbbb': 'p-aaaaaaaa' } },
      moves: { old: null },
    };
    const current = [document('d', ['p-aaaaaaaa', 'p-bbbbbbbb']), document('old2', ['p-cccccccc'])];
    const { aliases, moves } = resolvePublished(record, current);
    expect(moves).toEqual([{ from: 'old', to: null }]);
    expect(aliases.get('d') ?? []).toEqual([]);
  });
});
