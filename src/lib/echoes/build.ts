/**
 * Step 9, echoes: from the written corpus (src/lib/corpus/write.ts), the passages a speaker says
 * again in other documents and the questions asked again, written beside the corpus for the pages
 * and published as data/echoes.json. Comparing every passage's rare words costs time and memory that
 * grow faster than the corpus when it repeats itself; past ECHO_DOCUMENT_LIMIT documents the step
 * is skipped, says so in the build log, and the pages say so too (docs/scaling.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CorpusDocument } from '../corpus/schema.ts';
import { echoPassages, questionRefs } from './corpus.ts';
import { findEchoes } from './echoes.ts';
import { loadEchoVariants } from './load.ts';
import { groupQuestions } from './questions.ts';
import { echoesExport, echoesSchema, questionGroupsSchema, type EchoesExport } from './schema.ts';

/** Up to how many documents echoes are looked for: 3,000 unless PARLEY_ECHOES_UP_TO says otherwise. */
export const ECHO_DOCUMENT_LIMIT = Number(process.env.PARLEY_ECHOES_UP_TO ?? 3000);

export const echoFileSchema = z.object({
  /** Why no echoes were looked for, when none were. */
  skipped: z.string().nullable(),
  echoes: echoesSchema,
  questions: questionGroupsSchema,
});
export type EchoFile = z.infer<typeof echoFileSchema>;

export async function writeEchoes(
  store: string,
  dataDirectory: string,
  documentIds: readonly string[],
): Promise<{ pairs: number; clusters: number; questionGroups: number; skipped: string | null }> {
  let file: EchoFile;
  if (documentIds.length > ECHO_DOCUMENT_LIMIT) {
    file = {
      skipped: `the corpus has ${documentIds.length} documents; echoes are looked for in up to ${ECHO_DOCUMENT_LIMIT}`,
      echoes: { clusters: [], pairs: [] },
      questions: [],
    };
  } else {
    const documents = documentIds.map(
      (id) => JSON.parse(readFileSync(join(store, 'documents', `${id}.json`), 'utf8')) as CorpusDocument,
    );
    const variants = await loadEchoVariants(dataDirectory);
    const echoes: EchoesExport = echoesExport(findEchoes(echoPassages({ documents }), { variants }));
    const { groups } = groupQuestions(questionRefs({ documents }), { variants });
    file = echoFileSchema.parse({ skipped: null, echoes, questions: groups });
  }
  writeFileSync(join(store, 'echoes.json'), JSON.stringify(file));
  return {
    pairs: file.echoes.pairs.length,
    clusters: file.echoes.clusters.length,
    questionGroups: file.questions.length,
    skipped: file.skipped,
  };
}
