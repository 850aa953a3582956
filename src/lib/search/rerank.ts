/**
 * Finding a half-remembered quote. Pagefind answers a query with the passages
 * that hold every one of its words, ranked by word statistics: a quote with a
 * word or two wrong finds nothing, and word order counts for nothing. So the
 * search runs in two stages: candidates from Pagefind (the whole query, and
 * each telling word of it on its own, weighted by how rare it is), then a
 * closer reading of the best candidates' text against the query (words in
 * common, in the same order, in the same pairs), which decides the order.
 * Pure: the backend is passed in, so this is tested without a browser.
 */

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export interface BackendResult {
  id: string;
  score: number;
  data: () => Promise<Fragment>;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchBackend {
  search: (term: string, options: SearchOptions) => Promise<{ results: BackendResult[] } | null>;
}

export interface RankedPassage {
  id: string;
  fragment: Fragment;
  /** 0–1: how closely the passage's words match the query's. */
  similarity: number;
}

export interface QueryPlan {
  /** The query less its enclosing quotation marks. */
  text: string;
  /** The whole query was in quotation marks, straight or curly: an exact phrase. */
  exact: boolean;
}

export interface SearchOutcome {
  /** 'exact': the phrase as typed; 'all-words': every word; 'closest': the nearest passages. */
  mode: 'exact' | 'all-words' | 'closest';
  /** Loaded and ranked, best first (or in date order when one was asked for). */
  ranked: RankedPassage[];
  /** Further matches, not yet loaded, in Pagefind's order. */
  more: BackendResult[];
  /** How many passages hold the phrase, or every word; for 'closest', how many are shown. */
  total: number;
}

const QUOTES = /^\s*["“”„«»‘’'‹›]+([\s\S]*?)["“”„«»‘’'‹›]+\s*$/u;

export function planQuery(query: string): QueryPlan {
  const match = QUOTES.exec(query);
  const text = (match?.[1] ?? query).replace(/\s+/gu, ' ').trim();
  return { text, exact: Boolean(match && text) };
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by do does did for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so that the their them then there these they this those to was we were ' +
    'what when which who will with would you your us than too very can could should just also all any'
  ).split(' '),
);

/** Lowercase words without diacritics or punctuation; "doesn’t" and "doesn't" are one word. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A crude English stem, enough to let "killed" meet "kill" and "countries" meet "country". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/ies$/u, 'y')
    .replace(/(?:ing|ed|es|s|ly)$/u, '')
    .replace(/(.)\1$/u, '$1');
}

const isContent = (word: string) => !STOPWORDS.has(word) && word.length > 1;

/** The query's telling words, longest first: what a per-word candidate search should ask for. */
export function tellingWords(text: string, limit = 10): string[] {
  return [...new Set(words(text).filter(isContent))].sort((a, b) => b.length - a.length).slice(0, limit);
}

/**
 * How closely a passage matches a remembered quote, from 0 to 1. A quote is a stretch of the
 * passage, so the passage is read through a window a little longer than the quote, and the best
 * window counts: the share of the quote's words it holds (telling words count ten times a
 * stopword), the share of the quote's word pairs that stand side by side in it, and how much of
 * the quote comes in the same order. A long passage gains nothing from merely holding more words.
 */
export function similarity(query: string, passage: string): number {
  const q = words(query).map(stem);
  const p = words(passage).map(stem);
  if (q.length === 0 || p.length === 0) return 0;
  const width = Math.ceil(q.length * 1.5) + 2;
  // Only windows that start at one of the quote's telling words (or at the start) can be the best;
  // a long passage is read at its first few hundred such places, not at every word.
  const telling = new Set(q.filter(isContent));
  const starts = [0];
  for (let at = 0; at < p.length && starts.length < MAX_WINDOWS; at++) {
    if (telling.has(p[at] as string)) starts.push(Math.max(0, at - 2));
  }
  let best = 0;
  for (const start of starts) {
    best = Math.max(best, windowSimilarity(q, p.slice(start, start + width)));
    if (best === 1) break;
  }
  return best;
}

const MAX_WINDOWS = 400;

function windowSimilarity(q: readonly string[], window: readonly string[]): number {
  const present = new Set(window);
  const weight = (word: string) => (STOPWORDS.has(word) ? 0.1 : 1);
  const total = q.reduce((sum, word) => sum + weight(word), 0);
  const covered = q.reduce((sum, word) => sum + (present.has(word) ? weight(word) : 0), 0) / total;
  const pairs = new Set(window.slice(1).map((word, i) => `${window[i]} ${word}`));
  const queryPairs = q.slice(1).map((word, i) => `${q[i]} ${word}`);
  const paired = queryPairs.length ? queryPairs.filter((pair) => pairs.has(pair)).length / queryPairs.length : covered;
  const telling = q.filter(isContent);
  const ordered = telling.length ? longestCommonSubsequence(telling, window) / telling.length : covered;
  return 0.5 * covered + 0.3 * paired + 0.2 * ordered;
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        x === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export interface FindOptions extends SearchOptions {
  /** How many passages to load and rank (each costs one small fetch). */
  limit?: number;
  /** How many records the index holds, for weighting rare words. */
  records?: number;
}

export async function findPassages(
  backend: SearchBackend,
  query: string,
  options: FindOptions = {},
): Promise<SearchOutcome> {
  const { limit = 12, records = 1000, ...searchOptions } = options;
  const plan = planQuery(query);
  if (!plan.text) return { mode: 'all-words', ranked: [], more: [], total: 0 };
  const load = async (results: readonly BackendResult[]) =>
    Promise.all(
      results.map(async (result) => {
        const fragment = await result.data();
        return { id: result.id, fragment, similarity: similarity(plan.text, fragment.content) };
      }),
    );
  const inOrder = async (mode: SearchOutcome['mode'], results: readonly BackendResult[]) => ({
    mode,
    ranked: await load(results.slice(0, limit)),
    more: results.slice(limit),
    total: results.length,
  });

  if (plan.exact) {
    const exact = (await backend.search(`"${plan.text.replace(/"/gu, '')}"`, searchOptions))?.results ?? [];
    if (exact.length > 0) return inOrder('exact', exact);
  }

  const all = (await backend.search(plan.text, searchOptions))?.results ?? [];
  const telling = tellingWords(plan.text);
  // A short query needs no second stage; nor does a search in date order, which must keep Pagefind's order.
  if (all.length > 0 && (telling.length < 3 || searchOptions.sort)) return inOrder('all-words', all);

  const votes = new Map<string, { result: BackendResult; weight: number }>();
  const vote = (result: BackendResult, weight: number) => {
    const entry = votes.get(result.id);
    if (entry) entry.weight += weight;
    else votes.set(result.id, { result, weight });
  };
  const perWord = await Promise.all(telling.map((word) => backend.search(word, searchOptions)));
  for (const response of perWord) {
    const found = response?.results ?? [];
    const rarity = Math.log(1 + records / Math.max(1, found.length));
    // Pagefind's own score favours a passage where the word weighs more (a short one): keep that, scaled to 1.
    let top = Number.MIN_VALUE;
    for (const result of found) top = Math.max(top, result.score);
    for (const result of found) vote(result, rarity * (0.5 + 0.5 * (result.score / top)));
  }
  // Holding every word is strong evidence: worth half the best score any passage gathered word by word.
  let strongest = 0;
  for (const entry of votes.values()) strongest = Math.max(strongest, entry.weight);
  all.forEach((result, rank) => vote(result, strongest / 2 + 1 / (rank + 1)));

  const candidates = [...votes.values()].sort((a, b) => b.weight - a.weight).map((entry) => entry.result);
  // With no passage holding every word the votes are a rougher guide: read twice as many closely.
  const reading = all.length > 0 ? limit : limit * 2;
  const ranked = (await load(candidates.slice(0, reading))).sort((a, b) => b.similarity - a.similarity);
  if (all.length === 0) {
    // The closest passages are all there is to show: a date order applies to them alone.
    return { mode: 'closest', ranked, more: searchOptions.sort ? [] : candidates.slice(reading), total: ranked.length };
  }
  const loaded = new Set(ranked.map((entry) => entry.id));
  return { mode: 'all-words', ranked, more: all.filter((result) => !loaded.has(result.id)), total: all.length };
}

/** Pieces of a passage's text for display, with the query's words marked; a window around the best match. */
export function excerpt(text: string, query: string, size = 40): { text: string; mark: boolean }[] {
  const wanted = new Set(words(query).filter(isContent).map(stem));
  const tokens = text.split(/(\s+)/u);
  const marked = tokens.map((token) => Boolean(token.trim()) && words(token).some((word) => wanted.has(stem(word))));
  const wordAt = tokens.flatMap((token, at) => (token.trim() ? [at] : []));
  // The window of `size` words holding the most marked words: a running count, one pass.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let end = 0; end < wordAt.length; end++) {
    if (marked[wordAt[end] as number]) count++;
    const start = end - size + 1;
    if (start > 0 && marked[wordAt[start - 1] as number]) count--;
    if (start >= 0 || end === wordAt.length - 1) {
      if (count > bestCount) {
        bestCount = count;
        best = Math.max(0, start);
      }
    }
  }
  const from = wordAt[best] ?? 0;
  const to = wordAt[Math.min(wordAt.length - 1, best + size - 1)] ?? tokens.length - 1;
  const pieces: { text: string; mark: boolean }[] = [];
  if (from > 0) pieces.push({ text: '… ', mark: false });
  for (let at = from; at <= to; at++) {
    const token = tokens[at] as string;
    const mark = marked[at] as boolean;
    const last = pieces.at(-1);
    if (last && last.mark === mark) last.text += token;
    else pieces.push({ text: token, mark });
  }
  if (to < tokens.length - 1) pieces.push({ text: ' …', mark: false });
  return pieces;
}
