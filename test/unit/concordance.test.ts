import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import {
  buildConcordance,
  concordancePassages,
  type BuildOptions,
  type ConcordancePassage,
} from '../../src/lib/concordance/build.ts';
import {
  concordance,
  countByMonth,
  filterLines,
  sortLines,
  trimContext,
  type Line,
} from '../../src/lib/concordance/lookup.ts';
import type { Manifest } from '../../src/lib/concordance/shared.ts';
import { tokenize, variantMap } from '../../src/lib/verify/words.ts';

function build(passages: Iterable<ConcordancePassage>, options?: BuildOptions) {
  const files = new Map<string, string>();
  for (const [path, content] of buildConcordance(passages, options)) {
    expect(files.has(path)).toBe(false);
    files.set(path, JSON.stringify(content));
  }
  const fetched: string[] = [];
  const reader = concordance(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text) as unknown;
  });
  return { files, fetched, reader, manifest: JSON.parse(files.get('manifest.json')!) as Manifest };
}

const passage = (
  ref: string,
  text: string,
  date: string | null,
  speaker: string | null,
  outlet: string | string[] | null,
): ConcordancePassage => ({ ref, document: ref.split('#')[0]!, date, speaker, outlet, text });

const small = [
  passage(
    'a#p1',
    'The ceasefire was broken on the first night. Pashinian said so.',
    '2020-10-10',
    'ilham-aliyev',
    'tass',
  ),
  passage('a#p2', 'A humanitarian ceasefire, they said, would hold.', '2020-10-10', 'a-interviewer', 'tass'),
  passage(
    'b#p1',
    'Nobody believed in the ceasefire regime. Pashinyan’s government did not.',
    '2020-12-01',
    'ilham-aliyev',
    ['bbc', 'reuters'],
  ),
  passage('c#p1', 'They kill, they killed, and they are killing: no ceasefire at all.', '2021', null, 'efe'),
  passage('c#p2', 'Ceasefire.', '2021', null, 'efe'),
];
const variants = variantMap([['Pashinyan', 'Pashinian']]);

