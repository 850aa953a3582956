/**
 * `npm run bench:scale -- --docs 1000,3000,10000 [--seed 1] [--no-search] [--keep]`: the scale
 * benchmark (figures, not a test). For each size it generates a synthetic corpus
 * (scripts/bench/synthetic-corpus.ts) in .parley/bench/, builds it with Parley's one build
 * (`scripts/build.ts`), and beside it, in the same run, the baseline: a bare Astro site with one
 * page per document and the Pagefind CLI over it. It prints per stage the wall time and the peak
 * resident memory of the process tree, then pages, dist/ and index sizes; at the smallest size (up to
 * 3,000 documents), the search index built the other way (one Pagefind record per passage, through
 * the Node API);
 * at the largest, search in Chromium, cold and warm, for five query forms, beside Pagefind's
 * default interface on the bare site.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import { writeBareSite } from './bench/bare-site.ts';
import { measure, type Measured } from './bench/measure.ts';
import { bareSearch, parleySearch, type QueryForm, type SearchFigures } from './bench/search.ts';
import { seededRandom as random } from '../src/lib/seeded-random.ts';
import { writeSyntheticCorpus } from './bench/synthetic-corpus.ts';
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
/**
 * The other way holds every passage's record in the indexer at once: 2.7 GB at 1,000 documents, so
 * about ten times that at 10,000, more than this machine has. `--docs 10000` alone skips it.
 */
const RECORDS_UP_TO = 3000;
const sizes = values.docs
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const seed = Number(values.seed);
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.parley', 'bench');
const node = process.execPath;
const quiet = !process.stdout.isTTY;
const log = (line: string) => console.log(`bench:scale: ${line}`);

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
function largestHtml(dir: string): { file: string; bytes: number } {
  let best = { file: '', bytes: 0 };
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (name.endsWith('.html') && stat.size > best.bytes)
        best = { file: full.slice(dir.length), bytes: stat.size };
    }
  };
  walk(dir);
  return best;
}
function countHtml(dir: string): number {
  let count = 0;
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) count++;
    }
  };
  walk(dir);
  return count;
}
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const echo = (prefix: string) =>
  quiet ? undefined : (line: string) => line.trim() && process.stdout.write(`  ${prefix}| ${line}\n`);

const seedCorpus = runPipeline(
  await loadInput({ seeds: join(ROOT, 'seeds'), data: join(ROOT, 'data') }, { corrections: true }),
).corpus;
mkdirSync(WORK, { recursive: true });
const emptyRecord = join(WORK, 'empty-record.json');

interface Row {
  docs: number;
  textMb: number;
  parley: Measured;
  corpusSeconds: number;
  indexSeconds: number;
  pages: number;
  distMb: number;
  indexMb: number;
  largest: { file: string; bytes: number };
  bareAstro: Measured;
  bareIndex: Measured;
  bareIndexMb: number;
  records?: Measured;
}
const rows: Row[] = [];
let searchSite: { parley: string; bare: string; seeds: string; store: string } | null = null;

