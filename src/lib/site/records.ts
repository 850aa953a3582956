/**
 * The one place pages read the corpus: the summaries in the content collections, turned into the
 * site index once per build; a document's whole record and a list's pages, read from the files
 * this build's corpus run wrote (src/lib/corpus/write.ts) when a page needs them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import type { BuildInfo, CorpusDocument, ListEntry, Removed } from '../corpus/schema.ts';
import { readListPage } from '../corpus/lists.ts';
import { PAGE_SIZE } from '../corpus/write.ts';
import { echoFileSchema } from '../echoes/build.ts';
import { buildSiteIndex, type SiteIndex } from './corpus-index.ts';
import { buildEchoIndex, type EchoIndex } from './echoes.ts';
import { corpusPaths } from './paths.ts';

let cached: Promise<SiteIndex> | undefined;

export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= (async () => {
    const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
    return buildSiteIndex({
      documents: data(await getCollection('documents')),
      speakers: data(await getCollection('speakers')),
      outlets: data(await getCollection('outlets')),
      topics: data(await getCollection('topicRecords')),
    });
  })();
  return cached;
}

let info: Promise<BuildInfo> | undefined;

/** What this build found: list sizes, moved documents, removed and skipped lines, the report. */
export function loadBuildInfo(): Promise<BuildInfo> {
  info ??= Promise.resolve(getEntry('build', 'build')).then((entry) => {
    if (!entry) throw new Error('the corpus run wrote no build record');
    return entry.data;
  });
  return info;
}

/** Recently read documents: neighbouring pages (a list's next page, a related document) reuse them. */
const documents = new Map<string, CorpusDocument>();
const KEEP = 64;

export function loadDocument(id: string): CorpusDocument {
  const known = documents.get(id);
  if (known) {
    documents.delete(id);
    documents.set(id, known);
    return known;
  }
  const document = JSON.parse(
    readFileSync(join(corpusPaths().out, 'documents', `${id}.json`), 'utf8'),
  ) as CorpusDocument;
  documents.set(id, document);
  if (documents.size > KEEP) documents.delete(documents.keys().next().value as string);
  return document;
}

/** One page (from 1) of a topic's or a speaker's passages in time order. */
export async function loadListPage(
  list: `topics/${string}` | `speakers/${string}`,
  page: number,
): Promise<ListEntry[]> {
  const build = await loadBuildInfo();
  const info = build.lists[list];
  if (!info) return [];
  const { out } = corpusPaths();
  renames ??= new Map(build.renames);
  return readListPage(
    { lists: join(out, 'lists.bin'), entries: join(out, 'entries.jsonl') },
    info,
    page,
    PAGE_SIZE,
    renames,
  );
}
let renames: Map<string, string> | undefined;

let echoes: Promise<EchoIndex> | undefined;

/** The passages said again elsewhere, the talking points and the questions asked again. */
export function loadEchoes(): Promise<EchoIndex> {
  echoes ??= (async () => {
    const file = echoFileSchema.parse(JSON.parse(readFileSync(join(corpusPaths().out, 'echoes.json'), 'utf8')));
    // A talking point is one speaker's: the speaker of its first passage.
    const speakers = new Map<string, string | null>();
    for (const cluster of file.echoes.clusters) {
      const [document, passage] = cluster.firstSaid.split('#') as [string, string];
      const turn = loadDocument(document).turns.find((candidate) => candidate.passages.some((p) => p.id === passage));
      speakers.set(cluster.firstSaid, turn?.speaker ?? null);
    }
    return buildEchoIndex(file, (ref) => speakers.get(ref) ?? null);
  })();
  return echoes;
}

export type RemovedLine = Removed & { text: string; part: boolean };

/** One page (from 1) of the removed lines, with their text, in the order the sources hold them. */
export function loadRemovedPage(page: number): RemovedLine[] {
  // A corpus from which nothing was removed still has its (empty) first page.
  const file = join(corpusPaths().out, 'removed', `${page}.json`);
  if (page === 1 && !existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as RemovedLine[];
}
