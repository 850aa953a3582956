/**
 * A quote as a newspaper printed it, read into words for the verifier. The
 * printed form carries editing marks that are not the speaker's words: an
 * ellipsis ("...", "…", "[…]") says words were left out there, and brackets
 * ("[the country]") are the editor's own words. "[T]he" only changes a letter's
 * case, and "[sic]" adds nothing: both are read through.
 */
import { fold, tokenize, type Token, type Variants } from './words.ts';

export interface QuoteToken extends Token {
  /** Inside brackets: the editor's words, not the speaker's. */
  editorial: boolean;
  /** An ellipsis stands between this word and the one before it. */
  cutBefore: boolean;
}

const MARKS = /(\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|\(\s*(?:…|\.(?:\s?\.){2,})\s*\)|…|\.(?:\s?\.){2,})|\[([^[\]]*)\]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function readQuote(quote: string, variants?: Variants): QuoteToken[] {
  // The cleaned text keeps, for each of its characters, the offset it came from in the printed quote.
  let clean = '';
  const from: number[] = [];
  const cuts: number[] = [];
  const editorial: [number, number][] = [];
  const copy = (start: number, end: number) => {
    for (let at = start; at < end; at++) {
      clean += quote[at];
      from.push(at);
    }
  };
  let last = 0;
  for (const match of quote.matchAll(MARKS)) {
    copy(last, match.index);
    last = match.index + match[0].length;
    const content = match[2];
    if (content === undefined) {
      cuts.push(clean.length);
      clean += ' ';
      from.push(match.index);
      continue;
    }
    const inner = fold(content).trim();
    if (inner === '' || inner === 'sic') {
      clean += ' ';
      from.push(match.index);
      continue;
    }
    const before = quote[match.index - 1] ?? '';
    const after = quote[last] ?? '';
    if (WORDLIKE.test(before) || WORDLIKE.test(after)) {
      copy(match.index + 1, last - 1);
      continue;
    }
    clean += ' ';
    from.push(match.index);
    const start = clean.length;
    copy(match.index + 1, last - 1);
    editorial.push([start, clean.length]);
    clean += ' ';
    from.push(last - 1);
  }
  copy(last, quote.length);
  from.push(quote.length);

  let previousEnd = 0;
  let cut = 0;
  return tokenize(clean, variants).map((token, index) => {
    while (cut < cuts.length && (cuts[cut] as number) < previousEnd) cut++;
    const cutBefore = cut < cuts.length && (cuts[cut] as number) < token.start;
    previousEnd = token.end;
    return {
      ...token,
      start: from[token.start] as number,
      end: (from[token.end - 1] as number) + 1,
      editorial: editorial.some(([start, end]) => token.start >= start && token.end <= end),
      cutBefore: cutBefore && index > 0,
    };
  });
}