for (const docs of sizes) {
  const seeds = join(WORK, `seeds-${docs}`);
  const dist = join(WORK, `dist-${docs}`);
  const bareRoot = join(WORK, `bare-${docs}`);
  const bareDist = join(bareRoot, 'dist');
  rmSync(seeds, { recursive: true, force: true });
  writeFileSync(emptyRecord, '{"documents":{}}\n');
  const { bytes } = writeSyntheticCorpus(seeds, docs, seedCorpus, seed);
  log(`${docs} documents, ${mb(bytes)} MB of transcript text generated`);

  log(`${docs}: Parley build`);
  const parley = await measure(node, ['scripts/build.ts', '--seeds', seeds, '--out', dist, '--record', emptyRecord], {
    cwd: ROOT,
    // Sampled passages repeat each other dozens of times, which no archive does: the echoes would
    // measure that, not the build. Their own scaling is `npm run echoes:eval -- --bench`.
    // Nor is the concordance built (it is built for up to 3,000 documents only): the sizes compare like with like.
    env: { ...process.env, PARLEY_ECHOES_UP_TO: '0', PARLEY_CONCORDANCE_UP_TO: '0' },
    names: ['pagefind', 'astro.mjs'],
    echo: echo('parley'),
    stages: [
      { name: 'corpus', endsAt: /\[content\] Synced content/u },
      { name: 'pages', endsAt: /\[parley\] data: publishing/u },
      { name: 'data', endsAt: /\[parley\] data: \d+ documents/u },
      { name: 'search index', endsAt: /\[parley\] search index: \d+ document pages in/u },
    ],
  });
  if (parley.status !== 0) throw new Error(`Parley build failed:\n${parley.output.slice(-3000)}`);
  const corpusSeconds = Number(/corpus: \d+ documents, .* in ([\d.]+) s/u.exec(parley.output)?.[1] ?? NaN);
  // The index is written while the pages are: its own time, from its start to its end.
  const indexSeconds = Number(/search index: \d+ document pages in ([\d.]+) s/u.exec(parley.output)?.[1] ?? NaN);

  log(`${docs}: bare Astro`);
  rmSync(bareRoot, { recursive: true, force: true });
  writeBareSite(bareRoot);
  const bareAstro = await measure(node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bareRoot], {
    cwd: bareRoot,
    env: { ...process.env, BARE_SEEDS: seeds },
    echo: echo('bare'),
  });
  if (bareAstro.status !== 0) throw new Error(`bare Astro failed:\n${bareAstro.output.slice(-3000)}`);
  log(`${docs}: Pagefind CLI over the bare site`);
  const bareIndex = await measure(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', bareDist], {
    cwd: bareRoot,
    names: ['pagefind'],
    echo: echo('pagefind'),
  });
  if (bareIndex.status !== 0) throw new Error(`Pagefind CLI failed:\n${bareIndex.output.slice(-3000)}`);

  let records: Measured | undefined;
  if (docs === sizes[0] && docs > RECORDS_UP_TO)
    log(`${docs}: the search index the other way is measured up to ${RECORDS_UP_TO} documents only, skipped`);
  if (docs === sizes[0] && docs <= RECORDS_UP_TO) {
    log(`${docs}: the search index the other way, one record per passage`);
    records = await measure(
      node,
      [
        join(ROOT, 'scripts/bench/records-index.ts'),
        join(`${dist}.corpus`, 'passages.jsonl'),
        join(WORK, 'records-index'),
      ],
      {
        cwd: ROOT,
        names: ['pagefind'],
      },
    );
  }

  rows.push({
    docs,
    textMb: bytes / 1024 / 1024,
    parley,
    corpusSeconds,
    indexSeconds,
    pages: countHtml(dist),
    distMb: sizeOf(dist) / 1024 / 1024,
    indexMb: sizeOf(join(dist, 'pagefind')) / 1024 / 1024,
    largest: largestHtml(dist),
    bareAstro,
    bareIndex,
    bareIndexMb: sizeOf(join(bareDist, 'pagefind')) / 1024 / 1024,
    ...(records ? { records } : {}),
  });
  searchSite = { parley: dist, bare: bareDist, seeds, store: `${dist}.corpus` };
  if (!values.keep && docs !== sizes.at(-1)) {
    for (const path of [seeds, dist, `${dist}.corpus`, bareRoot]) rmSync(path, { recursive: true, force: true });
  }
}

// Figures.
const table = (header: string[], body: string[][]) => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of body) console.log(line(row));
};
const stage = (measured: Measured, name: string) => measured.stages.find((entry) => entry.name === name);
const fig = (seconds: number | undefined, peak: number | undefined) =>
  `${(seconds ?? NaN).toFixed(1)} s, ${((peak ?? NaN) / 1024).toFixed(2)} GB`;

