/** A passage's opening words, for a list that quotes many: read from its document (./records.ts). */
import { loadDocument } from './records.ts';

export function passageText(document: string, passage: string): string {
  for (const turn of loadDocument(document).turns) {
    for (const candidate of turn.passages) if (candidate.id === passage) return candidate.text;
  }
  return '';
}

export function opening(text: string, words = 45): string {
  const all = text.split(/\s+/u);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
