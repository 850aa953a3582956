/**
 * A synthetic corpus for the scale benchmark, deterministic from a seed: documents shaped like the
 * interviews of the seed compilation (a headline, a dated lead, then labelled questions and
 * answers), their passages sampled from the real transcripts with about 8% of words changed so the
 * vocabulary grows as a real archive's does, spread over 26 years and 34 outlets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import { seededRandom as random } from '../../src/lib/seeded-random.ts';
import { MONTHS } from '../../src/lib/site/dates.ts';

export const OUTLETS = [
  'Rossiya-1',
  'Al Jazeera',
  'Al Arabiya',
  'TRT Haber',
  'Channel One Russia',
  'CNN Türk',
  'Euronews',
  'CNN International',
  'Sky News',
  'RBC TV',
  'Haber Global',
  'France 24',
  'NTV',
  'A Haber',
  'Fox News',
  'Rai 1',
  'ARD',
  'BBC News',
  'RIA Novosti',
  'TASS',
  'Interfax',
  'EFE',
  'Nikkei',
  'Le Figaro',
  'La Repubblica',
  'AzTV',
  'AZERTAC',
  'Anadolu Agency',
  'Reuters',
  'Bloomberg',
  'Xinhua',
  'Deutsche Welle',
  'Financial Times',
  'Le Monde',
];
const FIRST_YEAR = 2000;
const YEARS = 26;
/** Passages per document, on average: the seed compilation's. */
const QUESTIONS = 10;
const PERTURBED = 0.08;

export interface SyntheticDocument {
  file: string;
  title: string;
  day: string;
  outlet: string;
  /** The conversation's passages in order, as written. */
  passages: { role: 'question' | 'answer'; text: string }[];
}

/** Questions and answers of the real corpus, to sample from. */
export function samplePools(corpus: Corpus): { questions: string[]; answers: string[] } {
  const questions: string[] = [];
  const answers: string[] = [];
  for (const document of corpus.documents) {
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        if (passage.text.length < 40) continue;
        if (turn.role === 'question') questions.push(passage.text);
        else if (turn.role === 'answer') answers.push(passage.text);
      }
    }
  }
  return { questions, answers };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** About one word in twelve changed by a letter or two, so each document brings words of its own. */
function perturb(text: string, next: () => number): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    if (next() >= PERTURBED) return word;
    const at = 1 + Math.floor(next() * (word.length - 1));
    const letter = LETTERS[Math.floor(next() * LETTERS.length)] as string;
    return `${word.slice(0, at)}${letter}${word.slice(at + (next() < 0.5 ? 1 : 0))}`;
  });
}

export function* syntheticDocuments(
  count: number,
  pools: { questions: string[]; answers: string[] },
  seed = 1,
): Generator<SyntheticDocument> {
  const next = random(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] as string;
  const days = YEARS * 365;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  for (let at = 0; at < count; at++) {
    // Consecutive documents share a day only with another outlet: a document's id stays its own.
    const day = new Date(start + Math.floor((at * days) / count) * 86_400_000).toISOString().slice(0, 10);
    const outlet = OUTLETS[at % OUTLETS.length] as string;
    const passages: SyntheticDocument['passages'] = [];
    for (let question = 0; question < QUESTIONS; question++) {
      passages.push({ role: 'question', text: perturb(pick(pools.questions), next) });
      const paragraphs = 1 + Math.floor(next() * 6);
      for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
        passages.push({ role: 'answer', text: perturb(pick(pools.answers), next) });
      }
    }
    yield {
      file: `${String(at + 1).padStart(6, '0')}.txt`,
      title: `Ilham Aliyev was interviewed by ${outlet}`,
      day,
      outlet,
      passages,
    };
  }
}

export function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}

/** A document as a transcript file, in the compilation's convention ("Host:" and the president's label). */
export function transcript(document: SyntheticDocument): string {
  const lines = [
    document.title,
    '',
    `On ${longDate(document.day)}, ${document.outlet} aired an interview with President of Azerbaijan Ilham Aliyev.`,
    '',
  ];
  let previous: string | null = null;
  for (const passage of document.passages) {
    const label = passage.role === 'question' ? 'Host: ' : 'President Ilham Aliyev: ';
    lines.push(`${previous === passage.role ? '' : label}${passage.text}`, '');
    previous = passage.role;
  }
  return lines.join('\n');
}

/** Writes `count` documents to `dir`, one file each; returns their total size in bytes. */
export function writeSyntheticCorpus(dir: string, count: number, corpus: Corpus, seed = 1): { bytes: number } {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const document of syntheticDocuments(count, samplePools(corpus), seed)) {
    const text = transcript(document);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, document.file), text);
  }
  writeFileSync(join(dir, 'sources.yaml'), '{}\n');
  writeFileSync(join(dir, 'corrections.yaml'), '[]\n');
  return { bytes };
}
