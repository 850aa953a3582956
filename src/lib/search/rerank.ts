/**
 * Finding a half-remembered quote. The index (Pagefind) holds one record per document, each
 * passage an anchor in it (./anchors.ts): it answers a query with the documents that hold every
 * one of its words, ranked by word statistics. A quote with a word or two wrong finds nothing that
 * way, word order counts for nothing, and a long quote would load one index chunk per word. So the
 * search asks the index for the quote's rarest few words only (the same chunks, whatever else it
 * tries: all of them, then all but one, then each alone), reads the candidate documents'
 * passages, and ranks the passages by how closely each reads like the quote.
 * Pure: the backend is passed in, so this is tested without a browser.
 */
import { passageOfAnchor, readAnchorTitle, readDocumentFacts, type PassageFacets } from './anchors.ts';
import { spellingsOf, words } from './words.ts';

export { words };

export interface Anchor {
  id: string;
  title?: string;
  /** The anchor's position, in words of the fragment's content. */
  location: number;
}

export interface Fragment {
  url: string;
  /** The indexed text: the title, then every passage, words separated by white space. */
  content: string;
  meta: Record<string, string>;
  anchors?: Anchor[];
}

export interface BackendResult {
  id: string;
  score: number;
  /** Where in the document the words asked for stand (Pagefind's `locations`), before its fragment is read. */
  words?: number[];
  data: () => Promise<Fragment>;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** `{ date: … }`: the index has no sort of its own; the search page's backend orders by ./date-order.ts. */
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchBackend {
  /** A null term asks for every document the filters allow (Pagefind's browse). */
  search: (term: string | null, options: SearchOptions) => Promise<{ results: BackendResult[] } | null>;
}

/** A passage of a fragment, or (with no id) the document's title. */
export interface FragmentPassage {
  id: string | null;
  facets: PassageFacets | null;
  text: string;
}

export interface RankedPassage {
  /** The document's result id and the passage's id ("" for the title). */
  key: string;
  url: string;
  passage: FragmentPassage;
  /** The document's title, date as printed, ISO day and outlets. */
  meta: { title: string; date: string; day: string | null; outlets: string };
  /** The speaker's name, null for the publisher's text or the title. */
  speaker: string | null;
  /** For an answer: the question it answers, as asked. */
  question?: string;
  /** 0–1: how closely the passage's words match the query's. */
  similarity: number;
  /** The passage holds every telling word of the query, or (quoted) the phrase. */
  complete: boolean;
}

/** Passage-level filters, read from the anchors: Pagefind's own filters choose whole documents. */
export interface PassageFilter {
  speaker?: string;
  topic?: string;
  /** A turn role, or "title". */
  part?: string;
}

export interface QueryPlan {
  /** The query less its enclosing quotation marks. */
  text: string;
  /** The whole query was in quotation marks, straight or curly: an exact phrase. */
  exact: boolean;
}

export interface SearchOutcome {
  /** 'exact': the phrase as typed; 'all-words': every word; 'closest': the nearest passages; 'browse': no words, filters only. */
  mode: 'exact' | 'all-words' | 'closest' | 'browse';
  /** Loaded and ranked, best first (or in date order when one was asked for). */
  ranked: RankedPassage[];
  /** Candidate documents not yet read, in the index's order. */
  more: BackendResult[];
  /** How many documents the index found for the words it was asked. */
  documents: number;
  /** How many of them were read. */
  read: number;
  /** The words the index was asked for. */
  probe: string[];
  /** Candidate documents that could not be read: the results are incomplete. */
  unread: number;
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
  /** How many candidate documents to read at first (each costs one small fetch). */
  documents?: number;
  passageFilter?: PassageFilter;
  /** Word → rank among the corpus's commonest words (0 the commonest); absent words are rare. */
  common?: ReadonlyMap<string, number>;
  /** The words nearly every document uses. */
  everywhere?: ReadonlySet<string>;
}

/** How many of a quote's words the index is asked for: each costs one chunk of the index. */
export const PROBE_WORDS = 6;

/**
 * The words to ask the index for: the telling words of a short query, of a long one the rarest few
 * in this corpus (the longest where the corpus says nothing), which alone narrow it to a handful of
 * documents. Words nearly every document uses are left out while a rarer one remains: they narrow
 * nothing, and their chunks are the largest and slowest to search. The passages read are still held
 * to every telling word.
 */
export function probeWords(
  text: string,
  common: ReadonlyMap<string, number> = new Map(),
  everywhere: ReadonlySet<string> = new Set(),
): string[] {
  const telling = [...new Set(words(text).filter(isContent))];
  const rarity = (word: string) => common.get(word) ?? Number.POSITIVE_INFINITY;
  const rarestFirst = telling
    .map((word, at) => ({ word, at }))
    .sort((a, b) => rarity(b.word) - rarity(a.word) || b.word.length - a.word.length || a.at - b.at)
    .map((entry) => entry.word);
  const narrowing = rarestFirst.filter((word) => !everywhere.has(word));
  return (narrowing.length > 0 ? narrowing : rarestFirst).slice(0, narrowing.length > 0 ? PROBE_WORDS : 1);
}

/** A fragment's passages, cut at their anchors; the words before the first are the title. */
export function fragmentPassages(fragment: Fragment): FragmentPassage[] {
  const tokens = fragment.content.split(/\s+/u).filter(Boolean);
  const anchors = (fragment.anchors ?? [])
    .map((anchor) => ({ anchor, id: passageOfAnchor(anchor.id), facets: readAnchorTitle(anchor.title) }))
    .filter((entry) => entry.id !== null && entry.facets !== null)
    .sort((a, b) => a.anchor.location - b.anchor.location);
  const passages: FragmentPassage[] = [];
  const first = anchors[0]?.anchor.location ?? tokens.length;
  if (first > 0) passages.push({ id: null, facets: null, text: tokens.slice(0, first).join(' ') });
  anchors.forEach(({ anchor, id, facets }, at) => {
    const end = anchors[at + 1]?.anchor.location ?? tokens.length;
    passages.push({ id, facets, text: tokens.slice(anchor.location, end).join(' ') });
  });
  return passages;
}

function passesFilter(passage: FragmentPassage, filter: PassageFilter): boolean {
  const part = passage.facets?.role ?? 'title';
  if (filter.part && filter.part !== part) return false;
  if (filter.speaker && passage.facets?.speaker !== filter.speaker) return false;
  if (filter.topic && !passage.facets?.topics.includes(filter.topic)) return false;
  return true;
}

/** The query's words, in order, appear side by side in the text. */
function holdsPhrase(phrase: readonly string[], text: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let at = 0; at + phrase.length <= text.length; at++) {
    for (let k = 0; k < phrase.length; k++) if (text[at + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

export async function findPassages(
  backend: SearchBackend,
  query: string,
  options: FindOptions = {},
): Promise<SearchOutcome> {
  const { common, everywhere } = options;
  const { searchOptions } = readingOptions(options);
  const plan = planQuery(query);
  const none: SearchOutcome = { mode: 'all-words', ranked: [], more: [], documents: 0, read: 0, probe: [], unread: 0 };
  if (!plan.text) return options.filters && Object.keys(options.filters).length > 0 ? browse(backend, options) : none;
  const phrase = words(plan.text);

  const probe = probeWords(plan.text, common, everywhere);
  if (probe.length === 0) return none;
  if (plan.exact) {
    const outcome = await readCandidates(backend, plan.text, probe, phrase.length, options, (passage) =>
      holdsPhrase(phrase, words(passage.text)),
    );
    if (outcome.ranked.some((entry) => entry.complete)) {
      return {
        ...outcome,
        mode: 'exact',
        ranked: order(
          outcome.ranked.filter((entry) => entry.complete),
          searchOptions,
        ),
      };
    }
  }
  const outcome = await readCandidates(backend, plan.text, probe, phrase.length, options, holdsEveryWord(plan.text));
  const mode = outcome.ranked.some((entry) => entry.complete) ? 'all-words' : 'closest';
  return { ...outcome, mode, ranked: order(outcome.ranked, searchOptions) };
}

/** How many documents to read at a time, the passage filter, and what is left for the index itself. */
function readingOptions(options: FindOptions): {
  reading: number;
  passageFilter: PassageFilter;
  searchOptions: SearchOptions;
} {
  const {
    documents: reading = 6,
    passageFilter = {},
    common: _common,
    everywhere: _everywhere,
    ...searchOptions
  } = options;
  return { reading, passageFilter, searchOptions };
}

/** No words, only filters: the documents they allow (in date order when asked), their passages that match. */
async function browse(backend: SearchBackend, options: FindOptions): Promise<SearchOutcome> {
  const { reading, passageFilter, searchOptions } = readingOptions(options);
  const found = (await backend.search(null, searchOptions))?.results ?? [];
  const unread = { count: 0 };
  const ranked = await readPassages(found.slice(0, reading), '', passageFilter, () => false, unread);
  return {
    mode: 'browse',
    ranked: searchOptions.sort ? order(ranked, searchOptions) : ranked,
    more: found.slice(reading),
    documents: found.length,
    read: Math.min(found.length, reading),
    probe: [],
    unread: unread.count,
  };
}

/**
 * The passages of the documents most likely to hold the query, read a few documents at a time:
 * first those the index finds with every probe word, nearest together first; if none of them
 * comes close (a word was misremembered, or the words are common), those found by any of the
 * words. Pagefind loads a word's chunk once, so the second round fetches no more of the index.
 */
async function readCandidates(
  backend: SearchBackend,
  query: string,
  probe: string[],
  quoteLength: number,
  options: FindOptions,
  complete: (passage: FragmentPassage) => boolean,
): Promise<Omit<SearchOutcome, 'mode'>> {
  const { reading, passageFilter, searchOptions } = readingOptions(options);
  const ranked: RankedPassage[] = [];
  const seen = new Set<string>();
  const unread = { count: 0 };
  let read = 0;
  const readSome = async (results: readonly BackendResult[]) => {
    const fresh = results.filter((result) => !seen.has(result.id)).slice(0, reading);
    for (const result of fresh) seen.add(result.id);
    read += fresh.length;
    ranked.push(...(await readPassages(fresh, query, passageFilter, complete, unread)));
  };
  const enough = () =>
    quoteLength >= 6
      ? ranked.some((entry) => entry.complete || entry.similarity >= CLOSE_ENOUGH)
      : ranked.some((entry) => entry.complete);

  const every = (await backend.search(probe.join(' '), searchOptions))?.results ?? [];
  const together = searchOptions.sort ? [...every] : byProximity(every, quoteLength, probe.length);
  await readSome(together);
  let rest = together;
  if (!enough() && probe.length > 1) {
    const candidates = await candidateDocuments(backend, probe, quoteLength, searchOptions);
    rest = candidates.map((candidate) => candidate.result);
  }
  for (let batch = 0; batch <= EXTRA_BATCHES && !enough() && rest.some((result) => !seen.has(result.id)); batch++) {
    await readSome(rest);
  }
  return {
    ranked,
    more: rest.filter((result) => !seen.has(result.id)),
    documents: every.length,
    read,
    probe,
    unread: unread.count,
  };
}

/** Results in the order of how many of their matched words stand within one quote's length of each other. */
function byProximity(results: readonly BackendResult[], quoteLength: number, asked: number): BackendResult[] {
  if (asked < 2) return [...results];
  const width = Math.ceil(quoteLength * 1.5) + 2;
  const closeness = (locations: readonly number[] = []) => {
    const sorted = [...locations].sort((a, b) => a - b);
    let best = 0;
    for (let start = 0, end = 0; end < sorted.length; end++) {
      while ((sorted[end] as number) - (sorted[start] as number) > width) start++;
      best = Math.max(best, end - start + 1);
    }
    return Math.min(best, asked);
  };
  return results
    .map((result, rank) => ({ result, rank, close: closeness(result.words) }))
    .sort((a, b) => b.close - a.close || a.rank - b.rank)
    .map((entry) => entry.result);
}

/** Whether a passage holds every telling word of the query (in any form the crude stem joins). */
export function holdsEveryWord(query: string): (passage: FragmentPassage) => boolean {
  const telling = new Set(words(query).filter(isContent).map(stem));
  return (passage) => {
    const own = new Set(words(passage.text).map(stem));
    return [...telling].every((word) => own.has(word));
  };
}

/** A passage this similar to a quote of six words or more is the one meant, or near it. */
const CLOSE_ENOUGH = 0.75;
/** How many more batches of documents a quote with nothing close is read in. */
const EXTRA_BATCHES = 2;

/** The passages of these results that pass the filter and share a telling word with the query, each scored. */
export async function readPassages(
  results: readonly BackendResult[],
  query: string,
  filter: PassageFilter,
  complete: (passage: FragmentPassage) => boolean,
  /** Counts the documents that could not be read (offline, a file missing): never silently dropped. */
  unread: { count: number } = { count: 0 },
): Promise<RankedPassage[]> {
  const wanted = new Set(words(query).filter(isContent).map(stem));
  const settled = await Promise.allSettled(results.map(async (result) => ({ result, fragment: await result.data() })));
  const fragments = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  unread.count += settled.length - fragments.length;
  const ranked: RankedPassage[] = [];
  for (const { result, fragment } of fragments) {
    const facts = readDocumentFacts(fragment.anchors);
    const meta = {
      title: fragment.meta.title ?? '',
      date: facts?.date ?? '',
      day: facts?.day ?? null,
      outlets: facts?.outlets ?? '',
    };
    // Every answer knows its question: the question passages just before it in the document.
    let question: string[] = [];
    let previousRole: string | null = null;
    for (const passage of fragmentPassages(fragment)) {
      const role = passage.facets?.role ?? null;
      if (role === 'question') question = previousRole === 'question' ? [...question, passage.text] : [passage.text];
      previousRole = role;
      if (!passesFilter(passage, filter)) continue;
      const own = words(passage.text).map(stem);
      if (wanted.size > 0 && !own.some((word) => wanted.has(word))) continue;
      const base = fragment.url.split('#')[0] as string;
      ranked.push({
        key: `${result.id}#${passage.id ?? ''}`,
        url: passage.id ? `${base}#${passage.id}` : base,
        passage,
        meta,
        speaker: passage.facets?.speaker ? (facts?.speakers[passage.facets.speaker] ?? passage.facets.speaker) : null,
        ...(role === 'answer' && question.length > 0 ? { question: question.join(' ') } : {}),
        similarity: similarity(query, passage.text),
        complete: complete(passage),
      });
    }
  }
  return ranked;
}

/** How many passages of one document a date order shows before moving on to the next document. */
export const PER_DOCUMENT_IN_DATE_ORDER = 3;

/**
 * Best first (complete passages before near ones); or, when a date order was asked for, the
 * documents in that order, each with its best few passages, the rest after.
 */
function order(ranked: RankedPassage[], options: SearchOptions): RankedPassage[] {
  const best = (a: RankedPassage, b: RankedPassage) =>
    Number(b.complete) - Number(a.complete) || b.similarity - a.similarity;
  const direction = options.sort?.date;
  if (!direction) return ranked.sort(best);
  const sign = direction === 'desc' ? -1 : 1;
  const byDate = (a: RankedPassage, b: RankedPassage) => {
    const x = a.meta.day ?? '';
    const y = b.meta.day ?? '';
    // Undated documents have no place in a date order: they come last either way.
    if (!x || !y) return Number(!x) - Number(!y);
    return sign * (x < y ? -1 : x > y ? 1 : 0);
  };
  const seen = new Map<string, number>();
  const first: RankedPassage[] = [];
  const rest: RankedPassage[] = [];
  for (const entry of [...ranked].sort(best)) {
    const document = entry.key.split('#')[0] as string;
    const count = seen.get(document) ?? 0;
    seen.set(document, count + 1);
    (count < PER_DOCUMENT_IN_DATE_ORDER ? first : rest).push(entry);
  }
  return [...first.sort(byDate), ...rest.sort(byDate)];
}

export interface Candidate {
  result: BackendResult;
  /** How many of the probe words the document holds. */
  words: number;
  /** The most of them that stand within one quote's length of each other. */
  together: number;
}

/**
 * The documents to read for a query: the index is asked for each probe word alone (a word's chunk
 * loads once, however many times it is asked), so a document missing a misremembered word is still
 * found by the others. Best first: the documents where most of the words stand together, as a
 * quote's do (a long document holds common words everywhere, but not side by side), then those
 * holding most of them, then the index's own order; in a date order, the documents holding the
 * most words, by date.
 */
export async function candidateDocuments(
  backend: SearchBackend,
  probe: readonly string[],
  quoteLength: number,
  options: SearchOptions,
): Promise<Candidate[]> {
  interface Found {
    result: BackendResult;
    terms: Set<number>;
    at: Map<number, number>;
    score: number;
    rank: number;
  }
  const found = new Map<string, Found>();
  for (const [word, term] of probe.entries()) {
    // A name spelt several ways is one word, asked for in each spelling.
    const results: BackendResult[] = [];
    for (const spelling of spellingsOf(term))
      results.push(...((await backend.search(spelling, options))?.results ?? []));
    results.forEach((result, rank) => {
      const entry = found.get(result.id) ?? { result, terms: new Set(), at: new Map(), score: 0, rank };
      entry.terms.add(word);
      for (const location of result.words ?? []) entry.at.set(location, word);
      entry.score += result.score;
      entry.rank = Math.min(entry.rank, rank);
      found.set(result.id, entry);
    });
  }
  const width = Math.ceil(quoteLength * 1.5) + 2;
  const candidates = [...found.values()].map((entry) => ({
    ...entry,
    words: entry.terms.size,
    together: together(entry.at, width),
  }));
  if (options.sort) {
    const most = candidates.reduce((best, candidate) => Math.max(best, candidate.words), 0);
    return candidates.filter((candidate) => candidate.words === most).sort((a, b) => a.rank - b.rank);
  }
  return candidates.sort(
    (a, b) => b.together - a.together || b.words - a.words || b.score - a.score || a.rank - b.rank,
  );
}

/** The most distinct words (location → word) within `width` words of each other. */
function together(at: ReadonlyMap<number, number>, width: number): number {
  const locations = [...at.keys()].sort((a, b) => a - b);
  const inWindow = new Map<number, number>();
  let best = 0;
  for (let start = 0, end = 0; end < locations.length; end++) {
    const word = at.get(locations[end] as number) as number;
    inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
    while ((locations[end] as number) - (locations[start] as number) > width) {
      const leaving = at.get(locations[start] as number) as number;
      const left = (inWindow.get(leaving) as number) - 1;
      if (left === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, left);
      start++;
    }
    best = Math.max(best, inWindow.size);
  }
  return best;
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
