/**
 * The matches of a pattern that spells out a word of the page's own (a surname, a name) between
 * parts that are the same on every page, found without compiling a pattern for the word. Compiling
 * one with `\p{…}` classes takes about a millisecond, and every page brings new names; the fixed
 * parts are compiled once, as sticky patterns asked where the word is printed, and give the same
 * matches in the same order as the one pattern would (`matchAll` with the `g` and `u` flags).
 */

/** Whether the one pattern reads the word as indexOf() finds it: not empty, no lone surrogate, no leading space. */
function plain(word: string): boolean {
  return word !== '' && !/[\uD800-\uDFFF]/u.test(word) && !/^\s/u.test(word);
}

/** Where a `u` pattern that fails at `at` tries next: past the code point starting there. */
function nextCodePoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return at + 2;
  }
  return at + 1;
}

export interface LiteralMatch {
  text: string;
  /** Where the match starts. */
  index: number;
  /** The one pattern's groups, from its first: match[1], match[2], … */
  groups: (string | undefined)[];
}

/** A match of the one pattern, where it was compiled after all. */
export function literalMatch(match: RegExpExecArray): LiteralMatch {
  return { text: match.input, index: match.index, groups: match.slice(1) };
}

/**
 * Every match of `before` + the word + `after`, where `before` is a lookbehind (or null) and `after`
 * a pattern, both sticky with the `u` flag (and the `m` flag where the one pattern has it), and the
 * word is spelt out as printed: "(?<![\p{L}])Choi[^\S\n]+(\p{Lu}\p{Ll}+-\p{Ll}+)". A match starts
 * where the word is printed, so only those places are asked. Null where the word is not plain.
 */
export function afterWord(
  texts: readonly string[],
  word: string,
  before: RegExp | null,
  after: RegExp,
): LiteralMatch[] | null {
  if (!plain(word)) return null;
  const found: LiteralMatch[] = [];
  for (const text of texts)
    for (let at = text.indexOf(word); at !== -1;) {
      let end = -1;
      if (before) before.lastIndex = at;
      if (!before || before.test(text)) {
        after.lastIndex = at + word.length;
        const groups = after.exec(text);
        if (groups) {
          found.push({ text, index: at, groups: groups.slice(1) });
          end = after.lastIndex;
        }
      }
      at = text.indexOf(word, end === -1 ? at + 1 : end);
    }
  return found;
}

/**
 * Every match of "((?:WORD){1,3})" + the word + `after`, where WORD, given as `capitalised` (sticky,
 * `u`), is a capitalised word and the spaces after it, `\p{Lu}[…]*[^\S\n\t]+` with a class of
 * letters, marks and punctuation but no space: "Kenji Morita", "DIANA K. LEE". Such a word matches
 * one way only, up to the first space, and its spaces up to what follows, so the one pattern's match
 * at a place is the longest run of up to three words there that ends where the word is printed and
 * `after` matches, or failing that a shorter one. Null where the word is not plain.
 */
export function wordsBefore(
  texts: readonly string[],
  word: string,
  capitalised: RegExp,
  after: RegExp,
): LiteralMatch[] | null {
  if (!plain(word)) return null;
  const found: LiteralMatch[] = [];
  const ends: number[] = [];
  for (const text of texts) {
    // A match starts before a place the word is printed: none after the last.
    let next = text.indexOf(word, 1);
    for (let at = 0; next !== -1;) {
      ends.length = 0;
      for (let end = at; ends.length < 3;) {
        capitalised.lastIndex = end;
        if (!capitalised.test(text)) break;
        end = capitalised.lastIndex;
        ends.push(end);
      }
      let matched: LiteralMatch | null = null;
      for (let count = ends.length; count > 0; count--) {
        const end = ends[count - 1] as number;
        if (!text.startsWith(word, end)) continue;
        after.lastIndex = end + word.length;
        const groups = after.exec(text);
        if (!groups) continue;
        matched = { text, index: at, groups: [text.slice(at, end), ...groups.slice(1)] };
        break;
      }
      if (matched) found.push(matched);
      at = matched ? after.lastIndex : nextCodePoint(text, at);
      if (next <= at) next = text.indexOf(word, at + 1);
    }
  }
  return found;
}

