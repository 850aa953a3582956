/**
 * `npm run corpus [-- --no-corrections] [-- --out FILE] [-- --quiet] [-- --explain FILE]`: runs the
 * pipeline alone, writes corpus.json and its JSON Schema, prints the report; with --explain, who
 * speaks every paragraph of one seed file, under which convention and why.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isCorpusError } from '../src/lib/corpus/errors.ts';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import { explainFile } from '../src/lib/corpus/explain.ts';
import { formatReport } from '../src/lib/corpus/report.ts';
import { corpusSchema } from '../src/lib/corpus/schema.ts';

const { values } = parseArgs({
  options: {
    'no-corrections': { type: 'boolean', default: false },
    out: { type: 'string', default: 'public/data/corpus.json' },
    quiet: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    data: { type: 'string', default: 'data' },
    explain: { type: 'string' },
  },
});

try {
  const input = await loadInput(
    { seeds: resolve(values.seeds), data: resolve(values.data) },
    { corrections: !values['no-corrections'] },
  );
  const { corpus, report, explanations } = runPipeline(input);
  if (values.explain) {
    console.log(explainFile(corpus, explanations, basename(values.explain)));
    process.exit(0);
  }
  const out = resolve(values.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(corpus, null, 1)}\n`);
  const schemaOut = out.replace(/\.json$/u, '.schema.json');
  await writeFile(schemaOut, `${JSON.stringify(z.toJSONSchema(corpusSchema), null, 1)}\n`);
  if (!values.quiet) console.log(formatReport(report));
  console.log(
    `corpus: ${corpus.documents.length} documents, ${corpus.speakers.length} speakers, ${corpus.outlets.length} outlets, ${corpus.topics.length} topics → ${values.out}`,
  );
} catch (error) {
  if (!isCorpusError(error)) throw error;
  console.error(`corpus: the build stopped; fix these and run again:\n${error.message}`);
  process.exit(1);
}
