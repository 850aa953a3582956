/**
 * The pre-built pages of /interviews/: every document, or one kind of them,
 * split into pages of a fixed size so that a corpus of ten thousand documents
 * stays browsable without script. Paths are public: keep them.
 */
import type { DocumentSummary } from '../corpus/schema.ts';
import { yearOf } from './dates.ts';
import { KINDS } from './labels.ts';
import { PAGE_SIZE } from './paging.ts';
import { pageParam } from './routes.ts';

export interface ListingPage {
  /** The rest parameter of src/pages/interviews/[...listing].astro; undefined for /interviews/. */
  path: string | undefined;
  kind: DocumentSummary['kind'] | null;
  page: number;
  pages: number;
  documents: DocumentSummary[];
}

/** Newest first, undated last: readers come for what was said lately. */
export function listingPages(documentsOldestFirst: readonly DocumentSummary[]): ListingPage[] {
  const undated = (document: DocumentSummary) => yearOf(document.date) === null;
  const newestFirst = [
    ...documentsOldestFirst.filter((document) => !undated(document)).reverse(),
    ...documentsOldestFirst.filter(undated),
  ];
  const pages: ListingPage[] = [];
  for (const kind of [null, ...KINDS]) {
    const documents = kind ? newestFirst.filter((document) => document.kind === kind) : newestFirst;
    if (kind && documents.length === 0) continue;
    const count = Math.max(1, Math.ceil(documents.length / PAGE_SIZE));
    for (let page = 1; page <= count; page++) {
      const rest = [kind ? `kind/${kind}` : undefined, pageParam(page)].filter(Boolean).join('/');
      pages.push({
        path: rest || undefined,
        kind,
        page,
        pages: count,
        documents: documents.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      });
    }
  }
  return pages;
}
