/**
 * Measures "said elsewhere" (src/lib/echoes) on the hand-labelled fixtures in test/fixtures/echoes, for
 * each similarity method, and (with --bench) how it scales on a synthetic corpus made by copying and
 * perturbing the real passages. Figures, not a test: test/unit/echoes.test.ts holds the floor.
 *
 *   node scripts/echoes-eval.ts [--corpus FILE] [--data DIR] [--fixtures DIR] [--details]
 *   node scripts/echoes-eval.ts --bench [--scales 1,10,100] [--speakers same|own]
 *
 * --corpus defaults to dist/data/corpus.json (run it after a build).
 * Thresholds are tuned on the even half of the fixtures (by the `a` line) and reported on the odd half.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { echoPassages, questionRefs } from '../src/lib/echoes/corpus.ts';
import { echoThreshold, findEchoes, scoreEchoPairs, type EchoOptions } from '../src/lib/echoes/echoes.ts';
import type { SimilarityMethod } from '../src/lib/echoes/engine.ts';
import {
  clusterLinks,
  groupRates,
  pairLinks,
  rankFigures,
  rates,
  scoresByPair,
  tuneThreshold,
  type Rates,
} from '../src/lib/echoes/evaluate.ts';
import { readEchoFixtures, type EchoFixtures } from '../src/lib/echoes/fixtures.ts';
import { loadEchoVariants, readCorpusDocuments } from '../src/lib/echoes/load.ts';
import {
  QUESTION_THRESHOLD,
  groupQuestions,
  questionGroupsFrom,
  scoreQuestionPairs,
  type QuestionOptions,
  type QuestionRef,
} from '../src/lib/echoes/questions.ts';
import type { VariantGroups } from '../src/lib/echoes/text.ts';
import { buildSyntheticPassages, type SpeakerMode } from '../src/lib/echoes/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'dist/data/corpus.json' },
    data: { type: 'string', default: resolve(ROOT, 'data') },
    fixtures: { type: 'string', default: resolve(ROOT, 'test/fixtures/echoes') },
    details: { type: 'boolean', default: false },
    bench: { type: 'boolean', default: false },
    scales: { type: 'string', default: '1,10,100' },
    speakers: { type: 'string', default: 'own' },
    'near-miss-rate': { type: 'string', default: '0.1' },
    'bench-one': { type: 'string' },
  },
});

const percent = (value: number) => `${(100 * value).toFixed(0)}%`.padStart(4);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

interface EchoConfig {
  name: string;
  options: EchoOptions;
}

function echoConfigs(variants: VariantGroups): EchoConfig[] {
  const plain: SimilarityMethod[] = ['minhash', 'tfidf', 'bm25', 'idf2', 'idf2-phrases'];
  const scaled: SimilarityMethod[] = ['tfidf', 'bm25', 'idf2'];
  return [
    ...plain.map((method) => ({ name: method, options: { method, variants, localScaling: false } })),
    ...scaled.map((method) => ({ name: `${method} + local scaling`, options: { method, variants } })),
    { name: 'idf2-phrases + local scaling, no variants', options: { method: 'idf2-phrases', variants: [] } },
    { name: 'idf2-phrases + local scaling (default)', options: { method: 'idf2-phrases', variants } },
  ];
}

function describeRates(result: Rates): string[] {
  return [
    `${percent(result.recall.tune)} / ${percent(result.recall['held-out'])} / ${percent(result.recall.all)}`,
    `${percent(result.nearMiss.tune)} / ${percent(result.nearMiss['held-out'])} / ${percent(result.nearMiss.all)}`,
    String(result.neverLinked),
  ];
}

async function evaluate() {
  const corpus = readCorpusDocuments(args.corpus!);
  const fixtures = readEchoFixtures(args.fixtures!, corpus);
  if (fixtures.problems.length > 0) {
    console.error(`Fixture lines that do not match the corpus:\n  ${fixtures.problems.join('\n  ')}`);
    process.exitCode = 1;
  }
  const variants = await loadEchoVariants(args.data!);
  const passages = echoPassages(corpus);
  console.log(
    `Corpus ${args.corpus}: ${corpus.documents.length} documents, ${passages.length} passages of named speakers. ` +
      `Fixtures: ${fixtures.repeats.length} repeats, ${fixtures.nearMisses.length} near misses, ${fixtures.never.length} never.`,
  );
  console.log(
    `Rates are tune (even a line) / held-out (odd) / all. Threshold: tuned on the even half, linking ≤ ${percent(Number(args['near-miss-rate']))} of its near misses.\n`,
  );

  const rows: string[][] = [];
  const clusterRows: string[][] = [];
  const rankRows: string[][] = [];
  const details: string[] = [];
  for (const config of echoConfigs(variants)) {
    const scored = scoreEchoPairs(passages, config.options);
    const scores = scoresByPair(scored.pairs);
    const threshold = tuneThreshold(scores, fixtures, Number(args['near-miss-rate']));
    const [tuneRanks, heldOutRanks] = [
      rankFigures(scores, fixtures, 'tune'),
      rankFigures(scores, fixtures, 'held-out'),
    ];
    rankRows.push([
      config.name,
      `${percent(tuneRanks.auc)} / ${percent(heldOutRanks.auc)}`,
      tuneRanks.recallAt.map(percent).join(' '),
      percent(tuneRanks.recallAt.reduce((sum, value) => sum + value, 0) / tuneRanks.recallAt.length),
    ]);
    const started = performance.now();
    const run = findEchoes(passages, { ...config.options, threshold });
    const elapsed = performance.now() - started;
    const byPair = rates(fixtures, pairLinks(run.pairs));
    const byCluster = rates(fixtures, clusterLinks(run.clusters));
    rows.push([
      config.name,
      threshold.toFixed(3),
      ...describeRates(byPair),
      String(run.pairs.length),
      String(run.clusters.length),
      String(run.stats.candidates),
      seconds(elapsed),
    ]);
    clusterRows.push([config.name, ...describeRates(byCluster), String(largestCluster(run.clusters))]);
    if (args.details && config.name.endsWith('(default)')) details.push(...describeMisses(byPair, fixtures));
  }
  console.log('Said elsewhere: a pair is linked when the method returns it as a pair.\n');
  console.log(
    table(
      ['method', 'threshold', 'recall', 'near misses linked', 'never', 'pairs', 'clusters', 'compared', 'time'],
      rows,
    ),
  );
  console.log(
    '\nThe same scores without a threshold: how often a repeat outscores a near miss (tune / held-out), and the ' +
      'tune recall when the threshold links 0, 1, … 5 of its near misses (the tuned threshold links 2), with their mean:\n',
  );
  console.log(table(['method', 'repeat above near miss', 'tune recall, 0–5 near misses linked', 'mean'], rankRows));
  console.log('\nThe same, a pair counted as linked when both passages are in one cluster (talking point):\n');
  console.log(table(['method', 'recall', 'near misses linked', 'never', 'largest cluster'], clusterRows));

  const shipped = findEchoes(passages, { variants });
  const shippedRates = rates(fixtures, pairLinks(shipped.pairs));
  console.log(
    `\nAs shipped (findEchoes defaults, threshold ${echoThreshold({})}): recall ` +
      `${describeRates(shippedRates)[0]}, near misses ${describeRates(shippedRates)[1]}, never ${shippedRates.neverLinked}, ` +
      `${shipped.pairs.length} pairs, ${shipped.clusters.length} clusters.`,
  );
  if (details.length > 0) console.log(`\n${details.join('\n')}`);

  evaluateQuestions(corpus, fixtures, variants);
}

function largestCluster(clusters: { passages: string[] }[]): number {
  return Math.max(0, ...clusters.map((cluster) => cluster.passages.length));
}

function describeMisses(result: Rates, fixtures: EchoFixtures): string[] {
  const line = (pair: EchoFixtures['repeats'][number]) => `  ${pair.aLine}–${pair.bLine}: ${pair.note}`;
  return [
    `Repeats missed as shipped (${result.missedRepeats.length} of ${fixtures.repeats.length}):`,
    ...result.missedRepeats.map(line),
    `Near misses linked as shipped (${result.linkedNearMisses.length} of ${fixtures.nearMisses.length}):`,
    ...result.linkedNearMisses.map(line),
  ];
}

function evaluateQuestions(
  corpus: ReturnType<typeof readCorpusDocuments>,
  fixtures: EchoFixtures,
  variants: VariantGroups,
) {
  const questions = questionRefs(corpus);
  const questionOf = new Map<string, string>();
  for (const question of questions) for (const passage of question.passages) questionOf.set(passage, question.ref);
  const labelled = fixtures.questionGroups.map((group) => ({
    ...group,
    refs: [...new Set(group.refs.map((ref) => questionOf.get(ref) ?? ref))],
  }));
  const documentOf = (ref: string) => ref.slice(0, ref.indexOf('#'));
  console.log(
    `\nQuestion groups: ${questions.length} questions; ${labelled.length} labelled groups. Rates are tune ` +
      '(even-numbered groups) / held-out (odd) / all. Threshold: the one that groups the most tuning pairs ' +
      'while at least 90% of the tuning questions put together belong together.\n',
  );
  const configs: { name: string; options: QuestionOptions }[] = [];
  for (const method of ['minhash', 'tfidf', 'idf2', 'idf2-phrases'] as SimilarityMethod[]) {
    configs.push({ name: `${method}, question words`, options: { method, variants, answerWeight: 0 } });
  }
  for (const method of ['tfidf', 'idf2-phrases'] as SimilarityMethod[]) {
    for (const answerMethod of ['tfidf', 'idf2-phrases'] as SimilarityMethod[]) {
      configs.push({
        name: `${method} question + ${answerMethod} answer`,
        options: { method, answerMethod, variants },
      });
    }
  }
  const rows: string[][] = [];
  for (const config of configs) {
    const threshold = tuneQuestionThreshold(questions, labelled, documentOf, config.options);
    const started = performance.now();
    const run = groupQuestions(questions, { ...config.options, threshold });
    const elapsed = performance.now() - started;
    const result = groupRates(labelled, run.groups, documentOf);
    rows.push([
      config.name,
      threshold.toFixed(2),
      `${percent(result.recall.tune)} / ${percent(result.recall['held-out'])} / ${percent(result.recall.all)}`,
      `${percent(result.precision.tune)} / ${percent(result.precision['held-out'])} / ${percent(result.precision.all)}`,
      String(result.confused.all),
      String(run.groups.length),
      String(Math.max(0, ...run.groups.map((group) => group.questions.length))),
      seconds(elapsed),
    ]);
  }
  console.log(
    table(
      ['method', 'threshold', 'labelled pairs grouped', 'precision', 'cross-group pairs', 'groups', 'largest', 'time'],
      rows,
    ),
  );
  const shipped = groupQuestions(questions, { variants });
  const shippedRates = groupRates(labelled, shipped.groups, documentOf);
  console.log(
    `\nAs shipped (groupQuestions defaults, threshold ${QUESTION_THRESHOLD}): labelled pairs grouped ` +
      `${percent(shippedRates.recall.tune)} / ${percent(shippedRates.recall['held-out'])} / ${percent(shippedRates.recall.all)}, ` +
      `precision ${percent(shippedRates.precision.all)}, ${shipped.groups.length} groups.`,
  );
  if (args.details) {
    for (const group of shipped.groups) console.log(`  [${group.questions.length}] ${group.label}`);
  }
}

/** The threshold that groups the most labelled pairs of the even-numbered groups at a precision of at least 90% on them. */
function tuneQuestionThreshold(
  questions: QuestionRef[],
  labelled: EchoFixtures['questionGroups'],
  documentOf: (ref: string) => string,
  options: QuestionOptions,
): number {
  const scored = scoreQuestionPairs(questions, options).links;
  let best = { threshold: 1, grouped: -1 };
  for (let step = 0; step <= 80; step++) {
    const threshold = Math.round((-0.1 + step * 0.01) * 100) / 100;
    const result = groupRates(labelled, questionGroupsFrom(questions, scored, threshold), documentOf);
    if (result.precision.tune >= 0.9 && result.grouped.tune > best.grouped) {
      best = { threshold, grouped: result.grouped.tune };
    }
  }
  return best.threshold;
}

