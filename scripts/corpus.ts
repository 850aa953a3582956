/**
 * `npm run corpus [-- --out DIR] [-- --no-corrections] [-- --quiet] [-- --explain FILE]`: the
 * pipeline alone, without the site. Publishes the data files (documents/, passages.jsonl and, for
 * a corpus of up to a thousand documents, corpus.json with its JSON Schema) to DIR and prints the
 * report; with --explain, who speaks every paragraph of one seed file, under which convention and
 * why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isCorpusError } from '../src/lib/corpus/errors.ts';
import { explainFile } from '../src/lib/corpus/explain.ts';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import { permanentUrlOf } from '../src/lib/cite/exports.ts';
import { publishCorpus } from '../src/lib/corpus/publish.ts';
import { formatReport } from '../src/lib/corpus/report.ts';
import { writeCorpusStore } from '../src/lib/corpus/write.ts';
import { writeEchoes } from '../src/lib/echoes/build.ts';

const { values } = parseArgs({
  options: {
    'no-corrections': { type: 'boolean', default: false },
    out: { type: 'string', default: '.parley/data' },
    quiet: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    data: { type: 'string', default: 'data' },
    record: { type: 'string', default: 'data/published-ids.json' },
    explain: { type: 'string' },
  },
});
// `--explain some/folder/file.txt` reads that file's folder as the seeds, so a transcript can be
// explained before it is copied into seeds/.
const explainFolder = values.explain && dirname(values.explain) !== '.' ? dirname(values.explain) : undefined;
const paths = { seeds: resolve(explainFolder ?? values.seeds), data: resolve(values.data) };
const corrections = !values['no-corrections'];

try {
  if (values.explain) {
    const { corpus, explanations } = runPipeline({ ...(await loadInput(paths, { corrections })), explain: true });
    console.log(explainFile(corpus, explanations, basename(values.explain)));
    process.exit(0);
  }
  const store = mkdtempSync(join(tmpdir(), 'parley-corpus-'));
  try {
    const summary = await writeCorpusStore({
      ...paths,
      out: join(store, 'corpus'),
      record: resolve(values.record),
      corrections,
    });
    await writeEchoes(
      join(store, 'corpus'),
      paths.data,
      summary.documents.map((document) => document.id),
    );
    const published = await publishCorpus(join(store, 'corpus'), resolve(values.out), permanentUrlOf(''));
    if (!values.quiet) console.log(formatReport(summary.report));
    console.log(
      `corpus: ${summary.documents.length} documents, ${summary.passages} passages, ${summary.speakers.length} speakers, ${summary.outlets.length} outlets → ${values.out}${published.whole ? ' (with corpus.json)' : ''}`,
    );
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
} catch (error) {
  // "--out /dev/null", a folder that cannot be made: a file system's refusal, said in one line.
  const refused = error as NodeJS.ErrnoException;
  if (!isCorpusError(error) && refused.code && refused.path) {
    console.error(
      `corpus: cannot write ${refused.path} (${refused.code}); give --out a folder that can be made or written`,
    );
    process.exit(1);
  }
  if (!isCorpusError(error)) throw error;
  console.error(`corpus: the build stopped; fix these and run again:\n${error.message}`);
  process.exit(1);
}
