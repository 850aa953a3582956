/**
 * Words as the quote verifier, the concordance and the search page compare
 * them: case, diacritics and apostrophes folded away, spelling variants
 * ("Pashinian", "Qarabağ") folded to one canonical key, and every word keeping
 * its character offsets in the original text, so that a match can be
 * highlighted and cited exactly. Pure and small: it runs in the browser.
 */

/** Variant → canonical key, both already folded (lowercase, no diacritics): "pashinian" → "pashinyan". */
export type Variants = ReadonlyMap<string, string>;

export interface Token {
  /** The word as compared: folded, through the variants, a possessive kept as a trailing "s". */
  key: string;
  /** The key without a possessive ’s: "Pashinyan’s" has the base "pashinyan". */
  base: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

const NO_VARIANTS: Variants = new Map();

/** Function words: they weigh little in a quote and are not worth indexing on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by do does did for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so that the their them then there these they this those to was we were ' +
    'what when which who will with would you your us than too very can could should just also all any'
  ).split(' '),
);

// Letters NFKD leaves whole: Azerbaijani ə and Turkish ı above all, so that "Şuşa" and "Shusha" need
// only a variant entry, not a rule per alphabet.
const LETTERS: Record<string, string> = { ə: 'a', ı: 'i', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe' };
const APOSTROPHES = /['’‘`´ʼ]/gu;
// Soft hyphens and zero-width joiners sit inside words in pasted text; they must not split one.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/gu;
const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060]+(?:['’‘`´ʼ][\p{L}\p{N}\p{M}]+)*/gu;
const ASCII = /^[A-Za-z0-9']*$/u;
const POSSESSIVE = /['’‘`´ʼ]s$/iu;

/** One word folded: lowercase, no diacritics, no apostrophes ("Doesn’t" → "doesnt", "Qarabağ" → "qarabag"). */
export function fold(word: string): string {
  // Most words are plain ASCII: Unicode normalisation is the slow part, and they need none.
  if (ASCII.test(word)) return word.toLowerCase().replace(APOSTROPHES, '');
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[əıøłđħßæœ]/gu, (letter) => LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(INVISIBLE, '');
}

function canonical(folded: string, variants: Variants): string {
  return variants.get(folded) ?? folded;
}

/** The words of a text with their offsets; hyphens and other punctuation separate words. */
export function tokenize(text: string, variants: Variants = NO_VARIANTS): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const folded = fold(raw);
    if (!folded) continue;
    const whole = variants.get(folded);
    let key: string;
    let base: string;
    if (whole !== undefined) {
      key = whole;
      base = whole;
    } else if (POSSESSIVE.test(raw) && folded.length > 1) {
      base = canonical(folded.slice(0, -1), variants);
      key = `${base}s`;
    } else {
      key = folded;
      base = folded;
    }
    tokens.push({ key, base, start, end: start + raw.length });
  }
  return tokens;
}

/** A query's words as canonical keys: what to look for, whichever spelling was typed. */
export function foldQuery(text: string, variants: Variants = NO_VARIANTS): string[] {
  return tokenize(text, variants).map((token) => token.key);
}

/**
 * Whether a passage holds every one of the query's words (from foldQuery) as a word: the same word, a
 * registered variant of it, or its possessive. Never a prefix, a stem or a near spelling, so that a page
 * that says "holds every word" is right to say it.
 */
export function holdsEveryWord(
  passageText: string,
  queryWords: readonly string[],
  variants: Variants = NO_VARIANTS,
): boolean {
  const present = new Set<string>();
  for (const token of tokenize(passageText, variants)) {
    present.add(token.key);
    present.add(token.base);
  }
  return queryWords.every((word) => present.has(canonical(word, variants)));
}

/**
 * A variant map from groups of spellings, the canonical one first (as data/variants.yaml gives them).
 * One-word spellings are taken as given ("Qarabağ" → "karabakh"). Matching is word by word, so a spelling
 * of several words maps word for word onto the canonical one, where both have as many words and the words
 * that differ are near spellings of each other ("Ter-Petrosian" maps "petrosian" → "petrosyan"); an alias
 * that is another name ("Ilham Heydarovich" for "Ilham Aliyev") or has another number of words ("Upper
 * Karabakh") is skipped.
 */
export function variantMap(groups: Iterable<readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  const wordsOf = (spelling: string) => tokenize(spelling).map((token) => token.key);
  for (const group of groups) {
    const [first, ...rest] = group.map(wordsOf);
    if (!first?.length) continue;
    for (const variant of rest) {
      if (variant.length !== first.length) continue;
      const pairs = variant.map((word, at) => [word, first[at]!] as const).filter(([word, to]) => word !== to);
      if (first.length > 1 && !pairs.every(([word, to]) => nearSpelling(word, to))) continue;
      for (const [word, to] of pairs) map.set(word, to);
    }
  }
  return map;
}

/** At most one edit in three letters: "nagorny" and "nagorno", not "heydarovich" and "aliyev". */
function nearSpelling(a: string, b: string): boolean {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]! <= Math.floor(Math.max(a.length, b.length) / 3);
}

/** Every folded spelling that maps to a canonical key, the key first: what to ask an index that knows no variants. */
export function spellings(key: string, variants: Variants): string[] {
  const all = [key];
  for (const [variant, target] of variants) if (target === key && variant !== key) all.push(variant);
  return all;
}
