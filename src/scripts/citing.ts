/**
 * "Cite" on a passage or a range: a dialog with the citation a reader pastes (the whole passage
 * or range, speaker, interviewer, outlet, date, Parley, the permanent address and the day it was
 * read) and the same in CSL-JSON, BibTeX and RIS for reference managers, each with a Copy button.
 * The document's facts come from the page (data-cite), the passages from the transcript itself.
 */
import { bibtex, cslJson, humanCitation, ris } from '../lib/cite/citation.ts';
import { citationFromFacts, type ChosenPassage, type DocumentCitationFacts } from '../lib/cite/input.ts';

/** The reader's own day, not the UTC one: a citation says when they read it. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function chosen(passages: readonly HTMLElement[]): ChosenPassage[] {
  return passages.map((passage) => ({
    id: passage.id,
    speaker: passage.closest<HTMLElement>('.turn')?.dataset.speakerId ?? null,
    quotes: (passage.dataset.quotes ?? '').split(' ').filter(Boolean),
    text: passage.querySelector('.passage-text')?.textContent ?? '',
  }));
}

export function citationsFor(passages: readonly HTMLElement[], url: string): { label: string; text: string }[] {
  const facts = JSON.parse(
    document.querySelector<HTMLElement>('[data-cite]')?.dataset.cite ?? '{}',
  ) as DocumentCitationFacts;
  const input = citationFromFacts(facts, chosen(passages), { url, accessed: today() });
  return [
    { label: 'Citation', text: humanCitation(input) },
    { label: 'CSL-JSON', text: `${JSON.stringify([cslJson(input)], null, 2)}\n` },
    { label: 'BibTeX', text: bibtex(input) },
    { label: 'RIS', text: ris(input) },
  ];
}

let dialog: HTMLDialogElement | null = null;

/** Shows the citations; `copy` puts one on the clipboard and says so. */
export function showCitations(
  heading: string,
  citations: { label: string; text: string }[],
  copy: (text: string) => void,
): void {
  dialog?.remove();
  dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-heading');
  const title = document.createElement('h2');
  title.id = 'cite-heading';
  title.textContent = heading;
  dialog.append(title);
  for (const [at, citation] of citations.entries()) {
    const section = document.createElement(at === 0 ? 'div' : 'details');
    section.className = 'cite-format';
    const label = document.createElement(at === 0 ? 'h3' : 'summary');
    label.textContent = citation.label;
    const text = document.createElement(at === 0 ? 'p' : 'pre');
    text.className = 'cite-text';
    text.textContent = citation.text;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Copy ${citation.label === 'Citation' ? 'the citation' : citation.label}`;
    button.addEventListener('click', () => copy(citation.text));
    section.append(label, text, button);
    dialog.append(section);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog?.close());
  dialog.append(close);
  document.body.append(dialog);
  dialog.showModal();
}
