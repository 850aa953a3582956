/**
 * Writes the offline quote-search index (Pagefind) for the built site:
 * one record per passage and per document title, from dist/data/corpus.json.
 * `npm run build` runs it after `astro build`.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Corpus } from '../src/lib/corpus/schema.ts';
import { searchRecords } from '../src/lib/search/records.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const corpus = JSON.parse(await readFile(resolve(dist, 'data/corpus.json'), 'utf8')) as Corpus;
const records = searchRecords(corpus);

const fail = (errors: string[]) => {
  if (errors.length === 0) return;
  console.error(`search index: ${errors.join('; ')}`);
  process.exit(1);
};
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
fail(errors);
if (!index) fail(['Pagefind did not start']);
for (const record of records) fail((await index!.addCustomRecord(record)).errors);
const output = resolve(dist, 'pagefind');
fail((await index!.writeFiles({ outputPath: output })).errors);
await pagefind.close();
// Parley has its own search page: Pagefind's ready-made interfaces would only be dead weight.
for (const name of await readdir(output)) {
  if (/^pagefind-(?:component-|modular-)?(?:ui|highlight)\.(?:js|css)$/u.test(name)) await rm(resolve(output, name));
}
console.log(`search index: ${records.length} records → ${output}`);
