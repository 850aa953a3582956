/** Small text helpers shared by the pipeline steps. */
import slugifyWords from '@sindresorhus/slugify';

/**
 * The text with no-break and thin spaces as plain spaces, for pattern matching only: same length,
 * so offsets found in it hold for the text as printed.
 */
export function matchable(text: string): string {
  return text.replace(/[\u00A0\u2007\u2009\u202F]/gu, ' ');
}

/** Lowercase, strip diacritics and punctuation, fold spaces: for matching names, not for display. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[“”"«»„‘’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A readable id from any Latin or Cyrillic text ("Søren Østergaard" → soren-ostergaard, "Lech Wałęsa"
 * → lech-walesa, "Владимир Путин" → vladimir-putin): diacritics dropped first, so "Türk" is "turk";
 * other letters transliterated by @sindresorhus/slugify. Empty for scripts it cannot spell in Latin.
 */
export function slugify(text: string, maxWords = 8): string {
  return slugifyWords(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[’'`´]/gu, ''),
    { decamelize: false },
  )
    .split('-')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

export function wordCount(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of the phrases, longest first, tolerant of apostrophe and hyphen/space variants. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split(/[-\s]+/)
        .map((token) => escapeRegExp(token).replace(/['’]/g, "['’]"))
        .join('[-\\s]?'),
    )
    .join('|');
}

/** Regex matching any of the phrases as whole words, case-insensitively. */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

/** Regex for a form of address used as one ("Mr. President, …", "…, sir?", "dear Vladimir Vladimirovich"). */
export function vocativeRegExp(forms: readonly string[]): RegExp | null {
  if (forms.length === 0) return null;
  const alternation = phraseAlternation(forms);
  return new RegExp(
    `(?:^(?:${alternation})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation})(?=\\s*(?:[,!?;]|\\.(?:\\s|$)|$)))`,
    'iu',
  );
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
