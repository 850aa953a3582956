/**
 * Every address of the site, in one place: pages, the search index and the exports build links
 * only through these, so the base path (`PARLEY_BASE`, for a site served under /archive/) and the
 * site's shape live here alone. Addresses end in "/" (trailingSlash: 'always'); fragments are
 * passage ids.
 */
export const BASE: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** The route parameter of page `page` of a paged list: undefined for the first, "page/2" after. */
export const pageParam = (page: number): string | undefined => (page > 1 ? `page/${page}` : undefined);

export type Routes = ReturnType<typeof routesFor>;

/** The site's addresses under a base path ("/" or "/archive/"). */
export function routesFor(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** A path of this site, under its base: `path('data/corpus.json')`. */
  const path = (relative = '') => `${root}${relative.replace(/^\/+/u, '')}`;
  const paged = (start: string, page: number) => path(page > 1 ? `${start}page/${page}/` : start);
  return {
    path,
    home: () => path(),
    documents: (kind: string | null = null, page = 1) => paged(kind ? `interviews/kind/${kind}/` : 'interviews/', page),
    document: (id: string) => path(`interviews/${id}/`),
    passage: (document: string, passage: string) => path(`interviews/${document}/#${passage}`),
    speakers: () => path('speakers/'),
    speakersPage: (page: number) => paged('speakers/', page),
    speaker: (id: string, page = 1) => paged(`speakers/${id}/`, page),
    outlets: () => path('outlets/'),
    outletsPage: (page: number) => paged('outlets/', page),
    outlet: (id: string, page = 1) => paged(`outlets/${id}/`, page),
    topics: () => path('topics/'),
    topic: (id: string, page = 1) => paged(`topics/${id}/`, page),
    dates: () => path('dates/'),
    year: (year: string, page = 1) => paged(`dates/${year}/`, page),
    search: (params: Record<string, string> = {}) => {
      const query = new URLSearchParams(params).toString();
      return path(`search/${query ? `?${query}` : ''}`);
    },
    about: () => path('about/'),
    echoes: (page = 1) => paged('echoes/', page),
    questions: (page = 1) => paged('questions/', page),
    compare: (a: string, b: string) => path(`compare/?${new URLSearchParams({ a, b }).toString()}`),
    verify: () => path('verify/'),
    concordance: (word?: string) =>
      path(`concordance/${word ? `?${new URLSearchParams({ w: word }).toString()}` : ''}`),
    removed: (page = 1) => paged('about/removed/', page),
    sources: (page = 1) => paged('about/sources/', page),
    data: (file: string) => path(`data/${file}`),
    asset: (file: string) => path(file),
  };
}

export const routes: Routes = routesFor(BASE);
