/**
 * `node scripts/bench/records-index.ts PASSAGES.jsonl OUT`: the search index the way the benchmark
 * compares against: one Pagefind custom record per passage through the Node API, sent in batches.
 */
import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';

const [passages, out] = process.argv.slice(2) as [string, string];
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('Pagefind did not start');
let batch: Promise<unknown>[] = [];
let records = 0;
for await (const line of createInterface({ input: createReadStream(passages) })) {
  const passage = JSON.parse(line) as {
    document: string;
    passage: string;
    speaker: string | null;
    role: string;
    text: string;
  };
  batch.push(
    index.addCustomRecord({
      url: `/interviews/${passage.document}/#${passage.passage}`,
      content: passage.text,
      language: 'en',
      meta: { title: passage.document },
      filters: { speaker: passage.speaker ? [passage.speaker] : [], part: [passage.role] },
    }),
  );
  records++;
  if (batch.length >= 500) {
    await Promise.all(batch);
    batch = [];
  }
}
await Promise.all(batch);
await index.writeFiles({ outputPath: out });
await pagefind.close();
rmSync(out, { recursive: true, force: true });
console.log(`records index: ${records} records`);