describe('concordance on a small corpus', () => {
  it('lists every occurrence of a word with its context and its passage’s metadata', async () => {
    const { reader, fetched, manifest } = build(small, { variants });
    const result = await reader.lookup('ceasefire');
    expect(result).toMatchObject({ total: 5, complete: true, unindexed: false, words: ['ceasefire'] });
    expect(result.lines.map((line) => [line.ref, line.hit])).toEqual([
      ['a#p1', 'ceasefire'],
      ['a#p2', 'ceasefire'],
      ['b#p1', 'ceasefire'],
      ['c#p1', 'ceasefire'],
      ['c#p2', 'Ceasefire'],
    ]);
    expect(result.lines[0]).toEqual({
      ref: 'a#p1',
      document: 'a',
      passage: 'p1',
      date: '2020-10-10',
      speaker: 'ilham-aliyev',
      outlets: ['tass'],
      offset: 4,
      left: 'The ',
      hit: 'ceasefire',
      right: ' was broken on the first night. Pashinian said so.',
    });
    expect(result.lines[2]).toMatchObject({ outlets: ['bbc', 'reuters'], speaker: 'ilham-aliyev' });
    expect(result.lines[3]).toMatchObject({ speaker: null, date: '2021' });
    // The manifest, one word shard, and the metadata of the three documents.
    expect(fetched.filter((path) => path.startsWith('w/'))).toHaveLength(1);
    expect(fetched.filter((path) => path.startsWith('m/'))).toEqual(['m/0.json']);
    const perDocument = build(small, { variants, metaDocuments: 1 });
    expect(await perDocument.reader.lookup('ceasefire')).toEqual(result);
    expect(perDocument.fetched.filter((path) => path.startsWith('m/')).sort()).toEqual([
      'm/0.json',
      'm/1.json',
      'm/2.json',
    ]);
    expect(manifest).toMatchObject({ documents: 3, passages: 5, variants: { pashinian: 'pashinyan' } });
  });

  it('finds a word in any registered spelling, and its possessive', async () => {
    const { reader } = build(small, { variants });
    for (const query of ['Pashinian', 'pashinyan', 'PASHINYAN’S']) {
      const result = await reader.lookup(query);
      expect(result.lines.map((line) => line.hit)).toEqual(['Pashinian', 'Pashinyan’s']);
    }
  });

  it('finds the forms of a word when asked, and only then', async () => {
    const { reader } = build(small);
    expect((await reader.lookup('kill')).lines.map((line) => line.hit)).toEqual(['kill']);
    const forms = await reader.lookup('kill', { stems: true });
    expect(forms.lines.map((line) => line.hit)).toEqual(['kill', 'killed', 'killing']);
  });

  it('finds a phrase, stopwords included, and not its words apart', async () => {
    const { reader } = build(small);
    expect((await reader.lookup('humanitarian ceasefire')).lines.map((line) => line.ref)).toEqual(['a#p2']);
    expect((await reader.lookup('in the ceasefire regime')).lines).toMatchObject([
      { ref: 'b#p1', hit: 'in the ceasefire regime', left: 'Nobody believed ', offset: 16 },
    ]);
    expect((await reader.lookup('the ceasefire regime was')).lines).toEqual([]);
    expect((await reader.lookup('ceasefire was broken')).lines.map((line) => line.ref)).toEqual(['a#p1']);
    expect((await reader.lookup('no ceasefire at all')).lines.map((line) => line.ref)).toEqual(['c#p1']);
    expect((await reader.lookup('unknownword ceasefire')).lines).toEqual([]);
  });

  it('joins the windows of a phrase’s words when it is longer than one window', async () => {
    const { reader } = build(small, { context: 12 });
    const result = await reader.lookup('they killed, and they are killing: no ceasefire');
    expect(result.lines.map((line) => [line.ref, line.hit])).toEqual([
      ['c#p1', 'they killed, and they are killing: no ceasefire'],
    ]);
  });

  it('looks up nothing for a query of stopwords', async () => {
    const { reader, fetched } = build(small);
    expect(await reader.lookup('the and of')).toMatchObject({ unindexed: true, lines: [] });
    expect(await reader.lookup('  ')).toMatchObject({ unindexed: false, lines: [] });
    expect(fetched).toEqual(['manifest.json']);
  });

  it('pages a common word, loading pages up to a limit', async () => {
    const many = Array.from({ length: 60 }, (_, at) =>
      passage(
        `d${at}#p1`,
        `Karabakh is Azerbaijan, said speaker ${at}, and Karabakh again.`,
        `2020-${String((at % 12) + 1).padStart(2, '0')}-01`,
        's',
        'o',
      ),
    );
    const { reader, files } = build(many, { pageBytes: 2000, shardBytes: 1000 });
    expect([...files.keys()].filter((path) => /^w\/[0-9a-z]+-\d+\.json$/u.test(path)).length).toBeGreaterThan(3);
    const all = await reader.lookup('karabakh');
    expect(all).toMatchObject({ total: 120, complete: true });
    expect(all.lines).toHaveLength(120);
    const some = await reader.lookup('karabakh', { limit: 10 });
    expect(some.total).toBe(120);
    expect(some.complete).toBe(false);
    expect(some.lines.length).toBeGreaterThanOrEqual(10);
    expect(some.lines.length).toBeLessThan(120);
    expect((await reader.lookup('karabakh is azerbaijan')).lines).toHaveLength(60);
  });

  it('keeps a document’s passages together', () => {
    const scattered = [small[0]!, small[2]!, small[1]!];
    expect(() => [...buildConcordance(scattered)]).toThrow(/must come together/u);
  });
});

