/**
 * The search page's filters and their values, known at build time from the
 * corpus (so the form is complete without script), and their place in the URL.
 */
import type { SiteIndex } from '../site/corpus-index.ts';
import { yearOf } from '../site/dates.ts';
import { KINDS, kindName } from '../site/labels.ts';
import { FILTERS, PART, type FilterName } from './records.ts';

export const FILTER_LABELS: Record<FilterName, string> = {
  speaker: 'Speaker',
  outlet: 'Outlet',
  topic: 'Topic',
  year: 'Year',
  kind: 'Kind',
  part: 'Question or answer',
};

export const SORTS = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
} as const;
export type SortName = keyof typeof SORTS;

export function filterValues(index: SiteIndex): Record<FilterName, string[]> {
  const byName = (a: string, b: string) => a.localeCompare(b);
  const speakers = [...index.speaker.values()].filter((speaker) => (index.bySpeaker.get(speaker.id) ?? []).length);
  return {
    speaker: speakers.map((speaker) => speaker.name).sort(byName),
    outlet: [...index.outlet.values()].map((outlet) => outlet.name).sort(byName),
    topic: [...index.topic.values()].map((topic) => topic.name).sort(byName),
    year: [...new Set(index.documents.map((document) => yearOf(document.date)).filter((year) => year !== null))]
      .sort()
      .reverse(),
    kind: KINDS.filter((kind) => index.documents.some((document) => document.kind === kind)).map(
      (kind) => kindName[kind].one,
    ),
    part: [PART.question, PART.answer, PART.statement, PART.narration, PART.title],
  };
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortName;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: sort && sort in SORTS ? (sort as SortName) : 'relevance' };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}
