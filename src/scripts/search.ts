/**
 * The search page's script: reads the query and filters from the URL, asks
 * Pagefind (loaded from this site, never another host) through the re-ranking
 * in lib/search, and lists the passages. The URL follows the form, so a search
 * can be shared and the back button returns to the previous one.
 */
import {
  excerpt,
  findPassages,
  planQuery,
  holdsEveryWord,
  readPassages,
  tellingWords,
  type BackendResult,
  type FragmentPassage,
  type PassageFilter,
  type RankedPassage,
  type SearchBackend,
  type SearchOutcome,
} from '../lib/search/rerank.ts';
import { DATE_ORDER_FILE, sortingByDate, type DateOrder } from '../lib/search/date-order.ts';
import { readState, writeState, type SearchState } from '../lib/search/filters.ts';
import { useVariants, type CommonWords } from '../lib/search/words.ts';
import { DOCUMENT_FILTERS, FILTERS, PART, type Part } from '../lib/search/facets.ts';

interface Pagefind {
  search: SearchBackend['search'];
  options: (options: Record<string, unknown>) => Promise<void>;
}

/** Candidate documents read at a time: what Pagefind's own interface loads for its first results. */
const DOCUMENTS = 5;
/** Passages shown at a time. */
const PAGE = 12;
const form = document.getElementById('search') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('results') as HTMLOListElement;
const moreButton = document.getElementById('more-results') as HTMLButtonElement;
const bundle = form.dataset.bundle ?? '/pagefind/';
const base = form.dataset.base ?? '/';
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

/** The documents in date order, written with the index: loaded by the first search sorted by date, never by another. */
async function loadDateOrder(): Promise<DateOrder> {
  const response = await fetch(`${bundle}${DATE_ORDER_FILE}`);
  if (!response.ok) throw new Error(`${DATE_ORDER_FILE}: ${response.status}`);
  return (await response.json()) as DateOrder;
}