describe('reading the lines', () => {
  const line = (left: string, right: string, date: string | null, speaker = 's', outlets = ['o']): Line => ({
    ref: 'd#p',
    document: 'd',
    passage: 'p',
    date,
    speaker,
    outlets,
    offset: 0,
    left,
    hit: 'ceasefire',
    right,
  });
  const lines = [
    line('we want a ', ' now', '2020-10-02', 'aliyev', ['tass']),
    line('there is no ', ' yet', '2020-12-05', 'putin', ['bbc']),
    line('a fragile ', ' holds', '2020', 'aliyev', ['bbc', 'tass']),
    line('', ' again', null),
  ];

  it('sorts by the word before or after the hit', () => {
    expect(sortLines(lines, 'left').map((l) => l.left)).toEqual(['', 'we want a ', 'a fragile ', 'there is no ']);
    expect(sortLines(lines, 'right').map((l) => l.right)).toEqual([' again', ' holds', ' now', ' yet']);
    expect(sortLines(lines, 'date').map((l) => l.date)).toEqual(['2020', '2020-10-02', '2020-12-05', null]);
  });

  it('filters by speaker, outlet and year', () => {
    expect(filterLines(lines, { speaker: 'aliyev' })).toHaveLength(2);
    expect(filterLines(lines, { outlet: 'tass' })).toHaveLength(2);
    expect(filterLines(lines, { year: '2020', outlet: 'bbc' })).toHaveLength(2);
    expect(filterLines(lines, {})).toHaveLength(4);
  });

  it('counts by month, every month from the first to the last', () => {
    expect(countByMonth(lines)).toEqual({
      months: [
        { month: '2020-10', count: 1 },
        { month: '2020-11', count: 0 },
        { month: '2020-12', count: 1 },
      ],
      unplaced: 2,
    });
  });

  it('cuts the context to a number of words', () => {
    const long = line('of the occupied territories, a lasting ', ' that is respected by all sides', null);
    expect(trimContext(long, 2)).toEqual({ left: 'a lasting ', right: ' that is' });
    expect(trimContext(long, 50)).toEqual({ left: long.left, right: long.right });
  });
});

describe('concordance on the corpus', () => {
  const corpus = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../dist/data/corpus.json'), 'utf8'),
  ) as Corpus;
  const passages = [...concordancePassages(corpus)];
  const built = build(passages);

  /** Every [ref, offset] where a word stands, by a plain scan of every passage. */
  const scan = (pattern: RegExp) =>
    passages.flatMap((p) => [...p.text.matchAll(pattern)].map((match) => `${p.ref}@${match.index}`));
  const found = (lines: Line[]) => lines.map((line) => `${line.ref}@${line.offset}`);

  it('lists every occurrence of “ceasefire” in every passage, as a scan finds them', async () => {
    const expected = scan(/(?<![\p{L}\p{N}])ceasefire(?![\p{L}\p{N}])/giu);
    expect(expected.length).toBeGreaterThan(100);
    const result = await built.reader.lookup('ceasefire');
    expect(result.complete).toBe(true);
    expect(found(result.lines)).toEqual(expected);
    for (const line of result.lines) {
      const text = passages.find((p) => p.ref === line.ref)!.text;
      expect(text.slice(line.offset - line.left.length, line.offset + line.hit.length + line.right.length)).toBe(
        line.left + line.hit + line.right,
      );
    }
  });

  it('agrees with a scan for a spread of words and phrases, common ones included', async () => {
    const byWord = new Map<string, string[]>();
    for (const p of passages) {
      for (const token of tokenize(p.text)) {
        const list = byWord.get(token.base) ?? [];
        list.push(`${p.ref}@${token.start}`);
        byWord.set(token.base, list);
      }
    }
    const stopwords = new Set(built.manifest.stopwords);
    const words = [...byWord.keys()].filter((word) => word.length > 1 && !stopwords.has(word)).sort();
    const sample = words.filter((_, at) => at % 37 === 0).concat(['armenia', 'azerbaijan', 'karabakh', 'pashinyan']);
    for (const word of sample) {
      const result = await built.reader.lookup(word);
      expect(found(result.lines), word).toEqual(byWord.get(word));
    }
    for (const phrase of [
      'line of contact',
      'occupied territories',
      'Minsk Group co-chairs',
      'the prime minister of Armenia',
    ]) {
      const wanted = tokenize(phrase).map((token) => token.base);
      const expected = passages.flatMap((p) => {
        const tokens = tokenize(p.text);
        return tokens.flatMap((token, at) =>
          wanted.every((word, k) => tokens[at + k]?.base === word) ? [`${p.ref}@${token.start}`] : [],
        );
      });
      expect(expected.length, phrase).toBeGreaterThan(0);
      expect(found((await built.reader.lookup(phrase)).lines), phrase).toEqual(expected);
    }
  });

  it('keeps word shards small', () => {
    const sizes = [...built.files]
      .filter(([path]) => path.startsWith('w/'))
      .map(([, text]) => text.length)
      .sort((a, b) => a - b);
    expect(sizes[sizes.length >> 1]).toBeLessThan(50_000);
    expect(sizes.at(-1)).toBeLessThan(60_000);
  });
});
