/**
 * The search page's script: reads the query and filters from the URL, asks
 * Pagefind (loaded from this site, never another host) through the re-ranking
 * in lib/search, and lists the passages. The URL follows the form, so a search
 * can be shared and the back button returns to the previous one.
 */
import {
  excerpt,
  findPassages,
  type BackendResult,
  type RankedPassage,
  type SearchBackend,
} from '../lib/search/rerank.ts';
import { readState, writeState, type SearchState } from '../lib/search/filters.ts';
import { FILTERS } from '../lib/search/records.ts';

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
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    return module;
  });
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

function result(entry: RankedPassage, query: string): HTMLLIElement {
  const { fragment } = entry;
  const item = document.createElement('li');
  item.className = 'result';
  const url = new URL(fragment.url, location.origin);
  const wanted = query.replace(/["“”„«»]/gu, '').trim();
  if (wanted) url.searchParams.set('highlight', wanted);
  const link = document.createElement('a');
  link.className = 'result-link';
  link.href = `${url.pathname}${url.search}${url.hash}`;
  const who = fragment.meta.speaker ?? fragment.meta.title ?? '';
  link.textContent =
    fragment.meta.part === 'Title' ? (fragment.meta.title ?? '') : `${who}, in “${fragment.meta.title}”`;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const when = document.createElement('time');
  when.textContent = fragment.meta.date ?? '';
  if (fragment.meta.day && /^\d{4}(?:-\d{2}){0,2}$/u.test(fragment.meta.day)) when.dateTime = fragment.meta.day;
  const before = [fragment.meta.part, fragment.meta.outlets].filter(Boolean).join(' · ');
  meta.append(`${before} · `, when, fragment.meta.passage ? ` · ¶ ${fragment.meta.passage}` : '');
  const text = document.createElement('p');
  text.className = 'result-excerpt';
  for (const piece of excerpt(fragment.content, query)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else text.append(piece.text);
  }
  item.append(link, meta, text);
  return item;
}

let pending: BackendResult[] = [];
let currentQuery = '';
let searchId = 0;

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
  const backend = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([name, value]) => [name, [value as string]]));
  const sort = state.sort === 'relevance' ? undefined : ({ date: state.sort === 'newest' ? 'desc' : 'asc' } as const);
  const outcome = await findPassages(backend, state.q, { filters, ...(sort ? { sort } : {}), limit: PAGE, records });
  if (id !== searchId) return;
  const ranked = sort
    ? [...outcome.ranked].sort((a, b) => {
        const order = (a.fragment.meta.day ?? '').localeCompare(b.fragment.meta.day ?? '');
        return state.sort === 'newest' ? -order : order;
      })
    : outcome.ranked;
  list.replaceChildren(...ranked.map((entry) => result(entry, state.q)));
  pending = outcome.more;
  moreButton.hidden = pending.length === 0;
  const count = ranked.length + pending.length;
  status.textContent =
    ranked.length === 0
      ? 'No passage matches. Try fewer words, or remove a filter.'
      : outcome.mode === 'exact'
        ? `${count} ${count === 1 ? 'passage holds' : 'passages hold'} this exact phrase.`
        : outcome.mode === 'all-words'
          ? `${count} ${count === 1 ? 'passage holds' : 'passages hold'} every word; the closest first.`
          : 'No passage holds every word. The closest passages:';
  list.dataset.state = 'done';
}

moreButton.addEventListener('click', async () => {
  const next = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const first = list.children.length;
  const loaded = await Promise.all(
    next.map(async (entry) => ({ id: entry.id, fragment: await entry.data(), similarity: 0 })),
  );
  list.append(...loaded.map((entry) => result(entry, currentQuery)));
  moreButton.hidden = pending.length === 0;
  (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
});

let typing: number | undefined;
function searchFromForm(push: boolean): void {
  const state = stateFromForm();
  const url = `${location.pathname}${writeState(state).size ? `?${writeState(state)}` : ''}`;
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
if (!initial.q) input.focus();
