/**
 * What the quote search indexes: one Pagefind record per passage (its own
 * result, linking straight to its anchor, with the filters a passage has) and
 * one per document title. Nothing else: no navigation, no boilerplate.
 */
import type { Corpus } from '../corpus/schema.ts';
import { buildSiteIndex } from '../site/corpus-index.ts';
import { chronologicalKey, formatDate, yearOf } from '../site/dates.ts';
import { kindName } from '../site/labels.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The filter names, as the search page shows them. */
export const FILTERS = ['speaker', 'outlet', 'topic', 'year', 'kind', 'part'] as const;
export type FilterName = (typeof FILTERS)[number];

export const PART = {
  question: 'Question',
  answer: 'Answer',
  statement: 'Statement',
  narration: 'Publisher’s text',
  title: 'Title',
} as const;

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const index = buildSiteIndex(corpus);
  const records: SearchRecord[] = [];
  for (const document of index.documents) {
    const outlets = document.outlets.map(({ id }) => index.outlet.get(id)?.name ?? id);
    const year = yearOf(document.date);
    const common = {
      outlet: outlets,
      year: year ? [year] : [],
      kind: [kindName[document.kind].one],
    };
    const sort = { date: chronologicalKey(document.date) };
    const date = formatDate(document.date);
    records.push({
      url: document.url,
      content: document.title,
      language: 'en',
      meta: { title: document.title, date, outlets: outlets.join(', '), part: PART.title, day: sort.date },
      filters: { ...common, part: [PART.title], speaker: [], topic: [] },
      sort,
    });
    for (const turn of document.turns) {
      const speaker = turn.speaker ? (index.speaker.get(turn.speaker)?.name ?? turn.speaker) : null;
      for (const passage of turn.passages) {
        records.push({
          url: `${document.url}#${passage.id}`,
          content: passage.text,
          language: 'en',
          meta: {
            title: document.title,
            date,
            outlets: outlets.join(', '),
            speaker: speaker ?? PART.narration,
            part: PART[turn.role],
            passage: passage.id,
            day: sort.date,
          },
          filters: {
            ...common,
            speaker: speaker ? [speaker] : [],
            topic: passage.topics.map((topic) => index.topic.get(topic)?.name ?? topic),
            part: [PART[turn.role]],
          },
          sort,
        });
      }
    }
  }
  return records;
}
