/**
 * A larger corpus for the benchmark, made from a real one: every passage copied N times, each copy in
 * a document of its own and with some of its words replaced by random words of the corpus's
 * vocabulary, so that the copies are near, not exact, repeats (as translations of one answer are).
 * Deterministic for a seed.
 */
import { seededRandom as random } from '../seeded-random.ts';
import type { EchoPassage } from './echoes.ts';

/**
 * same: every copy keeps its speakers, as if one person had given every interview (the number of true
 * echoes then grows with the square of the copies); own: each copy has speakers of its own, as in a
 * corpus of many people.
 */
export type SpeakerMode = 'same' | 'own';

export interface SyntheticOptions {
  copies: number;
  /** the share of words replaced in each copy after the first */
  replaceRate: number;
  speakers: SpeakerMode;
  seed: number;
}

export function buildSyntheticPassages(passages: readonly EchoPassage[], options: SyntheticOptions): EchoPassage[] {
  const next = random(options.seed);
  const vocabulary = [...new Set(passages.flatMap((passage) => passage.text.match(/\p{L}+/gu) ?? []))];
  const result: EchoPassage[] = [];
  for (let copy = 0; copy < options.copies; copy++) {
    for (const passage of passages) {
      if (copy === 0) {
        result.push({ ...passage });
        continue;
      }
      const text = passage.text.replace(/\p{L}+/gu, (word) =>
        next() < options.replaceRate ? vocabulary[Math.floor(next() * vocabulary.length)]! : word,
      );
      const document = `${passage.document}~${copy}`;
      result.push({
        ref: `${document}#${passage.ref.slice(passage.ref.indexOf('#') + 1)}`,
        document,
        speaker: options.speakers === 'same' ? passage.speaker : `${passage.speaker}~${copy}`,
        date: passage.date,
        text,
      });
    }
  }
  return result;
}
