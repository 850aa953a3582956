/**
 * The newest or the oldest first, without Pagefind's date sort: a sort key would put every
 * document's place in date order in Pagefind's metadata, which every search loads first, so that
 * file would grow with the corpus for searches that never sort. Instead the build writes the
 * documents' result ids in date order beside the index (./write-date-order.ts), and only a search
 * that asks for a date order fetches it and orders the index's results by it.
 * Pure, for the search page and the build alike.
 */
import type { BackendResult, SearchBackend } from './rerank.ts';

/** Beside the index, in its bundle. */
export const DATE_ORDER_FILE = 'date-order.json';

/** The documents' result ids (Pagefind's `id` for each page): the dated oldest first, then the undated. */
export interface DateOrder {
  dated: string[];
  undated: string[];
}

export type DateDirection = 'asc' | 'desc';

/** A document page of the index: its result id, and its day (an ISO date, or a month or a year), if any. */
export interface DatedPage {
  id: string;
  day: string | null;
}

/**
 * Oldest first, by day ("2020-10" before "2020-10-02", as text sorts); pages of one day keep the
 * order they are given in (the corpus's: by source file and line). The undated after, as given.
 */
export function dateOrderOf(pages: Iterable<DatedPage>): DateOrder {
  const dated: DatedPage[] = [];
  const undated: string[] = [];
  for (const page of pages) {
    if (page.day) dated.push(page);
    else undated.push(page.id);
  }
  const day = (page: DatedPage) => page.day as string;
  // Array.prototype.sort is stable: a tie keeps the given order.
  dated.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
  return { dated: dated.map((page) => page.id), undated };
}

/**
 * Each result id's place in the order asked for. Newest first is oldest first reversed, ties
 * included, as Pagefind's own sort gave them; the undated come last either way, having no place
 * in a date order.
 */
export function placesInDateOrder(order: DateOrder, direction: DateDirection): Map<string, number> {
  const dated = direction === 'asc' ? order.dated : [...order.dated].reverse();
  return new Map([...dated, ...order.undated].map((id, place) => [id, place]));
}

/** The results in date order; any the order does not hold (none, when written with this index) after them, as they came. */
export function inDateOrder<Result extends Pick<BackendResult, 'id'>>(
  results: readonly Result[],
  places: ReadonlyMap<string, number>,
): Result[] {
  const placeOf = (result: Result) => places.get(result.id) ?? Number.POSITIVE_INFINITY;
  return results
    .map((result, rank) => ({ result, rank, place: placeOf(result) }))
    .sort((a, b) => a.place - b.place || a.rank - b.rank)
    .map((entry) => entry.result);
}

/**
 * The index, asked for a date order, orders its results by the date order, which `loadOrder`
 * fetches the first time one is asked for (again on the next, if it failed); a search by relevance
 * never fetches it. The index itself is never given a sort: it has none.
 */
export function sortingByDate(backend: SearchBackend, loadOrder: () => Promise<DateOrder>): SearchBackend {
  let loading: Promise<DateOrder> | undefined;
  const places = new Map<DateDirection, Map<string, number>>();
  const placesFor = async (direction: DateDirection) => {
    loading ??= loadOrder().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    const order = await loading;
    const known = places.get(direction);
    if (known) return known;
    const computed = placesInDateOrder(order, direction);
    places.set(direction, computed);
    return computed;
  };
  return {
    search: async (term, { sort, ...options }) => {
      const direction = sort?.date;
      if (!direction) return backend.search(term, options);
      const [found, inOrder] = await Promise.all([backend.search(term, options), placesFor(direction)]);
      return found && { ...found, results: inDateOrder(found.results, inOrder) };
    },
  };
}
