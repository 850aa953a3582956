/**
 * The verifier on the real corpus: quotes made from its passages in the four
 * forms a newspaper prints them (exact, two words changed, words dropped with an
 * ellipsis, straight or curly quotation marks), each found in its own passage,
 * and found again among all the corpus's passages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import { align, bestPassage } from '../../src/lib/verify/align.ts';

const corpus = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/data/corpus.json'), 'utf8')) as Corpus;
const texts = corpus.documents.flatMap((document) =>
  document.turns.flatMap((turn) => turn.passages.map((passage) => passage.text)),
);
// Every 40th passage of 40 words or more: a spread of speakers, documents and styles.
const chosen = texts.filter((text) => text.split(/\s+/u).length >= 40).filter((_, at) => at % 40 === 0);

/** Words 5 to 20 of a passage as whitespace cuts them, with their offsets. */
function sample(text: string) {
  const words = [...text.matchAll(/\S+/gu)].slice(5, 21);
  const piece = (from: number, to: number) => text.slice(words[from]!.index, words[to]!.index + words[to]![0].length);
  const trim = (piece: string) => piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return { words: words.map((word) => word[0]), piece, trim };
}

const straight = (text: string) => text.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"');
const curly = (text: string) => text.replace(/'/gu, '’').replace(/"/gu, '”');

describe('the four forms of a quote, on passages of the corpus', () => {
  it('has passages to try', () => expect(chosen.length).toBeGreaterThanOrEqual(8));

  it.each(chosen.map((text, at) => [at, text] as const))('passage %i', (_, text) => {
    const { words, piece, trim } = sample(text);
    const exact = trim(piece(0, 15));

    for (const quote of [`“${exact}”`, `"${straight(exact)}"`, `‘${curly(exact)}’`]) {
      const result = align(quote, text);
      expect(result.verdict).toBe('verbatim');
      expect(text.slice(...result.span!)).toBe(exact);
    }

    // Two words changed: made-up words, so that nothing else in the passage can stand for them.
    const changed = words.map((word, at) => (at === 4 ? 'zebra' : at === 10 ? 'quasar' : word)).join(' ');
    const paraphrase = align(changed, text);
    expect(paraphrase.verdict).toBe('close-paraphrase');
    expect(paraphrase.changes.changed.map(([quote]) => quote)).toEqual(['zebra', 'quasar']);
    expect(paraphrase.changes.changed.map(([, passage]) => passage)).toEqual([trim(words[4]!), trim(words[10]!)]);

    // Words 8 to 10 dropped, with an ellipsis.
    const dropped = align(`${piece(0, 6)} … ${piece(10, 15)}`, text);
    expect(dropped.verdict).toBe('verbatim-with-cuts');
    const cuts = dropped.ops.filter((op) => op.op === 'cut');
    expect(cuts).toHaveLength(1);
    expect(cuts[0]).toMatchObject({ marked: true, passage: { text: trim(piece(7, 9)) } });

    const best = bestPassage(exact, texts);
    expect(best?.candidate).toBe(text);
  });
});
