/**
 * /concordance/?w=…: every occurrence of a word or phrase with the words either side, sortable by
 * the word before or after, filtered by speaker, outlet and year, with counts by month; each line
 * links to its passage. Static: a word loads only its own part of the index (src/lib/concordance/).
 */
import { concordance, countByMonth, filterLines, sortLines, type Line } from '../lib/concordance/lookup.ts';
import { routesFor } from '../lib/site/routes.ts';

const found = document.getElementById('concordance');
// The page has no form when the archive is too large for a concordance.
const form = (found ?? document.createElement('form')) as HTMLFormElement;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement & HTMLSelectElement;
const status = document.getElementById('concordance-status') as HTMLElement;
const table = document.getElementById('concordance-lines') as HTMLTableSectionElement;
const months = document.getElementById('concordance-months') as HTMLElement;
const root = form.dataset.index ?? '/concordance/';
const routes = routesFor(form.dataset.base ?? '/');
const names = JSON.parse(form.dataset.names ?? '{}') as {
  speakers: Record<string, string>;
  outlets: Record<string, string>;
};
const index = concordance((path) =>
  fetch(`${root}${path}`).then((response) => {
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  }),
);
let lines: Line[] = [];

function options(select: HTMLSelectElement, values: Map<string, string>): void {
  const chosen = select.value;
  select.replaceChildren(
    new Option('Any', ''),
    ...[...values].sort(([, a], [, b]) => (a < b ? -1 : 1)).map(([value, label]) => new Option(label, value)),
  );
  select.value = values.has(chosen) ? chosen : '';
}

function show(): void {
  const filtered = filterLines(lines, {
    ...(field('speaker').value ? { speaker: field('speaker').value } : {}),
    ...(field('outlet').value ? { outlet: field('outlet').value } : {}),
    ...(field('year').value ? { year: field('year').value } : {}),
  });
  const sorted = sortLines(filtered, field('sort').value as 'left' | 'right' | 'date');
  table.replaceChildren(
    ...sorted.slice(0, 2000).map((line) => {
      const row = document.createElement('tr');
      const left = document.createElement('td');
      left.className = 'kwic-left';
      left.textContent = line.left;
      const hit = document.createElement('td');
      hit.className = 'kwic-hit';
      const link = document.createElement('a');
      link.href = routes.passage(line.document, line.passage);
      link.textContent = line.hit;
      hit.append(link);
      const right = document.createElement('td');
      right.textContent = line.right;
      const who = document.createElement('td');
      who.className = 'muted';
      who.textContent = [line.speaker ? (names.speakers[line.speaker] ?? line.speaker) : '', line.date ?? '']
        .filter(Boolean)
        .join(', ');
      row.append(left, hit, right, who);
      return row;
    }),
  );
  const counts = countByMonth(filtered);
  months.textContent = counts.months.map(({ month, count }) => `${month}: ${count}`).join(' · ');
  status.textContent = `${filtered.length} of ${lines.length} occurrences${sorted.length > 2000 ? ' (the first 2,000 shown)' : ''}.`;
}

async function look(word: string): Promise<void> {
  if (!word.trim()) return;
  status.textContent = 'Looking up…';
  try {
    const found = await index.lookup(word);
    if (found.unindexed) {
      status.textContent =
        'Only very common words: nothing is indexed for these. Try a rarer word or a phrase with one.';
      lines = [];
    } else {
      lines = found.lines;
    }
    options(
      field('speaker'),
      new Map(
        lines.flatMap((line) => (line.speaker ? [[line.speaker, names.speakers[line.speaker] ?? line.speaker]] : [])),
      ),
    );
    options(
      field('outlet'),
      new Map(lines.flatMap((line) => line.outlets.map((id) => [id, names.outlets[id] ?? id] as [string, string]))),
    );
    options(
      field('year'),
      new Map(lines.flatMap((line) => (line.date ? [[line.date.slice(0, 4), line.date.slice(0, 4)]] : []))),
    );
    if (!found.unindexed) show();
  } catch {
    status.textContent = 'The concordance could not be loaded here.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const word = field('w').value;
  history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ w: word }).toString()}`);
  void look(word);
});
if (found) for (const name of ['sort', 'speaker', 'outlet', 'year']) field(name).addEventListener('change', show);
const initial = found ? new URLSearchParams(location.search).get('w') : null;
if (initial) {
  field('w').value = initial;
  void look(initial);
}
