/**
 * A transcript as plain text or Markdown (with an anchor on every passage), made in the browser
 * from the document's own data file: the site stores each transcript once, as JSON.
 */
import { documentAsMarkdown, documentAsText, permanentUrlOf, type Names } from '../lib/cite/exports.ts';
import type { CorpusDocument } from '../lib/corpus/schema.ts';

const panel = document.querySelector<HTMLElement>('[data-downloads]');
if (panel) {
  const names = JSON.parse(panel.dataset.names ?? '{}') as {
    speaker: Record<string, { name: string; anonymous: boolean }>;
    outlet: Record<string, { name: string }>;
  };
  const lookup: Names = {
    speaker: new Map(Object.entries(names.speaker)),
    outlet: new Map(Object.entries(names.outlet)),
  };
  const urlOf = permanentUrlOf(panel.dataset.site || location.origin, panel.dataset.base ?? '/');
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const record = (await (await fetch(panel.dataset.json ?? '')).json()) as CorpusDocument;
      const markdown = button.dataset.format === 'md';
      const text = markdown ? documentAsMarkdown(record, lookup, urlOf) : documentAsText(record, lookup, urlOf);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: markdown ? 'text/markdown' : 'text/plain' }));
      link.download = `${record.id}.${markdown ? 'md' : 'txt'}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
  }
}
