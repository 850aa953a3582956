/**
 * `npm run ids:record [-- --seeds DIR --record FILE]`: adds every document and passage id of
 * the current corpus to data/published-ids.json, the committed record of what the site has
 * published. Run it and commit the file whenever a build publishes new ids (a test says when).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedRecordSchema, recordCurrent, unrecorded } from '../src/lib/corpus/permanence.ts';
import { writeCorpusStore } from '../src/lib/corpus/write.ts';

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
const store = mkdtempSync(join(tmpdir(), 'parley-ids-'));
try {
  const { documents } = await writeCorpusStore({
    seeds: resolve(values.seeds),
    data: resolve('data'),
    out: join(store, 'corpus'),
    record: path,
    corrections: true,
  });
  const added = unrecorded(existing, documents);
  await writeFile(path, `${JSON.stringify(recordCurrent(existing, documents), null, 1)}\n`);
  console.log(`ids:record: ${added.length} new ids recorded in ${path}`);
} finally {
  rmSync(store, { recursive: true, force: true });
}