function benchOne(scale: number, speakers: SpeakerMode) {
  const corpus = readCorpusDocuments(args.corpus!);
  const base = echoPassages(corpus);
  const passages = buildSyntheticPassages(base, { copies: scale, replaceRate: 0.08, speakers, seed: 20201027 });
  const variantsPromise = loadEchoVariants(args.data!);
  return variantsPromise.then((variants) => {
    const started = performance.now();
    const run = findEchoes(passages, { variants });
    const elapsed = performance.now() - started;
    const documents = new Set(passages.map((passage) => passage.document)).size;
    console.log(
      JSON.stringify({
        scale,
        speakers,
        documents,
        passages: passages.length,
        eligible: run.stats.eligible,
        compared: run.stats.candidates,
        pairs: run.pairs.length,
        clusters: run.clusters.length,
        ms: Math.round(elapsed),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  });
}

function bench() {
  const scales = args.scales!.split(',').map(Number);
  const speakers = args.speakers as SpeakerMode;
  console.log(
    `Synthetic corpus: the corpus's passages copied N times, each copy a different document, ~8% of its words ` +
      `replaced by random words of the vocabulary; speakers: ${speakers === 'same' ? 'the same in every copy' : 'each copy its own speakers'}.\n` +
      'Each scale runs in a fresh process, so that the peak memory is its own.\n',
  );
  const rows: string[][] = [];
  let baseline: number | null = null;
  for (const scale of scales) {
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=16384',
        import.meta.filename,
        '--bench-one',
        String(scale),
        '--speakers',
        speakers,
        '--corpus',
        args.corpus!,
        '--data',
        args.data!,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) {
      rows.push([`${scale}×`, 'failed', child.stderr.split('\n').slice(0, 3).join(' '), '', '', '', '', '', '']);
      continue;
    }
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    baseline ??= figures.ms!;
    rows.push([
      `${scale}×`,
      String(figures.documents),
      String(figures.passages),
      String(figures.compared),
      String(figures.pairs),
      String(figures.clusters),
      seconds(figures.ms!),
      `${(figures.ms! / baseline).toFixed(1)}×`,
      `${figures.peakRssMb} MB`,
    ]);
  }
  console.log(
    table(['scale', 'documents', 'passages', 'compared', 'pairs', 'clusters', 'time', 'time vs 1×', 'peak RSS'], rows),
  );
}

if (args['bench-one']) await benchOne(Number(args['bench-one']), args.speakers as SpeakerMode);
else if (args.bench) bench();
else await evaluate();
