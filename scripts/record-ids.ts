/**
 * `npm run ids:record [-- --seeds DIR --record FILE]`: adds every document and passage id of
 * the current corpus to data/published-ids.json, the committed record of what the site has
 * published. Run it and commit the file whenever a build publishes new ids (a test says when).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import { publishedRecordSchema, recordCurrent, unrecorded } from '../src/lib/site/permanence.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    record: { type: 'string', default: 'data/published-ids.json' },
  },
});
const path = resolve(values.record);
const existing = await readFile(path, 'utf8').then(
  (text) => publishedRecordSchema.parse(JSON.parse(text)),
  () => ({ documents: {} }),
);
const { corpus } = runPipeline(
  await loadInput({ seeds: resolve(values.seeds), data: resolve('data') }, { corrections: true }),
);
const added = unrecorded(existing, corpus.documents);
await writeFile(path, `${JSON.stringify(recordCurrent(existing, corpus.documents), null, 1)}\n`);
console.log(`ids:record: ${added.length} new ids recorded in ${path}`);
