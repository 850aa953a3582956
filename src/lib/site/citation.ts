/**
 * The citation line a reader pastes into a footnote: who said it, their opening
 * words, where and when, and the passage's permanent address. Shared by the
 * page script (the "Cite" action) and the tests.
 */
export interface CitationParts {
  /** Who speaks the passage, or null for the publisher's narration. */
  speaker: string | null;
  text: string;
  /** The document's title as printed. */
  title: string;
  /** Outlets, already joined ("Al Jazeera"), or empty. */
  outlets: string;
  /** The date as worded on the page ("2 October 2020", "between 2 and 6 October 2020"). */
  date: string;
  url: string;
}

const OPENING_WORDS = 12;

export function openingWords(text: string, count = OPENING_WORDS): string {
  const words = text.trim().split(/\s+/u);
  if (words.length <= count) return text.trim();
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.]+$/u, '')}…`;
}

export function citationLine(parts: CitationParts): string {
  const who = parts.speaker ?? 'Publisher’s text';
  const where = [parts.outlets, parts.date].filter(Boolean).join(', ');
  return `${who}: “${openingWords(parts.text)}” In “${parts.title}”${where ? `, ${where}` : ''}. ${parts.url}`;
}
