/**
 * The search page's filters and their values, known at build time from the
 * corpus (so the form is complete without script), and their place in the URL.
 */
import type { BuildInfo } from '../corpus/schema.ts';
import type { SiteIndex } from '../site/corpus-index.ts';
import { kindCounts } from '../site/corpus-index.ts';
import { formatDate, yearOf } from '../site/dates.ts';
import { compareNames, kindName } from '../site/labels.ts';
import { FILTERS, PART, type FilterName, type Part } from './facets.ts';

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

/** The speakers the search form offers: those heard most, so the form stays small in any corpus. */
export const SPEAKER_OPTIONS = 100;

export function filterValues(index: SiteIndex, info: BuildInfo): Record<FilterName, FilterOption[]> {
  const byLabel = (a: FilterOption, b: FilterOption) => compareNames(a.label, b.label);
  // Only people who speak a passage: a report's subject has none to find. Anyone else is one
  // link away: a speaker's page searches their words with ?speaker=<id>.
  const speaking = [...index.speaker.values()]
    .map((speaker) => ({ speaker, passages: info.lists[`speakers/${speaker.id}`]?.roles ?? {} }))
    .map(({ speaker, passages }) => ({ speaker, spoken: Object.values(passages).reduce((sum, n) => sum + n, 0) }))
    .filter((entry) => entry.spoken > 0)
    .sort((a, b) => b.spoken - a.spoken)
    .slice(0, SPEAKER_OPTIONS);
  const speakers = speaking.map(({ speaker }) => {
    const document = index.bySpeaker.get(speaker.id)?.[0];
    // An unnamed journalist is told apart by the interview they asked in.
    const label = speaker.anonymous && document ? `${speaker.name} (${formatDate(document.date)})` : speaker.name;
    return { value: speaker.id, label };
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
