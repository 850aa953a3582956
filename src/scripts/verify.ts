/**
 * /verify/: a quote as a newspaper printed it, checked against the transcripts in the browser, on
 * the search index. The search finds the passages most like it; the aligner reads the quote against
 * each word by word and keeps the best: verbatim, verbatim with cuts, a close paraphrase (with the
 * words changed), or not found in this corpus.
 */
import { humanCitation } from '../lib/cite/citation.ts';
import { findPassages, type SearchBackend } from '../lib/search/rerank.ts';
import { useVariants } from '../lib/search/words.ts';
import { bestPassage, type Alignment } from '../lib/verify/align.ts';

const form = document.getElementById('verify') as HTMLFormElement;
const input = form.elements.namedItem('quote') as HTMLTextAreaElement;
const status = document.getElementById('verify-status') as HTMLElement;
const output = document.getElementById('verify-result') as HTMLElement;
const bundle = form.dataset.bundle ?? '/pagefind/';
const base = form.dataset.base ?? '/';

const VERDICTS: Record<Alignment['verdict'], string> = {
  verbatim: 'Verbatim: the transcript says exactly this.',
  'verbatim-with-cuts': 'Verbatim with cuts: the words are the transcript’s, with some left out.',
  'close-paraphrase': 'Close paraphrase: most words are the transcript’s, some are changed.',
  'not-found': 'Not found in this corpus: no passage says this, or anything close to it.',
};

let loaded: Promise<{ backend: SearchBackend; variants: Map<string, string> }> | undefined;
function load() {
  loaded ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as SearchBackend & {
      options: (options: Record<string, unknown>) => Promise<void>;
    };
    await module.options({ basePath: bundle, baseUrl: base });
    const pairs = (await fetch(`${bundle}variants.json`).then((response) => (response.ok ? response.json() : []))) as [
      string,
      string,
    ][];
    useVariants(pairs);
    return { backend: module, variants: new Map(pairs) };
  })();
  return loaded;
}

function piece(text: string, className?: string): HTMLElement {
  const span = document.createElement(className ? 'mark' : 'span');
  if (className) span.className = className;
  span.textContent = text;
  return span;
}

async function verify(quote: string): Promise<void> {
  output.replaceChildren();
  status.textContent = 'Checking…';
  try {
    const { backend, variants } = await load();
    const outcome = await findPassages(backend, quote, { documents: 8 });
    const best = bestPassage(quote, outcome.ranked.slice(0, 12), { variants, text: (entry) => entry.passage.text });
    if (!best || best.alignment.verdict === 'not-found') {
      status.textContent = VERDICTS['not-found'];
      return;
    }
    const { candidate, alignment } = best;
    status.textContent = VERDICTS[alignment.verdict];
    const where = document.createElement('p');
    const link = document.createElement('a');
    link.href = candidate.url;
    link.textContent = `${candidate.speaker ?? 'Publisher’s text'}, in “${candidate.meta.title}”, ${candidate.meta.date}`;
    where.append('Found in ', link, '.');
    const passage = document.createElement('blockquote');
    passage.className = 'quote verify-passage';
    const text = candidate.passage.text;
    const [start, end] = alignment.span ?? [0, 0];
    passage.append(piece(text.slice(0, start)), piece(text.slice(start, end), 'verify-span'), piece(text.slice(end)));
    const changes = document.createElement('ul');
    changes.className = 'verify-changes';
    for (const [quoted, printed] of alignment.changes.changed) {
      const item = document.createElement('li');
      item.append('The quote says ', piece(`“${quoted}”`), ', the transcript ', piece(`“${printed}”`), '.');
      changes.append(item);
    }
    if (alignment.changes.missing.length > 0) {
      const item = document.createElement('li');
      item.textContent = `Left out of the quote: ${alignment.changes.missing.map((word) => `“${word}”`).join(', ')}.`;
      changes.append(item);
    }
    if (alignment.changes.inserted.length > 0) {
      const item = document.createElement('li');
      item.textContent = `In the quote, not in the transcript: ${alignment.changes.inserted.map((word) => `“${word}”`).join(', ')}.`;
      changes.append(item);
    }
    const citation = document.createElement('p');
    citation.className = 'verify-citation';
    const url = new URL(candidate.url, location.href).href;
    const now = new Date();
    citation.textContent = humanCitation({
      speaker: candidate.speaker,
      text: text.slice(start, end) || text,
      title: candidate.meta.title,
      kind: 'Interview',
      outlets: candidate.meta.outlets ? candidate.meta.outlets.split(', ') : [],
      date: {
        value: candidate.meta.day,
        precision: candidate.meta.day ? 'day' : 'unknown',
        display: candidate.meta.date,
      },
      url,
      siteName: 'Parley',
      accessed: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
      documentId: new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '',
      passageIds: [candidate.passage.id ?? ''],
    });
    output.append(where, passage, ...(changes.children.length > 0 ? [changes] : []), citation);
  } catch {
    status.textContent = 'The check could not run: the search index did not load.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void verify(input.value);
});
const initial = new URLSearchParams(location.search).get('quote');
if (initial) {
  input.value = initial;
  void verify(initial);
}
