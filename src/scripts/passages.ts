/**
 * Small conveniences on a transcript page, all optional: reading and ¶ links
 * work without them. A range link (#first..last) highlights its span; "Copy
 * link" and "Cite" put a passage's address or citation line on the clipboard;
 * shift-click on a second ¶ links the span between it and the one in view.
 */
import { citationsFor, showCitations } from './citing.ts';

const RANGE = /^#(p-[a-z0-9-]+)\.\.(p-[a-z0-9-]+)$/u;

/** The location's #fragment, decoded; a malformed one (a stray "%") is taken as printed. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash);
  } catch {
    return location.hash;
  }
}
const article = document.querySelector<HTMLElement>('article.document');

function passages(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.passage')];
}

/** The passage an id names: its own, or one it had before a correction (an alias anchor inside it). */
function passageNamed(id: string | undefined): HTMLElement | null {
  return id ? (document.getElementById(id)?.closest<HTMLElement>('.passage') ?? null) : null;
}

function showRange(): void {
  for (const element of document.querySelectorAll('.in-range')) element.classList.remove('in-range', 'range-start');
  const match = RANGE.exec(fragment());
  if (!match) return;
  const all = passages();
  let from = all.indexOf(passageNamed(match[1]) as HTMLElement);
  let to = all.indexOf(passageNamed(match[2]) as HTMLElement);
  if (from < 0 || to < 0) return;
  if (from > to) [from, to] = [to, from];
  all.slice(from, to + 1).forEach((element) => element.classList.add('in-range'));
  const first = all[from] as HTMLElement;
  first.classList.add('range-start');
  first.scrollIntoView({ block: 'start' });
}

const status = document.createElement('div');
status.className = 'toast';
status.setAttribute('role', 'status');
document.body.append(status);
let statusTimer: number | undefined;

function announce(message: string): void {
  status.textContent = message;
  status.classList.add('toast--visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => status.classList.remove('toast--visible'), 6000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The passages a tool acts on: the range the address names, if this passage is in it; else the passage. */
function chosenFrom(passage: HTMLElement): HTMLElement[] {
  const range = RANGE.exec(fragment());
  if (range) {
    const all = passages();
    let from = all.indexOf(passageNamed(range[1]) as HTMLElement);
    let to = all.indexOf(passageNamed(range[2]) as HTMLElement);
    if (from > to) [from, to] = [to, from];
    const at = all.indexOf(passage);
    if (from >= 0 && at >= from && at <= to) return all.slice(from, to + 1);
  }
  return [passage];
}

/** The permanent address of a passage or a range, on the site's public address when it has one. */
function addressOf(chosen: readonly HTMLElement[]): string {
  const first = chosen[0]?.id ?? '';
  const last = chosen.at(-1)?.id ?? first;
  const hash = first === last ? first : `${first}..${last}`;
  const origin = article?.dataset.site || location.origin;
  return `${origin}${location.pathname}#${hash}`;
}

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const button = target.closest<HTMLButtonElement>('button[data-action]');
  const passage = target.closest<HTMLElement>('.passage');
  if (button && passage) {
    const chosen = chosenFrom(passage);
    const url = addressOf(chosen);
    if (button.dataset.action === 'cite') {
      const heading =
        chosen.length > 1 ? `Cite passages ${chosen[0]?.id} to ${chosen.at(-1)?.id}` : `Cite ${passage.id}`;
      showCitations(heading, citationsFor(chosen, url), async (text) => {
        announce(`${(await copy(text)) ? 'Copied' : 'Copy this'}: ${text.split('\n')[0]}`);
      });
      return;
    }
    announce(`${(await copy(url)) ? 'Copied' : 'Copy this'}: ${url}`);
    return;
  }
  const permalink = target.closest<HTMLAnchorElement>('a.permalink');
  const current = passageNamed(location.hash.slice(1).split('..')[0])?.id;
  if (permalink && passage && event instanceof MouseEvent && event.shiftKey && current && current !== passage.id) {
    event.preventDefault();
    const ids = passages().map((element) => element.id);
    const [first, last] = [current, passage.id].sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
    history.pushState(null, '', `#${first}..${last}`);
    showRange();
  }
});

/** "Copy link" and "Cite" after each ¶: they work only with this script, so it is this script that adds them. */
function addTools(): void {
  for (const permalink of document.querySelectorAll<HTMLAnchorElement>('.passage-tools a.permalink')) {
    const id = permalink.closest<HTMLElement>('.passage')?.id ?? '';
    const tools = [
      ['copy', 'Copy link', ` to ${id}`],
      ['cite', 'Cite', ` ${id}`],
    ].map(([action, label, hidden]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tool';
      button.dataset.action = action;
      const rest = document.createElement('span');
      rest.className = 'visually-hidden';
      rest.textContent = hidden as string;
      button.append(label as string, rest);
      return button;
    });
    permalink.after(' ', tools[0] as HTMLButtonElement, ' ', tools[1] as HTMLButtonElement);
  }
}
addTools();
window.addEventListener('hashchange', showRange);
showRange();

/** Arriving from a search result (?highlight=words): mark those words in the passage it points to. */
function highlightSearchTerms(): void {
  const wanted = new URLSearchParams(location.search).get('highlight');
  const target = passageNamed(fragment().slice(1));
  const text = target?.querySelector('.passage-text');
  if (!wanted || !text) return;
  const terms = wanted
    .toLowerCase()
    .match(/[\p{L}\p{N}’']{3,}/gu)
    ?.map((term) => term.replace(/[’']/gu, "[’']").replace(/[.*+?^${}()|\\]/gu, '\\$&'));
  if (!terms?.length) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}’']*`, 'giu');
  const source = text.textContent ?? '';
  const pieces: (string | HTMLElement)[] = [];
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    pieces.push(source.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    pieces.push(mark);
    last = match.index + match[0].length;
  }
  pieces.push(source.slice(last));
  text.replaceChildren(...pieces);
}
highlightSearchTerms();