console.log(
  '\nBuild, per stage: wall time and peak resident memory of the process tree; the search index is written while the pages are, and "after the pages" is the wait for it (no echoes, no concordance: see docs/scaling.md)',
);
table(
  [
    'documents',
    'text',
    'corpus step',
    'pages',
    'data',
    'search index after the pages (Pagefind alone)',
    'total',
    'bare Astro',
    'bare Pagefind CLI',
    'bare total',
    'ratio',
  ],
  rows.map((row) => {
    const bare = row.bareAstro.seconds + row.bareIndex.seconds;
    const index = stage(row.parley, 'search index');
    return [
      row.docs.toLocaleString('en'),
      `${row.textMb.toFixed(0)} MB`,
      fig(stage(row.parley, 'corpus')?.seconds, stage(row.parley, 'corpus')?.peakMb),
      fig(stage(row.parley, 'pages')?.seconds, stage(row.parley, 'pages')?.peakMb),
      fig(stage(row.parley, 'data')?.seconds, stage(row.parley, 'data')?.peakMb),
      `${fig(index?.seconds, index?.peakMb)} (${((row.parley.namedPeakMb.pagefind ?? NaN) / 1024).toFixed(2)} GB)`,
      fig(row.parley.seconds, row.parley.peakMb),
      fig(row.bareAstro.seconds, row.bareAstro.peakMb),
      fig(row.bareIndex.seconds, row.bareIndex.peakMb),
      `${bare.toFixed(1)} s`,
      `${(row.parley.seconds / bare).toFixed(2)}×`,
    ];
  }),
);
console.log('\nPer document, sizes, the corpus step alone and the peak of the Astro process itself');
table(
  [
    'documents',
    'ms per document (Parley)',
    'ms per document (bare)',
    'corpus step alone',
    'pages',
    'dist/',
    'search index',
    'bare index',
    'largest page',
    'Astro process',
  ],
  rows.map((row) => [
    row.docs.toLocaleString('en'),
    ((row.parley.seconds * 1000) / row.docs).toFixed(1),
    (((row.bareAstro.seconds + row.bareIndex.seconds) * 1000) / row.docs).toFixed(1),
    `${row.corpusSeconds.toFixed(1)} s, ${(row.textMb / row.corpusSeconds).toFixed(1)} MB/s`,
    row.pages.toLocaleString('en'),
    `${row.distMb.toFixed(0)} MB`,
    `${row.indexMb.toFixed(0)} MB`,
    `${row.bareIndexMb.toFixed(0)} MB`,
    `${(row.largest.bytes / 1024).toFixed(0)} KB ${row.largest.file}`,
    `${((row.parley.namedPeakMb['astro.mjs'] ?? NaN) / 1024).toFixed(2)} GB`,
  ]),
);
const withRecords = rows.find((row) => row.records);
if (withRecords?.records) {
  console.log(`\nSearch index two ways at ${withRecords.docs.toLocaleString('en')} documents:`);
  table(
    ['way', 'wall', 'peak (tree)', 'peak (Pagefind)'],
    [
      [
        'a page per document from the corpus files, passages as anchors (used; beside the pages)',
        `${withRecords.indexSeconds.toFixed(1)} s`,
        '(in the build)',
        `${((withRecords.parley.namedPeakMb.pagefind ?? NaN) / 1024).toFixed(2)} GB`,
      ],
      [
        'one custom record per passage, Node API',
        `${withRecords.records.seconds.toFixed(1)} s`,
        `${(withRecords.records.peakMb / 1024).toFixed(2)} GB`,
        `${((withRecords.records.namedPeakMb.pagefind ?? NaN) / 1024).toFixed(2)} GB`,
      ],
    ],
  );
}

