/**
 * The hand-labelled fixtures (test/fixtures/echoes/*.yaml) resolved against a corpus: each labelled line
 * of the seed becomes a passage ref, after checking that the passage still starts with the labelled
 * words, so that a change in segmentation shows up as an error instead of as a silent drop in recall.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Corpus } from '../corpus/schema.ts';
import { passageRef } from './corpus.ts';

export const ECHO_FIXTURE_SEED = '002_7e6423926252e8bc.txt';

const pairEntry = z.object({ a: z.number().int(), aStart: z.string(), b: z.number().int(), bStart: z.string() });
const pairsFileSchema = z.object({
  repeats: z.array(pairEntry.extend({ point: z.string() })),
  nearMisses: z.array(pairEntry.extend({ topic: z.string(), difference: z.string() })),
  never: z.array(pairEntry),
});
const questionsFileSchema = z.object({
  groups: z.array(
    z.object({ asks: z.string(), lines: z.array(z.object({ line: z.number().int(), start: z.string() })) }),
  ),
});

export interface LabelledPair {
  a: string;
  b: string;
  /** the seed line of a: the fixtures are split into a tuning and a held-out half by its parity */
  aLine: number;
  bLine: number;
  note: string;
}

export interface EchoFixtures {
  repeats: LabelledPair[];
  nearMisses: LabelledPair[];
  never: LabelledPair[];
  questionGroups: { asks: string; refs: string[]; lines: number[] }[];
  /** labelled lines that no passage of the corpus starts at, or whose words differ */
  problems: string[];
}

export function readEchoFixtures(directory: string, corpus: Pick<Corpus, 'documents'>): EchoFixtures {
  const pairs = pairsFileSchema.parse(parseYaml(readFileSync(`${directory}/pairs.yaml`, 'utf8')));
  const questions = questionsFileSchema.parse(parseYaml(readFileSync(`${directory}/questions.yaml`, 'utf8')));
  return resolveEchoFixtures(pairs, questions, corpus);
}

function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^[-–—]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function resolveEchoFixtures(
  pairs: z.infer<typeof pairsFileSchema>,
  questions: z.infer<typeof questionsFileSchema>,
  corpus: Pick<Corpus, 'documents'>,
): EchoFixtures {
  const byLine = new Map<number, { ref: string; text: string }>();
  for (const document of corpus.documents) {
    if (document.source.file !== ECHO_FIXTURE_SEED) continue;
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        byLine.set(passage.lines[0], { ref: passageRef(document.id, passage.id), text: passage.text });
      }
    }
  }
  const problems: string[] = [];
  const resolve = (line: number, start: string, mayBeAbsent = false): string | null => {
    const found = byLine.get(line);
    if (!found) {
      // A title line is no passage at all: it cannot be linked, which is what a `never` pair asks.
      if (mayBeAbsent) return `${ECHO_FIXTURE_SEED}:${line}`;
      problems.push(`line ${line}: no passage starts there`);
      return null;
    }
    // The labels ("President Ilham Aliyev:") are part of the line but not of the passage text.
    const expected = comparable(start);
    const text = comparable(found.text);
    const tail = expected.split(' ').slice(-4).join(' ');
    if (!text.startsWith(expected) && !text.slice(0, expected.length + 4).includes(tail)) {
      problems.push(`line ${line}: expected “${start}”, found “${found.text.slice(0, 60)}”`);
    }
    return found.ref;
  };
  const resolvePairs = (
    entries: z.infer<typeof pairEntry>[],
    note: (index: number) => string,
    mayBeAbsent = false,
  ): LabelledPair[] => {
    const resolved: LabelledPair[] = [];
    entries.forEach((entry, index) => {
      const a = resolve(entry.a, entry.aStart, mayBeAbsent);
      const b = resolve(entry.b, entry.bStart, mayBeAbsent);
      if (a && b) resolved.push({ a, b, aLine: entry.a, bLine: entry.b, note: note(index) });
    });
    return resolved;
  };
  return {
    repeats: resolvePairs(pairs.repeats, (index) => pairs.repeats[index]!.point),
    nearMisses: resolvePairs(pairs.nearMisses, (index) => pairs.nearMisses[index]!.topic),
    never: resolvePairs(pairs.never, () => 'never', true),
    questionGroups: questions.groups.map((group) => ({
      asks: group.asks,
      lines: group.lines.map((entry) => entry.line),
      refs: group.lines.map((entry) => resolve(entry.line, entry.start)).filter((ref): ref is string => ref !== null),
    })),
    problems,
  };
}
