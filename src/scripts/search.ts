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
  type BackendResult,
  type RankedPassage,
  type SearchBackend,
} from '../lib/search/rerank.ts';
import { readState, writeState, type SearchState } from '../lib/search/filters.ts';
import { FILTERS, PART, type Part } from '../lib/search/records.ts';

interface Pagefind {
  search: SearchBackend['search'];
  options: (options: Record<string, unknown>) => Promise<void>;
}

const PAGE = 12;
const form = document.getElementById('search') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('results') as HTMLOListElement;
const moreButton = document.getElementById('more-results') as HTMLButtonElement;
const records = Number(form.dataset.records) || 1000;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(
    async (module: Pagefind) => {
      await module.options({ excerptLength: 40 });
      return module;
    },
    (error: unknown) => {
      pagefind = undefined; // a later search tries again
      throw error;
    },
  );
  return pagefind;
}

function stateFromForm(): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showState(state: SearchState): void {
  input.value = state.q;
  for (const name of FILTERS) select(name).value = state.filters[name] ?? '';
  select('sort').value = state.sort;
}

let resultCount = 0;
function result(entry: RankedPassage, query: string): HTMLLIElement {
  const { fragment } = entry;
  const meta = fragment.meta;
  const item = document.createElement('li');
  item.className = 'result';
  const url = new URL(fragment.url, location.origin);
  const wanted = planQuery(query).text;
  if (wanted) url.searchParams.set('highlight', wanted);
  const link = document.createElement('a');
  link.className = 'result-link';
  link.href = `${url.pathname}${url.search}${url.hash}`;
  link.textContent =
    meta.part === 'title' ? (meta.title ?? '') : `${meta.speaker ?? PART.narration}, in “${meta.title}”`;
  const details = document.createElement('p');
  details.className = 'result-meta';
  const when = document.createElement('time');
  when.textContent = meta.date ?? '';
  if (meta.day) when.dateTime = meta.day;
  const part = PART[meta.part as Part] ?? '';
  details.append(
    [part, meta.outlets].filter(Boolean).join(' · '),
    ' · ',
    when,
    meta.passage ? ` · ¶ ${meta.passage}` : '',
  );
  const text = document.createElement('p');
  text.className = 'result-excerpt';
  text.id = `result-${++resultCount}`;
  for (const piece of excerpt(fragment.content, query)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else text.append(piece.text);
  }
  // Many results share a speaker and a document: the excerpt tells their links apart.
  link.setAttribute('aria-describedby', text.id);
  item.append(link, details, text);
  return item;
}

let pending: BackendResult[] = [];
let currentQuery = '';
let searchId = 0;

function describe(mode: 'exact' | 'all-words' | 'closest', total: number, shown: number): string {
  const passages = `${total} ${total === 1 ? 'passage holds' : 'passages hold'}`;
  if (shown === 0) return 'No passage matches. Try fewer words, or remove a filter.';
  if (mode === 'exact') return `${passages} this exact phrase.`;
  if (mode === 'all-words') return `${passages} every word${shown > total ? '; close passages follow' : ''}.`;
  return 'No passage holds every word. The closest passages:';
}

async function run(state: SearchState): Promise<void> {
  const id = ++searchId;
  list.replaceChildren();
  moreButton.hidden = true;
  list.dataset.state = 'searching';
  currentQuery = state.q;
  if (!state.q.trim()) {
    status.textContent = 'Type a few words, or paste a quote.';
    list.dataset.state = 'idle';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const backend = await loadPagefind();
    const filters = Object.fromEntries(Object.entries(state.filters).map(([name, value]) => [name, [value as string]]));
    const sort = state.sort === 'relevance' ? undefined : ({ date: state.sort === 'newest' ? 'desc' : 'asc' } as const);
    const outcome = await findPassages(backend, state.q, { filters, ...(sort ? { sort } : {}), limit: PAGE, records });
    if (id !== searchId) return;
    const ranked =
      sort && outcome.mode === 'closest'
        ? [...outcome.ranked].sort((a, b) => {
            const order = (a.fragment.meta.day ?? '').localeCompare(b.fragment.meta.day ?? '');
            return state.sort === 'newest' ? -order : order;
          })
        : outcome.ranked;
    list.replaceChildren(...ranked.map((entry) => result(entry, state.q)));
    pending = outcome.more;
    moreButton.hidden = pending.length === 0;
    status.textContent = describe(outcome.mode, outcome.total, ranked.length + pending.length);
  } catch {
    if (id !== searchId) return;
    status.textContent = 'The search could not run here. Reload the page to try again.';
  }
  list.dataset.state = 'done';
}

moreButton.addEventListener('click', async () => {
  const id = searchId;
  const next = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const first = list.children.length;
  const loaded = await Promise.all(
    next.map(async (entry) => ({ id: entry.id, fragment: await entry.data(), similarity: 0 })),
  );
  if (id !== searchId) return;
  list.append(...loaded.map((entry) => result(entry, currentQuery)));
  moreButton.hidden = pending.length === 0;
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
