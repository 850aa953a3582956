/**
 * The search page's filters. Outlet, topic, year and kind file whole documents (Pagefind
 * filters, ./index-pages.ts); speaker, topic and part are also read passage by
 * passage from the anchors (./anchors.ts), so a passage is shown only when it matches them itself.
 */
export const FILTERS = ['speaker', 'outlet', 'topic', 'year', 'kind', 'part'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Filters Pagefind applies to documents; `part` exists only passage by passage. */
export const DOCUMENT_FILTERS: readonly FilterName[] = ['speaker', 'outlet', 'topic', 'year', 'kind'];

/** What part of a document a hit is in: a turn's role, or the title. */
export const PART = {
  question: 'Question',
  answer: 'Answer',
  statement: 'Statement',
  narration: 'Publisher’s text',
  title: 'Title',
} as const;
export type Part = keyof typeof PART;
