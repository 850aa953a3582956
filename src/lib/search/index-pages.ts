/**
 * What Pagefind reads of each document: a small page made for the index alone, written from the
 * corpus files (src/lib/corpus/write.ts), not read back from the site. Its address is the
 * document page's; it holds the document's filters, its title with the facts a result shows
 * (./anchors.ts), and every passage's text behind the passage's anchor. The reader's page carries
 * none of this: at ten thousand documents Pagefind would otherwise parse every page's navigation,
 * tools and cross-links, three gigabytes of markup, to find the same words. No sort: Pagefind
 * would keep each sort's order of every page in the metadata every search loads first; the date
 * order is a file of its own, which only a search sorted by date loads (./date-order.ts).
 */
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentSummary, Turn } from '../corpus/schema.ts';
import type { StoreSummary } from '../corpus/write.ts';
import { buildSiteIndex, outletNames, type SiteIndex } from '../site/corpus-index.ts';
import { datedKey, formatDate, yearOf } from '../site/dates.ts';
import { escapeHtml } from '../site/html.ts';
import { anchorTitle, DOCUMENT_ANCHOR, documentFactsTitle, indexAnchorId } from './anchors.ts';

/** A passage as the corpus files keep it (passages.jsonl), in document order. */
export interface IndexedPassage {
  document: string;
  passage: string;
  speaker: string | null;
  role: Turn['role'];
  topics: string[];
  text: string;
}

export interface IndexPage {
  /** The document page's address from the site's root: the search page adds the base path. */
  url: string;
  content: string;
}

/**
 * Filters file a document by ids, never names, so that two people of one name stay apart. Only
 * people who speak a passage are a speaker filter; each passage's own speaker is in its anchor.
 */
function documentFilters(summary: DocumentSummary): string[] {
  const year = yearOf(summary.date);
  return [
    ...Object.keys(summary.speakerCounts).map((id) => `speaker:${id}`),
    ...summary.outlets.map(({ id }) => `outlet:${id}`),
    ...Object.keys(summary.topicCounts).map((id) => `topic:${id}`),
    ...(year ? [`year:${year}`] : []),
    `kind:${summary.kind}`,
  ];
}

export function indexPageHtml(summary: DocumentSummary, passages: readonly IndexedPassage[], site: SiteIndex): string {
  const day = datedKey(summary.date);
  const facts = documentFactsTitle({
    date: formatDate(summary.date),
    day,
    outlets: outletNames(site, summary).join(', '),
    speakers: Object.fromEntries(
      Object.keys(summary.speakerCounts).map((id) => [id, site.speaker.get(id)?.name ?? id]),
    ),
  });
  return [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(summary.title)}</title></head><body>`,
    ...documentFilters(summary).map((filter) => `<span data-pagefind-filter="${escapeHtml(filter)}"></span>`),
    `<h1 data-pagefind-body><span id="${DOCUMENT_ANCHOR}" data-pagefind-title="${escapeHtml(facts)}"></span>${escapeHtml(summary.title)}</h1>`,
    ...passages.map(
      (passage) =>
        `<p data-pagefind-body><span id="${escapeHtml(indexAnchorId(passage.passage))}" data-pagefind-title="${escapeHtml(anchorTitle({ speaker: passage.speaker, role: passage.role, topics: passage.topics }))}"></span>${escapeHtml(passage.text)}</p>`,
    ),
    '</body></html>',
  ].join('\n');
}

/**
 * Every document's index page, one at a time, from the corpus files: passages.jsonl is read once,
 * in the order it was written (a document's passages together), so no more than one document's
 * passages is held.
 */
export async function* indexPages(
  store: string,
  summary: StoreSummary,
  urlOf: (document: string) => string,
): AsyncGenerator<IndexPage> {
  const site = buildSiteIndex(summary);
  const unseen = new Map(summary.documents.map((document) => [document.id, document]));
  let current: DocumentSummary | undefined;
  let passages: IndexedPassage[] = [];
  const page = (document: DocumentSummary): IndexPage => ({
    url: urlOf(document.id),
    content: indexPageHtml(document, passages, site),
  });
  for await (const line of createInterface({
    input: createReadStream(join(store, 'passages.jsonl')),
    crlfDelay: Infinity,
  })) {
    if (!line) continue;
    const passage = JSON.parse(line) as IndexedPassage;
    if (passage.document !== current?.id) {
      if (current) yield page(current);
      current = unseen.get(passage.document);
      if (!current)
        throw new Error(
          `passages.jsonl: ${passage.document} is not a document of this corpus, or its passages are not together`,
        );
      unseen.delete(passage.document);
      passages = [];
    }
    passages.push(passage);
  }
  if (current) yield page(current);
  passages = [];
  // A document with no passage is still found by its title.
  for (const document of unseen.values()) yield page(document);
}

/** What the thread that writes the index pages tells (./index-pages-worker.ts): each whole part and the pages written so far, then the end. */
export type IndexPagesMessage = { part: string; written: number } | { done: true } | { failure: string };

/**
 * Writes every document's index page under `folder`, in parts of `partSize` documents
 * ("part-0001/interviews/<id>/index.html"), and tells each part's folder once it is whole.
 */
export async function writeIndexPages(
  store: string,
  summary: StoreSummary,
  urlOf: (document: string) => string,
  folder: string,
  partSize: number,
  tell: (message: IndexPagesMessage) => void,
): Promise<void> {
  let written = 0;
  const partOf = (index: number) => join(folder, `part-${String(Math.floor(index / partSize) + 1).padStart(4, '0')}`);
  for await (const page of indexPages(store, summary, urlOf)) {
    const at = join(partOf(written), page.url);
    await mkdir(at, { recursive: true });
    await writeFile(join(at, 'index.html'), page.content);
    written++;
    if (written % partSize === 0) tell({ part: partOf(written - 1), written });
  }
  if (written % partSize !== 0) tell({ part: partOf(written - 1), written });
  tell({ done: true });
}
