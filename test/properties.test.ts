/**
 * Properties over random transcripts (issue 10): whatever the conventions, scripts and lengths, the
 * pipeline ends in records or in CorpusErrors that name their file; every non-blank line is a
 * title, a label, a passage or a reported removal, exactly once, with its text unchanged; and the
 * time grows with the input, not faster. A fixed seed and a bounded number of runs keep it
 * deterministic.
 */
import { fc, test } from '@fast-check/vitest';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusErrors } from '../src/lib/corpus/errors.ts';
import { loadRegistry } from '../src/lib/corpus/load.ts';
import { runPipeline, type Registry } from '../src/lib/corpus/pipeline.ts';
import type { Corpus } from '../src/lib/corpus/schema.ts';
import { wordCount } from '../src/lib/corpus/text.ts';
import { words } from '../src/lib/search/words.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = { seed: 20261130, numRuns: 60 };
let registry: Registry;

beforeAll(async () => {
  registry = await loadRegistry(resolve(ROOT, 'data'));
});

const word = fc.oneof(
  fc.constantFrom(
    'peace',
    'Karabakh',
    'the',
    'ceasefire',
    'Azərbaycan',
    'Путин',
    'السلام',
    '和平',
    'Ειρήνη',
    'Հայաստան',
    'მშვიდობა',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 30 })
  .map((words) => words.join(' ').replace(/\s+/gu, ' '))
  .chain((text) => fc.constantFrom(`${text}.`, `${text}?`, `*${text}*`, `_${text}`, `${text} 0:12`, text));
const long = fc.integer({ min: 200, max: 4000 }).map((count) => 'word '.repeat(count).trim());
const speaker = fc.constantFrom(
  'Host',
  'President Ilham Aliyev',
  'Nikol Pashinyan',
  'Q',
  'A',
  'Putin',
  'NOTE',
  'Speaker 1',
);
const paragraph = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(speaker, sentence).map(([who, text]) => `${who}: ${text}`) },
  { weight: 3, arbitrary: sentence.map((text) => `— ${text}`) },
  { weight: 2, arbitrary: fc.tuple(speaker, sentence).map(([who, text]) => `${who}:\n${text}`) },
  { weight: 2, arbitrary: sentence },
  { weight: 1, arbitrary: fc.constantFrom('Share this article', 'Read also', 'Latest news', '* * *', '\u200b\u200b') },
  { weight: 1, arbitrary: long },
);
const transcript = fc
  .tuple(
    fc.option(fc.constantFrom('Interview with Ilham Aliyev', 'Ilham Aliyev was interviewed by Al Jazeera', 'Remarks')),
    fc.option(fc.constantFrom('On October 2, 2020, President Ilham Aliyev was interviewed.', 'March 31, 2021')),
    fc.array(paragraph, { minLength: 1, maxLength: 40 }),
    fc.constantFrom('\n', '\r\n'),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([title, lead, paragraphs, newline, gap]) =>
    [title, lead, ...paragraphs].filter((line) => line !== null).join(newline.repeat(gap)),
  );

function readAll(texts: string[]): { corpus: Corpus | null; errors: CorpusErrors | null } {
  const seeds = texts.map((text, at) => ({ file: `${at}.txt`, bytes: new TextEncoder().encode(text) }));
  try {
    return { corpus: runPipeline({ seeds, registry, manifest: {}, corrections: [] }).corpus, errors: null };
  } catch (error) {
    if (error instanceof CorpusErrors) return { corpus: null, errors: error };
    throw error;
  }
}

describe('random transcripts', () => {
  let accounted = 0;
  test.prop([fc.array(transcript, { minLength: 1, maxLength: 3 })], RUNS)(
    'end in records or in errors that name their file, never in anything else',
    (texts) => {
      const { corpus, errors } = readAll(texts);
      if (errors) {
        for (const error of errors.errors) expect(error.file).toMatch(/^(?:\d+\.txt|seeds\/)/u);
      } else expect(corpus?.documents.length).toBeGreaterThan(0);
    },
  );

  test.prop([fc.array(transcript, { minLength: 1, maxLength: 3 })], RUNS)(
    'account for every non-blank line exactly once, with the text as printed',
    (texts) => {
      const { corpus } = readAll(texts);
      if (!corpus) return;
      accounted++;
      const uses = new Map<string, number>();
      const use = (file: string, line: number) => uses.set(`${file}:${line}`, (uses.get(`${file}:${line}`) ?? 0) + 1);
      const lines = new Map(texts.map((text, at) => [`${at}.txt`, text.split(/\r\n|\r|\n/u)]));
      for (const document of corpus.documents) {
        const source = lines.get(document.source.file) as string[];
        if (document.source.titleLine) use(document.source.file, document.source.titleLine);
        for (const turn of document.turns) {
          if (turn.labelLine) use(document.source.file, turn.labelLine);
          for (const passage of turn.passages) {
            use(document.source.file, passage.lines[0]);
            expect(source[passage.lines[0] - 1]).toContain(passage.text);
          }
        }
      }
      for (const removal of corpus.removed) {
        if (removal.text !== undefined) continue;
        const source = lines.get(removal.file) as string[];
        for (let line = removal.startLine; line <= removal.endLine; line++) {
          if ((source[line - 1] ?? '').trim()) use(removal.file, line);
        }
      }
      for (const [file, source] of lines) {
        source.forEach((text, at) => {
          if (text.trim())
            expect(uses.get(`${file}:${at + 1}`) ?? 0, `${file}:${at + 1} “${text.slice(0, 40)}”`).toBe(1);
        });
      }
    },
  );

  it('checked the accounting on most of those transcripts, not only on the ones that ended in errors', () => {
    expect(accounted).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

describe('a text’s words', () => {
  // The definition: what the page and the build both mean by a text's words.
  const defined = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const character = fc.constantFrom(
    ...'aZ09 .,;:-\'"`?!()\n\t'.split(''),
    '’',
    '‘',
    '“',
    '”',
    '–',
    '—',
    '…',
    '\u00a0',
    'é',
    'ﬁ',
    'İ',
    '´',
    'Ж',
  );
  test.prop([fc.array(character, { maxLength: 40 }).map((characters) => characters.join(''))], {
    seed: RUNS.seed,
    numRuns: 2000,
  })('are the defined words, whether or not the text is plain ASCII', (text) => {
    expect(words(text)).toEqual(defined(text));
  });
  test.prop([fc.array(character, { maxLength: 40 }).map((characters) => characters.join(''))], {
    seed: RUNS.seed,
    numRuns: 2000,
  })('are counted for lists and summaries as the pattern of a word counts them', (text) => {
    expect(wordCount(text)).toBe(text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
  });
});

describe('time', () => {
  it('grows no faster than the input: ten times the transcript takes at most fifteen times as long', () => {
    const sample = fc.sample(transcript, { seed: RUNS.seed, numRuns: 30 }).join('\n\n');
    const timed = (text: string) => {
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        readAll([text]);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1] as number;
    };
    timed(sample); // warm up the compiled code before measuring
    const one = timed(sample);
    const ten = timed(Array.from({ length: 10 }, () => sample).join('\n\n'));
    expect(wordCount(sample)).toBeGreaterThan(1000);
    expect(ten / one).toBeLessThanOrEqual(15);
  }, 120_000);
});
