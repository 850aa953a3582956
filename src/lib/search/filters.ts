/**
 * The search page's filters and their values, known at build time from the
 * corpus (so the form is complete without script), and their place in the URL.
 */
import type { SiteIndex } from '../site/corpus-index.ts';
import { kindCounts } from '../site/corpus-index.ts';
import { formatDate, yearOf } from '../site/dates.ts';
import { kindName } from '../site/labels.ts';
import { FILTERS, PART, type FilterName, type Part } from './records.ts';

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

export interface FilterOption {
  value: string;
  label: string;
}

export function filterValues(index: SiteIndex): Record<FilterName, FilterOption[]> {
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);
  // Only people who speak a passage: a report's subject has none to find.
  const speaking = new Map<string, string>();
  for (const document of index.documents) {
    for (const turn of document.turns)
      if (turn.speaker && !speaking.has(turn.speaker)) speaking.set(turn.speaker, document.id);
  }
  const speakers = [...speaking].map(([id, documentId]) => {
    const speaker = index.speaker.get(id);
    const document = index.document.get(documentId);
    // An unnamed journalist is told apart by the interview they asked in.
    const label =
      speaker?.anonymous && document ? `${speaker.name} (${formatDate(document.date)})` : (speaker?.name ?? id);
    return { value: id, label };
  });
  return {
    speaker: speakers.sort(byLabel),
    outlet: [...index.outlet.values()].map((outlet) => ({ value: outlet.id, label: outlet.name })).sort(byLabel),
    topic: [...index.topic.values()].map((topic) => ({ value: topic.id, label: topic.name })).sort(byLabel),
    year: [...new Set(index.documents.map((document) => yearOf(document.date)).filter((year) => year !== null))]
      .sort()
      .reverse()
      .map((year) => ({ value: year, label: year })),
    kind: kindCounts(index).map(({ kind }) => ({ value: kind, label: kindName[kind].one })),
    part: (Object.keys(PART) as Part[]).map((part) => ({ value: part, label: PART[part] })),
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
  return {
    q: params.get('q') ?? '',
    filters,
    sort: sort && Object.hasOwn(SORTS, sort) ? (sort as SortName) : 'relevance',
  };
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
