/**
 * What the quote search indexes: one Pagefind record per passage (its own
 * result, linking straight to its anchor, with the filters a passage has) and
 * one per document title. Nothing else: no navigation, no boilerplate.
 * Filters hold ids (stable, and distinct where two names are alike); the
 * search page shows their names.
 */
import type { Corpus } from '../corpus/schema.ts';
import { buildSiteIndex, outletNames } from '../site/corpus-index.ts';
import { datedKey, formatDate, yearOf } from '../site/dates.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The filters, in the order the search page shows them. */
export const FILTERS = ['speaker', 'outlet', 'topic', 'year', 'kind', 'part'] as const;
export type FilterName = (typeof FILTERS)[number];

/** What part of a document a record is: a turn's role, or the title. */
export const PART = {
  question: 'Question',
  answer: 'Answer',
  statement: 'Statement',
  narration: 'Publisher’s text',
  title: 'Title',
} as const;
export type Part = keyof typeof PART;

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const index = buildSiteIndex(corpus);
  const records: SearchRecord[] = [];
  for (const document of index.documents) {
    const year = yearOf(document.date);
    const day = datedKey(document.date);
    const common = {
      outlet: document.outlets.map(({ id }) => id),
      year: year ? [year] : [],
      kind: [document.kind],
    };
    // Undated documents have no place in a date order: Pagefind puts records without the key last.
    const sort: Record<string, string> = day ? { date: day } : {};
    const meta = {
      title: document.title,
      date: formatDate(document.date),
      outlets: outletNames(index, document).join(', '),
      ...(day ? { day } : {}),
    };
    records.push({
      url: document.url,
      content: document.title,
      language: 'en',
      meta: { ...meta, part: 'title' },
      filters: { ...common, part: ['title'], speaker: [], topic: [] },
      sort,
    });
    for (const turn of document.turns) {
      const speaker = turn.speaker ? (index.speaker.get(turn.speaker)?.name ?? turn.speaker) : null;
      for (const passage of turn.passages) {
        records.push({
          url: `${document.url}#${passage.id}`,
          content: passage.text,
          language: 'en',
          meta: { ...meta, ...(speaker ? { speaker } : {}), part: turn.role, passage: passage.id },
          filters: {
            ...common,
            speaker: turn.speaker ? [turn.speaker] : [],
            topic: passage.topics,
            part: [turn.role],
          },
          sort,
        });
      }
    }
  }
  return records;
}
