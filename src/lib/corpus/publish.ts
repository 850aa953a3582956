/**
 * Step 8, publish: the written corpus (./write.ts) as the site's data files, read one document at
 * a time so that publishing ten thousand documents holds one:
 *
 *   data/documents/<id>.json   every document whole
 *   data/passages.jsonl        one passage a line
 *   data/corpus.json           everything in one file, for a corpus of up to WHOLE_CORPUS_LIMIT documents
 *   data/corpus.schema.json    its JSON Schema
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { assembleCorpus } from './pipeline.ts';
import { corpusSchema, type CorpusDocument, type Removed } from './schema.ts';
import { compareText } from './text.ts';
import type { StoreSummary } from './write.ts';

/** Past this many documents corpus.json is too large to be of use; the per-document files remain. */
export const WHOLE_CORPUS_LIMIT = 1000;

export interface Published {
  documents: number;
  /** Whether corpus.json was written. */
  whole: boolean;
}

/** A file of the written corpus in the site: linked where the disk allows (no copy to make), else copied. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function readStoreSummary(store: string): StoreSummary {
  return JSON.parse(readFileSync(join(store, 'summary.json'), 'utf8')) as StoreSummary;
}

export function readStoredDocument(store: string, id: string): CorpusDocument {
  return JSON.parse(readFileSync(join(store, 'documents', `${id}.json`), 'utf8')) as CorpusDocument;
}

export function publishCorpus(store: string, out: string): Published {
  const summary = readStoreSummary(store);
  mkdirSync(out, { recursive: true });
  mkdirSync(join(out, 'documents'), { recursive: true });
  for (const document of summary.documents) {
    place(join(store, 'documents', `${document.id}.json`), join(out, 'documents', `${document.id}.json`));
  }
  place(join(store, 'passages.jsonl'), join(out, 'passages.jsonl'));
  writeFileSync(join(out, 'corpus.schema.json'), `${JSON.stringify(z.toJSONSchema(corpusSchema), null, 1)}\n`);
  const whole = summary.documents.length <= WHOLE_CORPUS_LIMIT;
  if (whole) {
    const documents = summary.documents
      .map((document) => readStoredDocument(store, document.id))
      .sort((a, b) => compareText(a.id, b.id));
    const removed: Removed[] = [];
    for (let page = 1; page <= summary.removed.pages; page++) {
      const entries = JSON.parse(readFileSync(join(store, 'removed', `${page}.json`), 'utf8')) as (Removed & {
        text: string;
        part: boolean;
      })[];
      for (const { text, part, ...entry } of entries) removed.push(part ? { ...entry, text } : entry);
    }
    const corpus = assembleCorpus(documents, removed, summary);
    writeFileSync(join(out, 'corpus.json'), `${JSON.stringify(corpus, null, 1)}\n`);
  }
  return { documents: summary.documents.length, whole };
}
