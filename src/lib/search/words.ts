/**
 * A query's and a passage's words as the search compares them, the same in the browser and in the
 * build (which counts the corpus's commonest words with it): lowercase, without diacritics or
 * punctuation; "doesn’t" and "doesn't" are one word.
 */
export function words(text: string): string[] {
  const found = PLAIN.test(text) ? plainWords(text) : unicodeWords(text);
  return variants.size === 0 ? found : found.map((word) => variants.get(word) ?? word);
}

function unicodeWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * ASCII and the typographer's quotes, dashes and spaces, which no normalisation changes: most of
 * an English corpus, whose words the build counts passage by passage. Read in one pass, with the
 * same words as unicodeWords.
 */
const PLAIN = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/u;

function plainWords(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  let word = '';
  let start = -1;
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = at;
      continue;
    }
    if (start >= 0) word += lower.slice(start, at);
    start = -1;
    // An apostrophe is dropped, not a break: "doesn't" is "doesnt".
    if (code === 39 || code === 96 || code === 0x2018 || code === 0x2019) continue;
    if (word) found.push(word);
    word = '';
  }
  return found;
}

/** Spelling → the one spelling it stands for ("pashinian" → "pashinyan"), once the page has loaded them. */
let variants: ReadonlyMap<string, string> = new Map();
let spellings = new Map<string, string[]>();

/**
 * Spellings of one name or word (data/variants.yaml and the registries' aliases): from now on they
 * compare as one word, and the index is asked for each of them.
 */
export function useVariants(pairs: readonly (readonly [string, string])[]): void {
  variants = new Map(pairs);
  spellings = new Map();
  for (const [variant, target] of pairs) spellings.set(target, [...(spellings.get(target) ?? [target]), variant]);
}

/** Every spelling of a word that the index may hold. */
export function spellingsOf(word: string): string[] {
  return spellings.get(word) ?? [word];
}

/** `common-words.json`, written with the corpus for the search page. */
export interface CommonWords {
  /** The commonest words by the passages that use them, commonest first. */
  commonest: string[];
  /** The words nearly every document uses (none in a small corpus). */
  everywhere: string[];
}

/** How many passages use each word, over every `every`-th passage: the commonest words of a corpus. */
export class WordCounter {
  private readonly counts = new Map<string, number>();
  private readonly every: number;
  private seen = 0;

  constructor(every = 1) {
    this.every = every;
  }

  add(text: string): void {
    if (this.seen++ % this.every !== 0) return;
    for (const word of new Set(words(text))) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  /** The `limit` commonest, commonest first (ties in alphabetical order, so the list is the same every build). */
  commonest(limit: number): string[] {
    return [...this.counts.entries()]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([word]) => word);
  }
}

/**
 * Which words nearly every document uses, over every `every`-th document: a search that asks the
 * index for them narrows nothing and pays for their chunks, the largest there are.
 */
export class DocumentWordCounter {
  private readonly counts = new Map<string, number>();
  private readonly every: number;
  private seen = 0;
  private counted = 0;

  constructor(every = 1) {
    this.every = every;
  }

  /** A document's texts, asked for only when this document is one of those counted. */
  add(texts: () => Iterable<string>): void {
    if (this.seen++ % this.every !== 0) return;
    this.counted++;
    const used = new Set<string>();
    for (const text of texts()) for (const word of words(text)) used.add(word);
    for (const word of used) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  /**
   * The words at least `share` of the counted documents use, in alphabetical order; none until
   * `minimum` documents were counted, since in a small corpus every word still narrows the search.
   */
  everywhere(share: number, minimum: number): string[] {
    if (this.counted < minimum) return [];
    return [...this.counts.entries()]
      .filter(([, count]) => count >= share * this.counted)
      .map(([word]) => word)
      .sort();
  }
}
