/**
 * Hostile input, case by case (issue 10): each either becomes a clear error naming the file (and
 * line) and what to do, or is read as its text says; never a hang, a crash or a silent wrong answer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcriptHtml } from '../src/components/transcript.ts';
import { CorpusErrors } from '../src/lib/corpus/errors.ts';
import { listSeeds, loadRegistry, loadSettings } from '../src/lib/corpus/load.ts';
import { keepRepeatIds } from '../src/lib/corpus/permanence.ts';
import { runPipeline, type Registry } from '../src/lib/corpus/pipeline.ts';
import { readSource } from '../src/lib/corpus/read.ts';
import { correctionsFileSchema, type Correction } from '../src/lib/corpus/registry-schema.ts';
import type { Corpus, CorpusDocument } from '../src/lib/corpus/schema.ts';
import { routesFor } from '../src/lib/site/routes.ts';
import { noImportsInData } from '../src/integrations/data-mdx.ts';

const ROOT = resolve(import.meta.dirname, '..');
let registry: Registry;

beforeAll(async () => {
  registry = await loadRegistry(join(ROOT, 'data'));
});

function read(files: Record<string, string | Uint8Array>, corrections: Correction[] = []): Corpus {
  const seeds = Object.entries(files).map(([file, text]) => ({
    file,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  }));
  return runPipeline({ seeds, registry, manifest: {}, corrections }).corpus;
}

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusErrors) return error.message;
    throw error;
  }
  throw new Error('expected a CorpusErrors');
}

const speakers = (document: CorpusDocument) => document.turns.map((turn) => turn.speaker);
const interview = (lines: string[]) => `${lines.join('\n\n')}\n`;

describe('1. a long paragraph that opens like emphasis', () => {
  it('is read in time linear in its length, not hung on', () => {
    for (const start of ['*', '_', '**']) {
      const long = `${start}${'word '.repeat(40_000)}`;
      const corpus = read({
        'long.txt': interview(['Interview with Ilham Aliyev', 'Host: Tell us?', `Ilham Aliyev: ${long}`]),
      });
      expect(corpus.documents[0]?.turns.at(-1)?.speaker).toBe('ilham-aliyev');
    }
  }, 20_000);
});

describe('2. a speaker correction that names no one in the document', () => {
  const text = interview(['Interview with Ilham Aliyev', 'Host: What now?', 'Ilham Aliyev: Peace.']);
  const correction = (speaker: string): Correction => ({
    set: 'speaker',
    file: 'c.txt',
    line: 5,
    expect: 'Peace',
    speaker,
    reason: 'test',
  });

  it('stops the build when the id is no speaker at all', () => {
    expect(failure(() => read({ 'c.txt': text }, [correction('nobody-at-all')]))).toMatch(
      /seeds\/corrections\.yaml: .*c\.txt:5 names “nobody-at-all”, which is no speaker id; use one of: /u,
    );
  });

  it('stops the build when the person takes no part in that document', () => {
    expect(failure(() => read({ 'c.txt': text }, [correction('vladimir-putin')]))).toMatch(
      /names “vladimir-putin”, who does not take part in that document/u,
    );
  });
});

describe('3. a document of more than 120,000 paragraphs', () => {
  it('is read without overflowing the stack', () => {
    const lines = ['Remarks by Ilham Aliyev', ...Array.from({ length: 130_000 }, (_, at) => `Point ${at}.`)];
    const corpus = read({ 'huge.txt': lines.join('\n') });
    expect(corpus.documents[0]?.source.endLine).toBe(130_001);
  }, 60_000);
});

describe('4. a title of a few very long words', () => {
  it('gives an id short enough to be a folder name', () => {
    const title = `Interview with ${'Supercalifragilisticexpialidocious'.repeat(20)} ${'Antidisestablishmentarianism'.repeat(20)}`;
    const corpus = read({ 't.txt': interview([title, 'Host: Why?', 'Guest: Because.']) });
    expect(corpus.documents[0]?.id.length).toBeLessThanOrEqual(80);
  });
});

describe('5. impossible dates', () => {
  const dated = (dateline: string) =>
    read({ 'd.txt': interview(['Interview with Ilham Aliyev', dateline, 'Host: Why?', 'Ilham Aliyev: Because.']) })
      .documents[0]?.date;

  it('keeps the month of "31 February 2021" and "April 31, 2022" and claims no day', () => {
    expect(dated('On 31 February 2021, President Ilham Aliyev was interviewed.')).toMatchObject({
      value: '2021-02',
      precision: 'month',
    });
    expect(dated('On April 31, 2022, President Ilham Aliyev was interviewed.')).toMatchObject({
      value: '2022-04',
      precision: 'month',
    });
    expect(dated('On 29 February 2024, President Ilham Aliyev was interviewed.')).toMatchObject({
      value: '2024-02-29',
      precision: 'day',
    });
  });

  it('reads "April 3, 0001" as no date', () => {
    expect(dated('On April 3, 0001, President Ilham Aliyev was interviewed.')).toMatchObject({ precision: 'unknown' });
  });

  it('rejects a date correction for a day the calendar lacks, or a day given as a year', () => {
    const entry = { set: 'date', file: 'd.txt', line: 3, expect: 'On 31', reason: 'test' };
    expect(correctionsFileSchema.safeParse([{ ...entry, value: '2023-02-31', precision: 'day' }]).success).toBe(false);
    expect(correctionsFileSchema.safeParse([{ ...entry, value: '2023', precision: 'day' }]).success).toBe(false);
    expect(correctionsFileSchema.safeParse([{ ...entry, value: '2023-02-28', precision: 'day' }]).success).toBe(true);
  });

  it('names the file and line of a bad date correction', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'parley-dates-'));
    writeFileSync(
      join(seeds, 'corrections.yaml'),
      '- set: date\n  file: d.txt\n  line: 3\n  expect: "On 31"\n  value: 2023-02-31\n  precision: day\n  reason: test\n',
    );
    await expect(loadSettings({ seeds, data: join(ROOT, 'data') }, { corrections: true })).rejects.toThrow(
      /corrections\.yaml:5: does not match its schema at 0\.value: “2023-02-31” is not a real day/u,
    );
  });
});

describe('6. files in seeds/ that are not regular files', () => {
  it('reads regular files inside the folder only, and says what it skipped', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'parley-links-'));
    writeFileSync(join(seeds, 'a.txt'), 'Interview with X\n\nHost: Q?\n\nX: A.\n');
    symlinkSync('/etc/passwd', join(seeds, 'outside.txt'));
    symlinkSync(join(seeds, 'missing.txt'), join(seeds, 'dangling.txt'));
    mkdirSync(join(seeds, 'folder.txt'));
    execFileSync('mkfifo', [join(seeds, 'pipe.txt')]);
    const { files, skipped } = await listSeeds(seeds);
    expect(files).toEqual(['a.txt']);
    expect(skipped.map((entry) => entry.file).sort()).toEqual([
      'dangling.txt',
      'folder.txt',
      'outside.txt',
      'pipe.txt',
    ]);
    for (const entry of skipped) expect(entry.reason.length).toBeGreaterThan(5);
  });
});

describe('7. registries checked against each other', () => {
  const dataCopy = () => {
    const data = mkdtempSync(join(tmpdir(), 'parley-data-'));
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    return data;
  };

  it('rejects a second entry with an id already used, at its line', async () => {
    const data = dataCopy();
    const outlets = readFileSync(join(data, 'outlets.yaml'), 'utf8');
    writeFileSync(
      join(data, 'outlets.yaml'),
      `${outlets}\n- id: bbc-news\n  name: Not the BBC\n  aliases: []\n  medium: tv\n  country: UK\n`,
    );
    const line = readFileSync(join(data, 'outlets.yaml'), 'utf8').split('\n').lastIndexOf('- id: bbc-news') + 1;
    await expect(loadRegistry(data)).rejects.toThrow(
      new RegExp(`outlets\\.yaml:${line}: a second entry with the id “bbc-news”`, 'u'),
    );
  });

  it('rejects a publisher that is no outlet, naming the line in sources.yaml', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'parley-publisher-'));
    writeFileSync(join(seeds, 'sources.yaml'), 'a.txt: { publisher: no-such-outlet, year: 2020, address: null }\n');
    await expect(loadSettings({ seeds, data: join(ROOT, 'data') }, { corrections: false })).rejects.toThrow(
      /sources\.yaml:1: a\.txt: the publisher “no-such-outlet” is not an outlet in data\/outlets\.yaml/u,
    );
  });

  it('says so when the data folder is missing', async () => {
    await expect(loadRegistry(join(tmpdir(), 'no-such-data-folder'))).rejects.toThrow(
      /no-such-data-folder\/outlets\.yaml: is missing or empty/u,
    );
  });

  it('rejects a boilerplate rule that is not a regular expression, at its line', async () => {
    const data = dataCopy();
    writeFileSync(
      join(data, 'boilerplate.yaml'),
      `${readFileSync(join(data, 'boilerplate.yaml'), 'utf8')}\n- match: regex\n  text: "(unclosed"\n  reason: boilerplate\n`,
    );
    await expect(loadRegistry(data)).rejects.toThrow(/boilerplate\.yaml:\d+: .*not a valid regular expression/u);
  });
});

describe('8. one of several identical passages edited', () => {
  it('leaves every published id on its passage, or lets it vanish (to be aliased), never on another', () => {
    // Published: A "Not at all." B "Not at all." C "Not at all." D; then the first is edited.
    const published = [
      'p-aaaaaaaa',
      'p-nnnnnnnn',
      'p-bbbbbbbb',
      'p-nnnnnnnn-2',
      'p-cccccccc',
      'p-nnnnnnnn-3',
      'p-dddddddd',
    ];
    const now = ['p-aaaaaaaa', 'p-eeeeeeee', 'p-bbbbbbbb', 'p-nnnnnnnn', 'p-cccccccc', 'p-nnnnnnnn-2', 'p-dddddddd'];
    const renames = keepRepeatIds(published, now);
    const kept = now.map((id) => renames.get(id) ?? id);
    expect(kept).toEqual([
      'p-aaaaaaaa',
      'p-eeeeeeee',
      'p-bbbbbbbb',
      'p-nnnnnnnn-2',
      'p-cccccccc',
      'p-nnnnnnnn-3',
      'p-dddddddd',
    ]);
    expect(new Set(kept).size).toBe(kept.length);
    expect(keepRepeatIds(published, published).size).toBe(0);
  });

  it('gives a new repeat a number never published', () => {
    const published = ['p-aaaaaaaa', 'p-nnnnnnnn', 'p-bbbbbbbb'];
    const now = ['p-nnnnnnnn', 'p-aaaaaaaa', 'p-nnnnnnnn-2', 'p-bbbbbbbb'];
    const kept = now.map((id) => keepRepeatIds(published, now).get(id) ?? id);
    expect(kept).toEqual(['p-nnnnnnnn-2', 'p-aaaaaaaa', 'p-nnnnnnnn', 'p-bbbbbbbb']);
  });
});

describe('9. topic files that import', () => {
  it('stop the build, naming the file', async () => {
    const plugin = noImportsInData('/site/data/');
    const compile = (file: string) =>
      mdxToJs("import x from '/etc/hostname?raw';\n\n{x}\n", {
        mdastPlugins: [plugin],
        fileURL: new URL(`file://${file}`),
      });
    await expect(Promise.resolve().then(() => compile('/site/data/topics/evil.mdx'))).rejects.toThrow(
      /\/site\/data\/topics\/evil\.mdx: data files may not import or export anything/u,
    );
    await expect(Promise.resolve().then(() => compile('/site/src/pages/about.mdx'))).resolves.toBeDefined();
  });
});

describe('10. conventions that gave wrong speakers with high confidence', () => {
  it('alternates the turns of a transcript that marks every paragraph with a dash and has no title', () => {
    const corpus = read({
      'dash.txt': interview([
        '— Mr. President, how do you see the situation now?',
        '— The situation is stable. We have restored our territorial integrity and our people are returning home.',
        '— And what about the peace talks with Armenia?',
        '— We have proposed five principles. Armenia must accept them. We are ready to sign a peace treaty.',
      ]),
    });
    const document = corpus.documents[0] as CorpusDocument;
    expect(document.title).toBe('Mr. President, how do you see the situation now?');
    expect(document.turns.map((turn) => turn.role)).toEqual(['question', 'answer', 'question', 'answer']);
    expect(new Set(speakers(document)).size).toBe(2);
  });

  it('splits two interviews headed "Interview with …" in one file', () => {
    const corpus = read({
      'two.txt': interview([
        'Interview with Ilham Aliyev',
        'March 3, 2021',
        'Host: How are you?',
        'Ilham Aliyev: Fine, thank you.',
        'Interview with Nikol Pashinyan',
        'March 5, 2021',
        'Host: And you?',
        'Nikol Pashinyan: Also fine.',
      ]),
    });
    expect(corpus.documents.map((document) => document.title)).toEqual([
      'Interview with Ilham Aliyev',
      'Interview with Nikol Pashinyan',
    ]);
    expect(corpus.documents.map((document) => speakers(document).at(-1))).toEqual(['ilham-aliyev', 'nikol-pashinyan']);
  });

  it('gives "Putin:" and "[Putin]" to Putin, and makes no speaker of NOTE:, UPDATE: or an outlet', () => {
    const corpus = read({
      'putin.txt': interview([
        'Meeting of Ilham Aliyev and Vladimir Putin',
        'Putin: Good afternoon, Mr. President.',
        'Aliyev: Good afternoon.',
        '[Putin] We have much to discuss.',
        'NOTE: The transcript was edited for length.',
        'UPDATE: This article was updated on May 26.',
        'Washington Post: The Kremlin released the text.',
      ]),
    });
    const document = corpus.documents[0] as CorpusDocument;
    const by = (start: string) => document.turns.find((turn) => turn.passages[0]?.text.includes(start));
    expect(by('Good afternoon, Mr.')?.speaker).toBe('vladimir-putin');
    expect(by('We have much')?.speaker).toBe('vladimir-putin');
    expect(by('Good afternoon.')?.speaker).toBe('ilham-aliyev');
    for (const text of ['The transcript was edited', 'This article was updated', 'The Kremlin released']) {
      expect(by(text)?.speaker ?? null, text).toBeNull();
    }
  });
});

describe('11. smaller cases', () => {
  it('reads UTF-16 with its byte-order mark', () => {
    const text = 'Interview with Ilham Aliyev\n\nHost: Café?\n\nIlham Aliyev: Да.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readSource('u.txt', new Uint8Array(le)).lines).toEqual(text.trimEnd().split('\n'));
    const corpus = read({ 'u.txt': new Uint8Array(le) });
    expect(corpus.documents[0]?.turns.at(-1)?.passages[0]?.text).toBe('Да.');
  });

  it('reports lines of zero-width characters only as removed, and publishes no invisible passage', () => {
    const corpus = read({
      'z.txt': interview(['Interview with Ilham Aliyev', 'Host: Why?', '\u200b\u200b\u2060', 'Ilham Aliyev: Because.']),
    });
    const texts = corpus.documents.flatMap((document) =>
      document.turns.flatMap((turn) => turn.passages.map((p) => p.text)),
    );
    expect(texts).toEqual(['Why?', 'Because.']);
    expect(corpus.removed).toContainEqual(
      expect.objectContaining({ file: 'z.txt', startLine: 5, reason: 'invisible' }),
    );
  });

  it('keeps no-break spaces in a label as printed', () => {
    const corpus = read({
      'n.txt': interview(['Interview with Ilham Aliyev', 'Host: Why?', 'President\u00a0Ilham\u00a0Aliyev: Because.']),
    });
    const turn = corpus.documents[0]?.turns.at(-1);
    expect(turn?.speaker).toBe('ilham-aliyev');
    expect(turn?.label).toBe('President\u00a0Ilham\u00a0Aliyev:');
  });

  it('isolates a label holding U+202E in <bdi>, so it cannot reverse the words around it', () => {
    const html = transcriptHtml(
      [
        {
          id: 't-1',
          speaker: 'x',
          label: 'Evil\u202eLabel:',
          role: 'answer',
          decidedBy: { method: 'label', confidence: 'high', cues: [] },
          passages: [{ id: 'p-aaaaaaaa', text: 'Words after.', lines: [1, 1], topics: [] }],
        },
      ],
      { routes: routesFor('/'), speakerName: () => 'Someone', topicName: (id) => id, aliasesOf: new Map() },
    );
    expect(html).toContain('(printed “<bdi>Evil\u202eLabel</bdi>”)');
    expect(html).toContain('<bdi>Someone</bdi>');
  });

  it('orders speakers the same whatever the machine’s locale', () => {
    const out = (locale: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-locale-'));
      const run = spawnSync(process.execPath, ['scripts/corpus.ts', '--quiet', '--out', dir], {
        cwd: ROOT,
        env: { ...process.env, LC_ALL: locale, LANG: locale },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return (JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus).speakers.map(
        (speaker) => speaker.id,
      );
    };
    expect(out('tr_TR.UTF-8')).toEqual(out('C'));
  }, 60_000);
});
