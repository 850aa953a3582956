/**
 * Step 8, publish: the written corpus (./write.ts) as the site's data files, read one document at
 * a time so that publishing ten thousand documents holds one:
 *
 *   data/documents/<id>.json   every document whole
 *   data/passages.jsonl        one passage a line: document, passage, date, outlet, speaker, role, topics, text, url
 *   data/passages.csv          the same as CSV (RFC 4180)
 *   data/corpus.json           everything in one file, for a corpus of up to WHOLE_CORPUS_LIMIT documents
 *   data/corpus.schema.json    its JSON Schema
 */
import {
  closeSync,
  copyFileSync,
  createReadStream,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { CSV_HEADER, csvLine, jsonLine, type PassageRow, type UrlOf } from '../cite/exports.ts';
import { join } from 'node:path';
import { z } from 'zod';
import type { EchoFile } from '../echoes/build.ts';
import { echoesSchema } from '../echoes/schema.ts';
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

/** Every passage as a row, from the written passages and the summaries: one pass, no document read. */
async function writePassageRows(store: string, summary: StoreSummary, out: string, urlOf: UrlOf): Promise<void> {
  const documents = new Map(summary.documents.map((document) => [document.id, document]));
  const speakers = new Map(summary.speakers.map((speaker) => [speaker.id, speaker.name]));
  const outlets = new Map(summary.outlets.map((outlet) => [outlet.id, outlet.name]));
  const renames = new Map(summary.renames);
  const csv = openSync(join(out, 'passages.csv'), 'w');
  const jsonl = openSync(join(out, 'passages.jsonl'), 'w');
  try {
    writeSync(csv, CSV_HEADER);
    let csvChunk: string[] = [];
    let jsonChunk: string[] = [];
    const flush = () => {
      writeSync(csv, csvChunk.join(''));
      writeSync(jsonl, jsonChunk.join(''));
      csvChunk = [];
      jsonChunk = [];
    };
    for await (const line of createInterface({
      input: createReadStream(join(store, 'passages.jsonl')),
      crlfDelay: Infinity,
    })) {
      if (!line) continue;
      const passage = JSON.parse(line) as {
        document: string;
        passage: string;
        speaker: string | null;
        role: PassageRow['role'];
        topics: string[];
        text: string;
      };
      const document = documents.get(passage.document);
      const speaker = passage.speaker ? (renames.get(passage.speaker) ?? passage.speaker) : null;
      const row: PassageRow = {
        document: passage.document,
        passage: passage.passage,
        date: document?.date.value ?? null,
        outlet: (document?.outlets ?? []).map(({ id }) => outlets.get(id) ?? id).join('; '),
        speaker: speaker ? (speakers.get(speaker) ?? speaker) : null,
        role: passage.role,
        topics: passage.topics,
        text: passage.text,
        url: urlOf(passage.document, [passage.passage]),
      };
      csvChunk.push(csvLine(row));
      jsonChunk.push(jsonLine(row));
      if (csvChunk.length >= 5000) flush();
    }
    flush();
  } finally {
    closeSync(csv);
    closeSync(jsonl);
  }
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

/** `urlOf` gives a passage's permanent address (absolute when the site has a public address). */
export async function publishCorpus(store: string, out: string, urlOf: UrlOf): Promise<Published> {
  const summary = readStoreSummary(store);
  mkdirSync(out, { recursive: true });
  mkdirSync(join(out, 'documents'), { recursive: true });
  for (const document of summary.documents) {
    place(join(store, 'documents', `${document.id}.json`), join(out, 'documents', `${document.id}.json`));
  }
  await writePassageRows(store, summary, out, urlOf);
  writeFileSync(join(out, 'corpus.schema.json'), `${JSON.stringify(z.toJSONSchema(corpusSchema), null, 1)}\n`);
  // Talking points said again, and questions asked again (src/lib/echoes/build.ts), with their schema.
  const echoes = JSON.parse(readFileSync(join(store, 'echoes.json'), 'utf8')) as EchoFile;
  writeFileSync(join(out, 'echoes.json'), `${JSON.stringify(echoes.echoes, null, 1)}\n`);
  writeFileSync(join(out, 'echoes.schema.json'), `${JSON.stringify(z.toJSONSchema(echoesSchema), null, 1)}\n`);
  writeFileSync(join(out, 'questions.json'), `${JSON.stringify(echoes.questions, null, 1)}\n`);
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