if (!values['no-search'] && searchSite) {
  const forms = await queryForms(searchSite.store, seed);
  const parleyServer = await serveStatic(searchSite.parley);
  const bareServer = await serveStatic(searchSite.bare, { headers: false });
  const browser = await launchChromium();
  const results: { form: QueryForm; parley: SearchFigures | null; bare: SearchFigures | null }[] = [];
  for (const form of forms) {
    const attempt = async (run: () => Promise<SearchFigures>) =>
      run().catch((error: unknown) => (log(`${form.label}: ${String(error).split('\n')[0]}`), null));
    results.push({
      form,
      parley: await attempt(() => parleySearch(browser, parleyServer.url, form)),
      bare: await attempt(() => bareSearch(browser, bareServer.url, form)),
    });
  }
  await browser.close();
  parleyServer.server.close();
  bareServer.server.close();
  const cell = (figures: SearchFigures | null, which: 'cold' | 'warm') =>
    figures ? `${(figures[`${which}Ms`] / 1000).toFixed(2)} s, ${figures[`${which}Kb`].toFixed(0)} KB` : 'failed';
  console.log(
    `\nSearch at ${sizes.at(-1)?.toLocaleString('en')} documents: time to the first result on screen, and KB fetched for the search`,
  );
  table(
    ['query', 'Parley cold', 'Parley warm', 'bare cold', 'bare warm'],
    results.map(({ form, parley, bare }) => [
      form.label,
      cell(parley, 'cold'),
      cell(parley, 'warm'),
      cell(bare, 'cold'),
      cell(bare, 'warm'),
    ]),
  );
  for (const { form } of results) console.log(`  ${form.label}: “${form.cold}”`);
}
if (!values.keep) rmSync(WORK, { recursive: true, force: true });

/** Five query forms, each twice (cold and warm), from passages of the built corpus. */
async function queryForms(store: string, seed: number): Promise<QueryForm[]> {
  const texts: string[] = [];
  for await (const line of createInterface({ input: createReadStream(join(store, 'passages.jsonl')) })) {
    const { text, role } = JSON.parse(line) as { text: string; role: string };
    if (role === 'answer' && text.split(/\s+/u).length >= 40) texts.push(text);
  }
  const next = random(seed + 7);
  const pick = () => texts[Math.floor(next() * texts.length)] as string;
  const wordsOf = (text: string) => text.split(/\s+/u).filter(Boolean);
  const stretch = (length: number) => {
    const words = wordsOf(pick());
    const start = Math.floor(next() * (words.length - length));
    return words.slice(start, start + length);
  };
  // A rare word: a changed one, found in few passages of the whole corpus.
  const rare = () => {
    for (;;) {
      const word = (wordsOf(pick())[Math.floor(next() * 30)] ?? '').replace(/[^\p{L}]/gu, '');
      if (word.length < 7) continue;
      const count = texts.reduce((sum, text) => sum + (text.includes(word) ? 1 : 0), 0);
      if (count >= 1 && count <= 3) return word;
    }
  };
  const change = (words: string[]) => {
    const changed = [...words];
    for (const at of [5, 13])
      changed[at] = ['certainly', 'nation', 'question', 'people'][Math.floor(next() * 4)] as string;
    return changed.join(' ');
  };
  const drop = (words: string[]) => words.filter((_, at) => at !== 4 && at !== 9 && at !== 15).join(' ');
  const sentence = () => stretch(20);
  const [a, b, c, d, e, f] = [sentence(), sentence(), sentence(), sentence(), sentence(), sentence()];
  return [
    { label: 'one rare word', cold: rare(), warm: rare() },
    { label: '3-word phrase', cold: stretch(3).join(' '), warm: stretch(3).join(' ') },
    { label: 'exact 20-word sentence', cold: `"${a.join(' ')}"`, warm: `"${b.join(' ')}"` },
    { label: '20 words, two changed', cold: change(c), warm: change(d) },
    { label: '20 words, three dropped', cold: drop(e), warm: drop(f) },
  ];
}
