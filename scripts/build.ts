/**
 * `npm run build`: the corpus pipeline, the Astro site and the search index, in order.
 * `node scripts/build.ts --seeds DIR --out DIR [--record FILE]` builds another corpus (the
 * tests build a hostile one, with its own record of published ids); like every build it
 * rewrites public/data/corpus.json, which the next `npm run build` puts back.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'dist' },
    record: { type: 'string', default: 'data/published-ids.json' },
  },
});
// The pages read the record of published ids (src/lib/site/records.ts) and quote removed lines
// (src/components/RemovedLines.astro) from these.
const env = { ...process.env, PARLEY_RECORD: values.record, PARLEY_SEEDS: values.seeds };

const steps: [string, string[]][] = [
  ['scripts/corpus.ts', ['--quiet', '--seeds', values.seeds]],
  ['node_modules/astro/bin/astro.mjs', ['build', '--outDir', values.out]],
  ['scripts/search-index.ts', [values.out]],
];
for (const [script, args] of steps) {
  const step = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env });
  if (step.status !== 0) process.exit(step.status ?? 1);
}
