/**
 * The date order a search sorted by date loads instead of Pagefind's sort (issue 9): oldest
 * first, a day's documents in the corpus's order, the undated last in both orders; read from a
 * real Pagefind bundle, whose result ids are its fragments' names; and fetched by a date-sorted
 * search only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentDate } from '../../src/lib/corpus/schema.ts';
import {
  DATE_ORDER_FILE,
  dateOrderOf,
  inDateOrder,
  placesInDateOrder,
  sortingByDate,
  type DateOrder,
} from '../../src/lib/search/date-order.ts';
import type { BackendResult, SearchBackend, SearchOptions } from '../../src/lib/search/rerank.ts';
import { indexedPages, writeDateOrder } from '../../src/lib/search/write-date-order.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

describe('the date order', () => {
  const pages = [
    { id: 'late', day: '2021-03-04' },
    { id: 'undated-1', day: null },
    { id: 'tie-1', day: '2020-10-02' },
    { id: 'early', day: '2019-01-01' },
    { id: 'month', day: '2020-10' },
    { id: 'tie-2', day: '2020-10-02' },
    { id: 'undated-2', day: null },
    { id: 'tie-3', day: '2020-10-02' },
  ];

  it('puts the dated oldest first, a day shared in the order given, and the undated after them as given', () => {
    expect(dateOrderOf(pages)).toEqual({
      dated: ['early', 'month', 'tie-1', 'tie-2', 'tie-3', 'late'],
      undated: ['undated-1', 'undated-2'],
    });
  });

  it('places the undated last in both directions, and reverses the dated, ties included, for the newest first', () => {
    const order = dateOrderOf(pages);
    const inPlace = (places: Map<string, number>) => [...places].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(inPlace(placesInDateOrder(order, 'asc'))).toEqual([...order.dated, ...order.undated]);
    expect(inPlace(placesInDateOrder(order, 'desc'))).toEqual([
      'late',
      'tie-3',
      'tie-2',
      'tie-1',
      'month',
      'early',
      'undated-1',
      'undated-2',
    ]);
  });

  it('orders results by their places, and keeps any it does not know after them in the order they came', () => {
    const places = placesInDateOrder({ dated: ['a', 'b', 'c'], undated: ['u'] }, 'desc');
    const results = ['x', 'u', 'a', 'y', 'c', 'b'].map((id) => ({ id }));
    expect(inDateOrder(results, places).map(({ id }) => id)).toEqual(['c', 'b', 'a', 'u', 'x', 'y']);
  });
});

describe('a search sorted by date', () => {
  const result = (id: string, score: number): BackendResult => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, content: '', meta: {} }),
  });
  function backend() {
    const asked: SearchOptions[] = [];
    let loads = 0;
    const index: SearchBackend = {
      search: async (_term, options) => {
        asked.push(options);
        return { results: [result('b', 3), result('undated', 2), result('a', 1), result('c', 0.5)] };
      },
    };
    const order: DateOrder = { dated: ['a', 'b', 'c'], undated: ['undated'] };
    const searching = sortingByDate(index, async () => {
      loads++;
      return order;
    });
    return { searching, asked, loads: () => loads };
  }
  const ids = (found: { results: BackendResult[] } | null) => found?.results.map(({ id }) => id);

  it('never loads the date order for a search by relevance, and keeps the index’s order', async () => {
    const { searching, asked, loads } = backend();
    expect(ids(await searching.search('peace', { filters: { kind: ['interview'] } }))).toEqual([
      'b',
      'undated',
      'a',
      'c',
    ]);
    expect(loads()).toBe(0);
    expect(asked).toEqual([{ filters: { kind: ['interview'] } }]);
  });

  it('loads it once, orders the results by it either way, and never asks the index for a sort', async () => {
    const { searching, asked, loads } = backend();
    expect(ids(await searching.search('peace', { sort: { date: 'asc' } }))).toEqual(['a', 'b', 'c', 'undated']);
    expect(ids(await searching.search(null, { filters: { year: ['2020'] }, sort: { date: 'desc' } }))).toEqual([
      'c',
      'b',
      'a',
      'undated',
    ]);
    expect(ids(await searching.search('war', { sort: { date: 'asc' } }))).toEqual(['a', 'b', 'c', 'undated']);
    expect(loads()).toBe(1);
    expect(asked.every((options) => !('sort' in options))).toBe(true);
  });

  it('fails a search whose date order could not be loaded, rather than give another order, and loads it again next time', async () => {
    const index: SearchBackend = { search: async () => ({ results: [result('b', 1), result('a', 0.5)] }) };
    let attempts = 0;
    const searching = sortingByDate(index, async () => {
      if (++attempts === 1) throw new Error('offline');
      return { dated: ['a', 'b'], undated: [] };
    });
    await expect(searching.search('peace', { sort: { date: 'asc' } })).rejects.toThrow('offline');
    expect(ids(await searching.search('peace', { sort: { date: 'asc' } }))).toEqual(['a', 'b']);
    expect(attempts).toBe(2);
  });
});

describe('the date order written beside a Pagefind index', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-date-order-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const day = (value: string): DocumentDate => ({ value, precision: 'day', evidence: null, from: 'text' });
  const UNDATED: DocumentDate = { value: null, precision: 'unknown', evidence: null, from: 'none' };
  // In the corpus's order: a day's documents in this order.
  const documents = [
    { id: 'first-of-the-day', date: day('2020-10-02') },
    { id: 'undated', date: UNDATED },
    { id: 'second-of-the-day', date: day('2020-10-02') },
    { id: 'oldest', date: day('2020-09-29') },
    { id: 'newest', date: day('2023-05-25') },
  ];
  const urlOf = (id: string) => `/interviews/${id}/`;

  // Words that hardly compress: a fragment far longer than the opening its address is read from.
  const random = seededRandom(9);
  const passage = () => Array.from({ length: 600 }, () => Math.floor(random() * 36 ** 6).toString(36)).join(' ');

  /** A real index of the documents, written as Parley writes it; bundled when `maxFragments` is given. */
  async function bundle(name: string, maxFragments?: number, extra: string[] = []): Promise<string> {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'en',
      ...(maxFragments ? { maxFragments } : {}),
    });
    expect(errors).toEqual([]);
    for (const url of [...documents.map((document) => urlOf(document.id)), ...extra]) {
      await index!.addHTMLFile({
        url,
        content: `<!DOCTYPE html><html lang="en"><body><h1 data-pagefind-body>Words of ${url}</h1><p data-pagefind-body>${passage()}</p></body></html>`,
      });
    }
    const outputPath = join(folder, name);
    expect((await index!.writeFiles({ outputPath })).errors).toEqual([]);
    return outputPath;
  }
  afterAll(() => pagefind.close());

  for (const [form, maxFragments] of [
    ['a fragment a page', undefined],
    ['fragments bundled in groups', 2],
  ] as const) {
    it(`knows every page by its result id and address, from ${form}`, async () => {
      const written = await bundle(form.replace(/\W+/gu, '-'), maxFragments);
      const fragments = readdirSync(join(written, 'fragment'));
      expect(fragments).toHaveLength(maxFragments ?? documents.length);
      for (const name of fragments) expect(statSync(join(written, 'fragment', name)).size).toBeGreaterThan(2048);
      const found = [];
      for await (const page of indexedPages(written)) found.push(page);
      expect(found.map((page) => page.url).sort()).toEqual(documents.map((document) => urlOf(document.id)).sort());
      expect(found.every((page) => /^en_[0-9a-f]{7,}$/u.test(page.id))).toBe(true);
      expect(new Set(found.map((page) => page.id)).size).toBe(documents.length);

      expect(await writeDateOrder(written, documents, urlOf)).toEqual({ dated: 4, undated: 1 });
      const idOf = new Map(found.map((page) => [page.url, page.id]));
      const ids = (names: string[]) => names.map((name) => idOf.get(urlOf(name)));
      expect(JSON.parse(readFileSync(join(written, DATE_ORDER_FILE), 'utf8'))).toEqual({
        dated: ids(['oldest', 'first-of-the-day', 'second-of-the-day', 'newest']),
        undated: ids(['undated']),
      });
    });
  }

  it('refuses an index holding a page that is no document’s: the addresses no longer match', async () => {
    const written = await bundle('stranger', undefined, ['/elsewhere/']);
    await expect(writeDateOrder(written, documents, urlOf)).rejects.toThrow(/\/elsewhere\/.*no document/u);
  });
});
