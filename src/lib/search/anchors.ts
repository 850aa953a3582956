/**
 * What the search index knows of each passage. Pagefind indexes a document page as one record:
 * its title and its passages' text (each a `data-pagefind-body`). Each passage's text opens with
 * an empty anchor element, its id the passage's behind a prefix, its `data-pagefind-title` who
 * speaks it, in what role and on which topics. Pagefind keeps anchors (with their word position)
 * in the page's fragment without indexing their titles, so the search page splits a document's
 * hits into passages, and filters them, with no other request. The anchor is empty so that the
 * fragment does not store the passage's text twice; the passage element keeps its own id.
 */
const INDEX_ANCHOR = 'x-';

export const indexAnchorId = (passage: string): string => `${INDEX_ANCHOR}${passage}`;

/** The passage an index anchor stands for; null for any other anchor. */
export const passageOfAnchor = (id: string): string | null =>
  id.startsWith(INDEX_ANCHOR) ? id.slice(INDEX_ANCHOR.length) : null;

export interface PassageFacets {
  speaker: string | null;
  role: string;
  topics: string[];
}

export function anchorTitle(facets: PassageFacets): string {
  return `${facets.speaker ?? ''}|${facets.role}|${facets.topics.join(',')}`;
}

export function readAnchorTitle(title: string | undefined): PassageFacets | null {
  const parts = title?.split('|');
  if (!parts || parts.length !== 3) return null;
  const [speaker, role, topics] = parts as [string, string, string];
  return { speaker: speaker || null, role, topics: topics ? topics.split(',') : [] };
}

/** Page furniture the index would read inside a body: none today, kept as the one place to list it. */
export const UNINDEXED_SELECTORS: string[] = [];

/**
 * What a search result shows of its document besides the title. Pagefind indexes the words of its
 * metadata (a search for "October" would find every document dated in October), so these ride in
 * the title of one more anchor, which it stores and does not index.
 */
export interface DocumentFacts {
  /** As the site prints it: "2 October 2020", "October 2020", "between 2 and 6 October 2020". */
  date: string;
  /** ISO day, for a date order and the <time> element, when the day is known. */
  day: string | null;
  outlets: string;
  /** Speaker id → name, for the people who speak in the document. */
  speakers: Record<string, string>;
}

export const DOCUMENT_ANCHOR = 'document-facts';

export function documentFactsTitle(facts: DocumentFacts): string {
  return JSON.stringify(facts);
}

export function readDocumentFacts(
  anchors: readonly { id: string; title?: string }[] | undefined,
): DocumentFacts | null {
  const title = anchors?.find((anchor) => anchor.id === DOCUMENT_ANCHOR)?.title;
  if (!title) return null;
  try {
    return JSON.parse(title) as DocumentFacts;
  } catch {
    return null;
  }
}
