/**
 * `npm run build`: one `astro build`. Its content loader runs the corpus pipeline
 * (src/loaders/corpus.ts), its pages read the records, and its build-done hook publishes the data
 * files and indexes search (src/integrations/parley.ts).
 * `node scripts/build.ts --seeds DIR --out DIR [--record FILE] [--corpus DIR]` builds another
 * corpus: the tests build a hostile one with its own record of published ids, and a record of
 * `{"documents":{}}` means nothing was published before.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'dist' },
    record: { type: 'string', default: 'data/published-ids.json' },
    corpus: { type: 'string' },
  },
});
const env = {
  ...process.env,
  PARLEY_SEEDS: values.seeds,
  PARLEY_RECORD: values.record,
  // Each site its own written corpus, so that two builds side by side never share one.
  PARLEY_CORPUS: values.corpus ?? (values.out === 'dist' ? '.parley/corpus' : `${values.out}.corpus`),
};
// A bounded heap makes V8 collect as it goes rather than grow to what the machine has: the build
// holds summaries, not documents, so 1.5 GB is room enough for ten thousand documents
// (docs/scaling.md); PARLEY_HEAP_MB gives more for a larger archive.
const heap = `--max-old-space-size=${Number(process.env.PARLEY_HEAP_MB ?? 1536)}`;
const build = spawnSync(process.execPath, [heap, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', values.out], {
  stdio: 'inherit',
  env,
});
process.exit(build.status ?? 1);