/**
 * The matches of `before` + `core` + `after`, where `core` (global) is the one pattern's own part and
 * the costly classes are in `before` and `after`, a lookbehind and a lookahead (sticky, with the
 * same flags as the one pattern), compiled once: "(?<![\p{L}\p{M}])Leung[^\S\n]+Wai-keung(?![\p{L}\p{M}])".
 * Exact where `core` matches at a place one way only, as a run of words spelt out matches (each of
 * their characters is one character of the text, each run of spaces runs to the next word): at the
 * first place it matches and the lookarounds hold, as the one pattern's next match does.
 */
export function matchesBetween(text: string, core: RegExp, before: RegExp, after: RegExp): string[] {
  const found: string[] = [];
  for (let at = 0; at <= text.length;) {
    core.lastIndex = at;
    const match = core.exec(text);
    if (!match) break;
    const end = match.index + match[0].length;
    before.lastIndex = match.index;
    after.lastIndex = end;
    if (match[0] !== '' && before.test(text) && after.test(text)) {
      found.push(match[0]);
      at = end;
    } else at = nextCodePoint(text, match.index);
  }
  return found;
}

/** Spaces but a line break, as `[^\S\n]+` reads them. */
const SPACES_IN_LINE = /[^\S\n]+/uy;

/**
 * The characters a case-insensitive `u` pattern reads as an ASCII character: its two cases, and the
 * Kelvin sign for "k", the long s for "s" (Unicode's simple case folding; no other character folds
 * to an ASCII one).
 */
function caselessAscii(printed: number, wanted: number): boolean {
  if (printed === wanted) return true;
  const lower = wanted | 0x20;
  if (lower < 0x61 || lower > 0x7a) return false;
  return (printed | 0x20) === lower || (lower === 0x6b && printed === 0x212a) || (lower === 0x73 && printed === 0x17f);
}

/** Where the words, read as caselessAsciiMatches() reads them, end when printed from `at`; -1 where they are not. */
function caselessWordsAt(text: string, words: readonly string[], at: number): number {
  let end = at;
  for (let index = 0; index < words.length; index++) {
    if (index > 0) {
      SPACES_IN_LINE.lastIndex = end;
      if (!SPACES_IN_LINE.test(text)) return -1;
      end = SPACES_IN_LINE.lastIndex;
    }
    const word = words[index] as string;
    if (end + word.length > text.length) return -1;
    for (let offset = 0; offset < word.length; offset++)
      if (!caselessAscii(text.charCodeAt(end + offset), word.charCodeAt(offset))) return -1;
    end += word.length;
  }
  return end;
}

/**
 * matchesBetween() for a core that spells out words of printable ASCII, case-insensitively with the
 * `u` flag, a run of spaces but a line break between two (`Leung[^\S\n]+Wai-keung`, flags `giu`),
 * with no pattern compiled for the words: each word opens with no space, so the spaces before it are
 * all the spaces there, and the core matches at a place one way only.
 */
export function caselessAsciiMatches(text: string, words: readonly string[], before: RegExp, after: RegExp): string[] {
  const found: string[] = [];
  for (let at = 0; at <= text.length;) {
    let start = at;
    let end = -1;
    for (; start < text.length; start++) {
      end = caselessWordsAt(text, words, start);
      if (end !== -1) break;
    }
    if (end === -1) break;
    before.lastIndex = start;
    after.lastIndex = end;
    if (before.test(text) && after.test(text)) {
      found.push(text.slice(start, end));
      at = end;
    } else at = nextCodePoint(text, start);
  }
  return found;
}
