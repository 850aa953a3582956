/**
 * /compare/?a=<doc>#<passage>&b=<doc>#<passage>: two passages side by side, the words they share
 * marked, so a reader sees what stayed and what changed between two tellings of one point.
 */
import type { CorpusDocument } from '../lib/corpus/schema.ts';
import { stem } from '../lib/search/rerank.ts';
import { words } from '../lib/search/words.ts';
import { routesFor } from '../lib/site/routes.ts';

const root = document.getElementById('compare') as HTMLElement;
const data = root.dataset.data ?? '/data/';
const routes = routesFor(root.dataset.base ?? '/');

async function passage(ref: string) {
  const [documentId, passageId] = ref.split('#') as [string, string];
  const record = (await (await fetch(`${data}documents/${documentId}.json`)).json()) as CorpusDocument;
  for (const turn of record.turns) {
    for (const candidate of turn.passages) {
      if (candidate.id === passageId)
        return { record, turn, passage: candidate, href: routes.passage(documentId, passageId) };
    }
  }
  throw new Error(`${ref}: no such passage`);
}

function marked(text: string, other: ReadonlySet<string>): (string | HTMLElement)[] {
  return text.split(/(\s+)/u).map((token) => {
    const shared = words(token).some((word) => word.length > 3 && other.has(stem(word)));
    if (!shared) return token;
    const mark = document.createElement('mark');
    mark.textContent = token;
    return mark;
  });
}

async function compare(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const status = root.querySelector('[role="status"]') as HTMLElement;
  try {
    const [a, b] = await Promise.all([passage(params.get('a') ?? ''), passage(params.get('b') ?? '')]);
    const stems = (text: string) => new Set(words(text).map(stem));
    const columns = [a, b].map((side, at) => {
      const column = document.createElement('section');
      column.className = 'compare-side';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = side.href;
      link.textContent = `${side.record.title} (${side.record.date.value ?? 'date unknown'})`;
      heading.append(link);
      const text = document.createElement('p');
      text.className = 'passage-text';
      text.append(...marked(side.passage.text, stems((at === 0 ? b : a).passage.text)));
      column.append(heading, text);
      return column;
    });
    root.querySelector('.compare-columns')?.replaceChildren(...columns);
    status.textContent = 'Words both passages use are marked.';
  } catch {
    status.textContent = 'These passages could not be found: the link may be wrong.';
  }
}
void compare();