let pagefind: Promise<SearchBackend> | undefined;
function loadPagefind(): Promise<SearchBackend> {
  const path = `${bundle}pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ path).then(
    async (module: Pagefind) => {
      // The index holds addresses from the site's root: the base path goes in front.
      await module.options({ excerptLength: 40, basePath: bundle, baseUrl: base });
      return sortingByDate(module, loadDateOrder);
    },
    (error: unknown) => {
      pagefind = undefined; // a later search tries again
      throw error;
    },
  );
  return pagefind;
}

let spellings: Promise<void> | undefined;
/** Names spelt several ways ("Pashinian", "Pashinyan"), written with the index: searched as one word. */
function loadVariants(): Promise<void> {
  spellings ??= fetch(`${bundle}variants.json`)
    .then((response) => (response.ok ? (response.json() as Promise<[string, string][]>) : []))
    .then((pairs) => useVariants(pairs))
    .catch(() => undefined);
  return spellings;
}

interface WordRarity {
  common: Map<string, number>;
  everywhere: Set<string>;
}
const NOTHING_KNOWN: WordRarity = { common: new Map(), everywhere: new Set() };

let rarity: Promise<WordRarity> | undefined;
/**
 * The corpus's commonest words, commonest first, and those nearly every document uses (written with
 * the index): what a query's rare words are rare against.
 */
function loadCommonWords(): Promise<WordRarity> {
  rarity ??= fetch(`${bundle}common-words.json`)
    .then((response): Promise<Partial<CommonWords>> | Partial<CommonWords> => (response.ok ? response.json() : {}))
    .then((words): WordRarity => ({
      common: new Map((words.commonest ?? []).map((word, rank) => [word, rank])),
      everywhere: new Set(words.everywhere ?? []),
    }))
    .catch(() => NOTHING_KNOWN);
  return rarity;
}

function stateFromForm(): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showState(state: SearchState): void {
  input.value = state.q;
  for (const name of FILTERS) {
    const value = state.filters[name] ?? '';
    const field = select(name);
    // The form offers the speakers heard most; a link from any other speaker's page names them by id.
    if (value && ![...field.options].some((option) => option.value === value)) field.add(new Option(value, value));
    field.value = value;
  }
  select('sort').value = state.sort;
}

let resultCount = 0;
function result(entry: RankedPassage, query: string): HTMLLIElement {
  const { meta, passage } = entry;
  const item = document.createElement('li');
  item.className = 'result';
  const url = new URL(entry.url, location.origin);
  const wanted = planQuery(query).text;
  if (wanted && passage.id) url.searchParams.set('highlight', wanted);
  const link = document.createElement('a');
  link.className = 'result-link';
  link.href = `${url.pathname}${url.search}${url.hash}`;
  link.textContent = passage.id ? `${entry.speaker ?? PART.narration}, in “${meta.title}”` : meta.title;
  const details = document.createElement('p');
  details.className = 'result-meta';
  const when = document.createElement('time');
  when.textContent = meta.date;
  if (meta.day) when.dateTime = meta.day;
  const part = PART[(passage.facets?.role ?? 'title') as Part] ?? '';
  details.append([part, meta.outlets].filter(Boolean).join(' · '), ' · ', when, passage.id ? ` · ¶ ${passage.id}` : '');
  const text = document.createElement('p');
  text.className = 'result-excerpt';
  text.id = `result-${++resultCount}`;
  for (const piece of excerpt(passage.text, query)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else text.append(piece.text);
  }
  // Many results share a speaker and a document: the excerpt tells their links apart.
  link.setAttribute('aria-describedby', text.id);
  item.append(link, details);
  if (entry.question) {
    const asked = document.createElement('p');
    asked.className = 'result-question';
    const words = entry.question.split(/\s+/u);
    asked.textContent = `Asked: ${words.length > 30 ? `${words.slice(0, 30).join(' ')}…` : entry.question}`;
    item.append(asked);
  }
  item.append(text);
  return item;
}

interface Pending {
  /** Ranked passages found but not yet shown. */
  passages: RankedPassage[];
  /** Candidate documents not yet read. */
  documents: BackendResult[];
  query: string;
  filter: PassageFilter;
  complete: (passage: FragmentPassage) => boolean;
}
let pending: Pending | null = null;
let currentQuery = '';
let searchId = 0;

/** Index files the service worker could not give during this search (offline and not saved). */
const missing = new Set<string>();
navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ missing?: string }>) => {
  if (event.data?.missing?.includes('/pagefind/')) missing.add(event.data.missing);
});

function describe(outcome: SearchOutcome, shown: number): string {
  const gaps = missing.size + outcome.unread;
  if (gaps > 0) {
    return `This search is incomplete: ${gaps} ${gaps === 1 ? 'part' : 'parts'} of the index could not be loaded${navigator.onLine ? '' : ' (this browser is offline and had not saved them)'}. ${shown} ${shown === 1 ? 'passage' : 'passages'} found in what could be read; others may hold these words.`;
  }
  if (shown === 0) return 'No passage matches. Try fewer words, or remove a filter.';
  if (outcome.mode === 'browse') {
    return `${outcome.documents} ${outcome.documents === 1 ? 'document holds' : 'documents hold'} passages that match the filters; the first are shown.`;
  }
  const documents = `${outcome.documents} ${outcome.documents === 1 ? 'document' : 'documents'}`;
  if (outcome.mode === 'exact') {
    const holding = `${shown} ${shown === 1 ? 'passage holds' : 'passages hold'} this exact phrase`;
    return outcome.more.length === 0 ? `${holding}.` : `${holding} in the documents read so far; more may follow.`;
  }
  if (outcome.mode === 'all-words') {
    const complete = outcome.ranked.filter((entry) => entry.complete).length;
    const read = outcome.read === outcome.documents ? documents : `the first ${outcome.read} of ${documents}`;
    return `${complete} ${complete === 1 ? 'passage holds' : 'passages hold'} every word, in ${read} found.`;
  }
  return 'No passage holds every word. The closest passages:';
}

async function run(state: SearchState): Promise<void> {
  const id = ++searchId;
  list.replaceChildren();
  moreButton.hidden = true;
  pending = null;
  list.dataset.state = 'searching';
  currentQuery = state.q;
  const filtered = Object.values(state.filters).some(Boolean);
  if (!state.q.trim() && !filtered) {
    status.textContent = 'Type a few words, or paste a quote; or choose a filter to browse.';
    list.dataset.state = 'idle';
    return;
  }
  status.textContent = 'Searching…';
  missing.clear();
  try {
    // The word list only ranks the words of a query of more than one word.
    const severalWords = tellingWords(state.q, 2).length > 1;
    const [backend, { common, everywhere }] = await Promise.all([
      loadPagefind(),
      severalWords ? loadCommonWords() : Promise.resolve(NOTHING_KNOWN),
      loadVariants(),
    ]);
    const filters = Object.fromEntries(
      DOCUMENT_FILTERS.flatMap((name) => (state.filters[name] ? [[name, [state.filters[name] as string]]] : [])),
    );
    const passageFilter: PassageFilter = {
      ...(state.filters.speaker ? { speaker: state.filters.speaker } : {}),
      ...(state.filters.topic ? { topic: state.filters.topic } : {}),
      ...(state.filters.part ? { part: state.filters.part } : {}),
    };
    const sort = state.sort === 'relevance' ? undefined : ({ date: state.sort === 'newest' ? 'desc' : 'asc' } as const);
    const outcome = await findPassages(backend, state.q, {
      filters,
      ...(sort ? { sort } : {}),
      documents: DOCUMENTS,
      passageFilter,
      common,
      everywhere,
    });
    if (id !== searchId) return;
    const shown = outcome.ranked.slice(0, PAGE);
    list.replaceChildren(...shown.map((entry) => result(entry, state.q)));
    pending = {
      passages: outcome.ranked.slice(PAGE),
      documents: outcome.more,
      query: state.q,
      filter: passageFilter,
      complete: holdsEveryWord(planQuery(state.q).text),
    };
    moreButton.hidden = pending.passages.length === 0 && pending.documents.length === 0;
    status.textContent = describe(outcome, shown.length);
  } catch {
    if (id !== searchId) return;
    status.textContent = navigator.onLine
      ? 'The search index could not be loaded. Reload the page to try again.'
      : 'This browser is offline and has not saved the search index, so nothing can be searched; use “Save the search” below when online.';
  }
  list.dataset.state = 'done';
}

moreButton.addEventListener('click', async () => {
  const id = searchId;
  if (!pending) return;
  const first = list.children.length;
  if (pending.passages.length < PAGE && pending.documents.length > 0) {
    const next = pending.documents.splice(0, DOCUMENTS);
    const read = await readPassages(next, pending.query, pending.filter, pending.complete);
    if (id !== searchId) return;
    pending.passages.push(...read.sort((a, b) => b.similarity - a.similarity));
  }
  const shown = pending.passages.splice(0, PAGE);
  list.append(...shown.map((entry) => result(entry, currentQuery)));
  moreButton.hidden = pending.passages.length === 0 && pending.documents.length === 0;
  (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
});

let typing: number | undefined;
function searchFromForm(push: boolean): void {
  const state = stateFromForm();
  const query = writeState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  searchFromForm(true);
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) searchFromForm(true);
});
input.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => searchFromForm(false), 300);
});
window.addEventListener('popstate', () => {
  const state = readState(new URLSearchParams(location.search));
  showState(state);
  void run(state);
});

const initial = readState(new URLSearchParams(location.search));
showState(initial);
void run(initial);
