/**
 * Pipeline benchmark (figures, not a test): runs the corpus pipeline on copies of the seed
 * compilation, each copy filed under another year so that every document keeps its own id, and
 * prints the time per document as the corpus grows. Linear growth shows as a flat last column.
 * `npm run bench:corpus [-- --copies 10,40,160]`
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegistry } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '5,20,80' } } });
const COMPILATION = '002_7e6423926252e8bc.txt';
const bytes = new Uint8Array(readFileSync(resolve('seeds', COMPILATION)));
const registry = await loadRegistry(resolve('data'));

console.log('copies  documents  passages   seconds  ms/document');
for (const copies of values.copies.split(',').map(Number)) {
  const seeds = Array.from({ length: copies }, (_, copy) => ({
    file: `copy-${String(copy).padStart(4, '0')}.txt`,
    bytes,
  }));
  const manifest = Object.fromEntries(
    seeds.map((seed, copy) => [seed.file, { publisher: null, year: 1900 + copy, address: null, compilation: true }]),
  );
  const started = performance.now();
  const { corpus } = runPipeline({ seeds, registry, manifest, corrections: [] });
  const seconds = (performance.now() - started) / 1000;
  const documents = corpus.documents.length;
  const passages = corpus.documents.reduce(
    (sum, document) => sum + document.turns.flatMap((turn) => turn.passages).length,
    0,
  );
  console.log(
    `${String(copies).padStart(6)}  ${String(documents).padStart(9)}  ${String(passages).padStart(8)}  ${seconds.toFixed(2).padStart(8)}  ${((1000 * seconds) / documents).toFixed(2).padStart(11)}`,
  );
}
