/**
 * Prints how the pipeline's speaker decisions compare with the hand-made gold standards: the
 * seeds' (test/gold/, with and without seeds/corrections.yaml), the conventions corpus's
 * (test/fixtures/conventions/) and the publishers' formats' (test/fixtures/published/), the last
 * two by the rules alone, each fixture on its own line.
 * `npm run accuracy [-- --verbose] [-- --data DIR] [-- --conventions DIR]`
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInput } from '../src/lib/corpus/load.ts';
import { isCorpusError } from '../src/lib/corpus/errors.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import {
  CONVENTIONS_DIR,
  PUBLISHED_DIR,
  UNSEEN_DIR,
  checkMetadata,
  loadFixtures,
  runFolder,
  scoreFixture,
  totalOf,
  type FixtureScore,
} from '../test/support/conventions.ts';
import { loadGold, speakerAgreement } from '../test/support/gold.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    data: { type: 'string', default: 'data' },
    conventions: { type: 'string', multiple: true, default: [CONVENTIONS_DIR, PUBLISHED_DIR, UNSEEN_DIR] },
  },
});
const verbose = values.verbose;
const gold = loadGold();
console.log('Seeds (test/gold/):');
for (const corrections of [false, true]) {
  const input = await loadInput({ seeds: resolve('seeds'), data: resolve(values.data) }, { corrections });
  const { corpus } = runPipeline(input);
  const agreement = speakerAgreement(corpus, gold);
  const percent = ((100 * agreement.agreed) / agreement.conversation).toFixed(2);
  console.log(
    `  ${corrections ? 'with corrections   ' : 'rules alone (--no-corrections)'}: ${agreement.agreed}/${agreement.conversation} conversation paragraphs right (${percent}%)`,
  );
  if (verbose || !corrections) {
    for (const miss of agreement.mismatches)
      console.log(`    ${miss.file}:${miss.line} gold ${miss.gold}, got ${miss.got}`);
  }
}

for (const folder of values.conventions) {
  const dir = resolve(folder);
  const fixtures = loadFixtures(dir);
  console.log(`${folder}, rules alone:`);
  const run = await runFolder(dir, resolve(values.data)).catch((error: unknown) => {
    if (!isCorpusError(error)) throw error;
    // The build would stop here too: the folder's figures cannot be had, and the reason is shown as the build shows it.
    console.log(`  stopped: ${error.message.replaceAll('\n', '\n  stopped: ')}`);
    process.exitCode = 1;
    return null;
  });
  if (!run) continue;
  const { corpus } = run;
  const scores = fixtures.map((fixture) => scoreFixture(corpus, fixture));
  for (const [at, fixture] of fixtures.entries()) {
    const score = scores[at] as FixtureScore;
    const percent = score.spoken ? ((100 * score.right) / score.spoken).toFixed(1) : '–';
    console.log(
      `  ${fixture.file.padEnd(40)} ${String(score.right).padStart(3)}/${String(score.spoken).padEnd(3)} (${percent}%)${score.invented ? `, ${score.invented} unspoken lines given a speaker` : ''}`,
    );
    for (const miss of score.misses) console.log(`    line ${miss.line}: gold ${miss.gold}, got ${miss.got}`);
    for (const problem of checkMetadata(corpus, fixture).problems) console.log(`    ${problem}`);
  }
  const { spoken, right, invented } = totalOf(scores);
  console.log(
    `  all: ${right}/${spoken} spoken paragraphs right (${((100 * right) / spoken).toFixed(2)}%), ${invented} unspoken lines given a speaker`,
  );
}
