import { describe, expect, it } from 'vitest';
import { pairMemo } from '../../src/lib/corpus/memo.ts';

describe('pairMemo', () => {
  it('answers each pair once, a null answer too, and each owner apart', () => {
    const asked: string[] = [];
    const lengthOf = pairMemo((owner: { name: string }, key: string) => {
      asked.push(`${owner.name}:${key}`);
      return key === 'none' ? null : key.length;
    });
    const one = { name: 'one' };
    const two = { name: 'two' };
    expect([lengthOf(one, 'abc'), lengthOf(one, 'abc'), lengthOf(one, 'none'), lengthOf(one, 'none')]).toEqual([
      3,
      3,
      null,
      null,
    ]);
    expect(lengthOf(two, 'abc')).toBe(3);
    expect(asked).toEqual(['one:abc', 'one:none', 'two:abc']);
  });

  it('forgets an owner’s answers together once it holds as many as its limit', () => {
    let asked = 0;
    const doubled = pairMemo((_owner: object, key: number) => {
      asked++;
      return key * 2;
    }, 2);
    const owner = {};
    [1, 2, 3, 1].forEach((key) => doubled(owner, key));
    expect(asked).toBe(4);
  });
});
