/** Small text helpers shared by the pipeline steps. */
import slugifyWords from '@sindresorhus/slugify';

/**
 * The text with no-break and thin spaces as plain spaces, for pattern matching only: same length,
 * so offsets found in it hold for the text as printed.
 */
export function matchable(text: string): string {
  return text.replace(/[\u00A0\u2007\u2009\u202F]/g, ' ');
}

/** Nothing a reader can see: white space, zero-width and other format characters (U+200B, U+2060, U+FEFF, bidi controls). */
export function isInvisible(text: string): boolean {
  return /^[\s\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]*$/u.test(text);
}

/**
 * Short texts already folded: names, labels and single words are folded again and again (every
 * turn's label, every word of every name read). fold() depends on its text alone, so an entry
 * never goes stale; the map is emptied when full, to keep its memory small.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX_ENTRIES = 10_000;
const FOLDED_MAX_LENGTH = 80;

/** Lowercase, strip diacritics and punctuation, fold spaces: for matching names, not for display. */
export function fold(text: string): string {
  if (text.length > FOLDED_MAX_LENGTH) return foldText(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX_ENTRIES) FOLDED.clear();
    folded = foldText(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

function foldText(text: string): string {
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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** An ASCII letter or digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The character at `at` (a whole code point) is a letter or digit; ASCII without a regex. */
function wordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiWordCode(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/**
 * Words as /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*\/gu counts them ("doesn’t" and "co-chairs" one
 * each), by one pass over the text: every passage of a large corpus is counted.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const wide = code >= 0xd800 && code <= 0xdbff;
    if (code < 128 ? isAsciiWordCode(code) : wordCharAt(text, at)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(
      inWord &&
      (code === 39 || code === 0x2019 || code === 45) &&
      at + 1 < text.length &&
      wordCharAt(text, at + 1)
    )) {
      inWord = false;
    }
    if (wide) at++;
  }
  return count;
}

/** Words whose full stop does not end a sentence: "Mr. Aliyev", "Dr. Smith", "the U.S. side". */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mme|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|Rev|Hon|No|vs|etc|e\.g|i\.e|[A-Z](?:\.[A-Z])*)\.$/u;

/** The text cut into sentences at ".", "!", "?" or "…" and the space after, but not after an abbreviation. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["”’»)]*\s+/gu)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + match[0].trimEnd().length);
    if (match[0].startsWith('.') && match[0].trimEnd() === '.' && ABBREVIATION.test(before)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out.filter(Boolean);
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

/**
 * Letters and digits of the scripts transcripts are written in, as a class that needs no `u` flag:
 * case-insensitive matching without it is many times faster in V8, and these phrases are plain BMP text.
 */
export const WORD_CHAR =
  'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u03FF\\u0400-\\u052F\\u0530-\\u1FFF\\u2C00-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFFEF';

/** Regex matching any of the phrases as whole words, case-insensitively. */
export function phraseRegExp(phrases: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${phraseAlternation(phrases)})(?![${WORD_CHAR}])`, flags);
}

/** What follows a form of address used as one, before a stop: "…, sir?". */
const VOCATIVE_STOP = '(?=\\s*(?:[,!?;]|\\.(?:\\s|$)|$))';

/** A case-insensitive pattern's source for a form of address used as one ("Mr. President, …", "…, sir?", "dear Vladimir Vladimirovich"). */
function vocativeSource(forms: readonly string[]): string {
  const alternation = phraseAlternation(forms);
  return `(?:^(?:${alternation})(?![${WORD_CHAR}])|(?<![${WORD_CHAR}])(?:${alternation})${VOCATIVE_STOP})`;
}

/** The second half of vocativeSource()'s pattern without its lookbehind, which NOT_AFTER_WORD_CHAR reads. */
function beforeStopSource(forms: readonly string[]): string {
  return `(?:${phraseAlternation(forms)})${VOCATIVE_STOP}`;
}

/** vocativeSource()'s lookbehind, compiled once: case-insensitive, WORD_CHAR's wide ranges take long to compile. */
const NOT_AFTER_WORD_CHAR = new RegExp(`(?<![${WORD_CHAR}])`, 'iy');
/** The lookahead after vocativeSource()'s first half, compiled once. */
const NOT_BEFORE_WORD_CHAR = new RegExp(`(?![${WORD_CHAR}])`, 'iy');
/** vocativeSource()'s second half's lookahead, compiled once: no letters, so the case is no matter. */
const BEFORE_VOCATIVE_STOP = new RegExp(VOCATIVE_STOP, 'y');

/**
 * Where a text first addresses someone by one of their forms, as one pattern of all the forms
 * would find it. Each page's cast has new names, and compiling a case-insensitive pattern with
 * WORD_CHAR's wide ranges takes about a millisecond: so the forms come in groups, a group shared by
 * every page (the lexicon's honorifics) compiled once, a person's own compiled only for a text that
 * prints a word of each form. The leftmost match of an alternation is the leftmost of its
 * alternatives' matches, so the groups' first matches give the same index as one pattern of all.
 */
export class Vocative {
  private readonly groups: VocativeGroup[];

  private constructor(groups: VocativeGroup[]) {
    this.groups = groups;
  }

  /** Null for no forms at all. */
  static of(...groups: (readonly string[])[]): Vocative | null {
    const all = groups.flat();
    if (all.length === 0) return null;
    const printed = groups.filter((forms) => forms.some((form) => form.trim() !== ''));
    // No form with a word: the pattern of all matches an empty alternation, kept as it was.
    return new Vocative((printed.length > 0 ? printed : [all]).map(vocativeGroup));
  }

  indexIn(text: string): number {
    let first = -1;
    for (const group of this.groups) {
      const at = group.indexIn(text);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

const VOCATIVE_PATTERNS = new Map<string, RegExp>();
const VOCATIVE_PATTERNS_MAX = 1_000;

/** The lexicon's honorifics are one array, asked on every page. */
const VOCATIVE_GROUPS = new WeakMap<readonly string[], VocativeGroup>();

function vocativeGroup(forms: readonly string[]): VocativeGroup {
  let group = VOCATIVE_GROUPS.get(forms);
  if (!group) {
    group = new VocativeGroup(forms);
    VOCATIVE_GROUPS.set(forms, group);
  }
  return group;
}

class VocativeGroup {
  private readonly source: string;
  private readonly beforeStop: string;
  /**
   * Per form, its words as phraseAlternation() spells them, upper-cased: the text must open with
   * them for the pattern's first half to match.
   */
  private readonly words: string[][];
  /**
   * Per form, its first and its last run of characters without a space, hyphen or apostrophe,
   * upper-cased. The pattern matches a form only at the text's start, or before a stop ("…,", "…?",
   * the end); and a case-insensitive pattern without the `u` flag equates two characters only where
   * both upper-case to one: so a text that neither opens with a form's first run in upper case nor
   * prints its last run before a stop has none of them. Null where a form has no such runs, and every
   * text is read. Each run once: a person's forms ("Mr. Okafor", "Ms Okafor", "Minister Okafor" …)
   * mostly end in the same word, which one look finds. The last runs by their last character, the
   * one a stop follows.
   */
  private readonly ends: { firsts: string[]; lasts: Map<number, string[]> } | null;
  /**
   * The words, where every form is ASCII but for its apostrophes: then a case-insensitive pattern
   * without the `u` flag matches a form's letter by an ASCII letter of either case alone (it never
   * equates a character outside ASCII with one in it), and the forms are read here, with no pattern
   * compiled per person. Null where a form prints any other character.
   */
  private readonly plain: string[][] | null;
  /** The characters, upper-cased, a plain form opens with (both apostrophes for either); null where one opens with no character. */
  private readonly openers: Set<number> | null;
  /** How many texts the plain forms were read in by hand: past PLAIN_READS, the pattern is compiled. */
  private plainReads = 0;

  constructor(forms: readonly string[]) {
    this.source = vocativeSource(forms);
    this.beforeStop = beforeStopSource(forms);
    this.words = [...new Set(forms.map((form) => form.trim()).filter(Boolean))].map((form) =>
      form.toUpperCase().split(/[-\s]+/),
    );
    const ends = [...new Set(forms.map((form) => form.trim()).filter(Boolean))].map((form) => {
      const pieces = form.toUpperCase().split(/[-\s'’]+/);
      return { first: pieces[0] ?? '', last: pieces.at(-1) ?? '' };
    });
    this.ends =
      ends.length > 0 && ends.every(({ first, last }) => first && last)
        ? { firsts: [...new Set(ends.map(({ first }) => first))], lasts: byLastCode(ends.map(({ last }) => last)) }
        : null;
    this.plain = forms.every((form) => ASCII_BUT_APOSTROPHES.test(form.trim())) ? this.words : null;
    const opening = this.words.map((words) => (words[0] as string).charCodeAt(0));
    this.openers = opening.some((code) => Number.isNaN(code))
      ? null
      : new Set(
          opening.flatMap((code) => (code === APOSTROPHE || code === RIGHT_QUOTE ? [APOSTROPHE, RIGHT_QUOTE] : [code])),
        );
  }

  /**
   * The pattern's first match: where its second half matches (a form before a stop, found by a
   * pattern without WORD_CHAR's ranges) after no letter; at the text's start, where the text opens
   * with a form's words, the one pattern decides, as its first half may match there.
   */
  indexIn(text: string): number {
    if (!this.ends) return compiled(this.source, 'i').exec(text)?.index ?? -1;
    const upper = upperCased(text);
    const { firsts, lasts } = this.ends;
    if (!firsts.some((first) => upper.startsWith(first)) && !printedBeforeStop(upper, lasts)) return -1;
    // A pattern compiled once already (the same forms on another page), or a group asked again and
    // again (the honorifics, a long page's guest), reads faster than by hand.
    if (this.plain && !VOCATIVE_PATTERNS.has(`gi/${this.beforeStop}`) && ++this.plainReads <= PLAIN_READS)
      return this.plainIndexIn(text, upper, this.plain);
    const beforeStop = compiled(this.beforeStop, 'gi');
    let first = -1;
    for (let at = 0; at <= text.length;) {
      beforeStop.lastIndex = at;
      const match = beforeStop.exec(text);
      if (!match) break;
      NOT_AFTER_WORD_CHAR.lastIndex = match.index;
      if (NOT_AFTER_WORD_CHAR.test(text)) {
        first = match.index;
        break;
      }
      at = match.index + 1;
    }
    if (first === 0 || !this.words.some((words) => opensWith(upper, words))) return first;
    return compiled(this.source, 'i').exec(text)?.index ?? -1;
  }

  /**
   * indexIn() for forms in ASCII, by the pattern's own steps: the first place where a form stands
   * before a stop after no letter (its second half), unless the text opens with a form before no
   * letter (its first half, which may match only at the start).
   */
  private plainIndexIn(text: string, upper: string, forms: readonly string[][]): number {
    let first = -1;
    const openers = this.openers;
    for (let at = 0; at <= text.length && first === -1; at++) {
      // Where the text prints no form's first character, in either case, no form opens.
      const code = text.charCodeAt(at);
      if (openers && !openers.has(code >= 97 && code <= 122 ? code - 32 : code)) continue;
      if (!forms.some((words) => plainFormAt(text, words, at, BEFORE_VOCATIVE_STOP))) continue;
      NOT_AFTER_WORD_CHAR.lastIndex = at;
      if (NOT_AFTER_WORD_CHAR.test(text)) first = at;
    }
    if (first === 0 || !this.words.some((words) => opensWith(upper, words))) return first;
    return forms.some((words) => plainFormAt(text, words, 0, NOT_BEFORE_WORD_CHAR)) ? 0 : first;
  }
}

/** Texts a group's plain forms are read in by hand before its pattern is compiled. */
const PLAIN_READS = 8;

/** A form of address in ASCII, but for its apostrophes (either is read as either). */
const ASCII_BUT_APOSTROPHES = /^[\u0000-\u007F’]*$/;

/**
 * Whether the text prints, at `from`, the upper-cased words as phraseAlternation() spells them (one or
 * no hyphen or space between two, either apostrophe for either, an ASCII letter in either case) and
 * then what `after` (a sticky pattern) asks for, by any of the ways the words can be read there.
 */
function plainFormAt(text: string, words: readonly string[], from: number, after: RegExp, at = 0): boolean {
  const word = words[at] as string;
  if (from + word.length > text.length) return false;
  for (let index = 0; index < word.length; index++) {
    const printed = text.charCodeAt(from + index);
    const wanted = word.charCodeAt(index);
    if (wanted === APOSTROPHE || wanted === RIGHT_QUOTE) {
      if (printed !== APOSTROPHE && printed !== RIGHT_QUOTE) return false;
    } else if ((printed >= 97 && printed <= 122 ? printed - 32 : printed) !== wanted) return false;
  }
  const next = from + word.length;
  if (at === words.length - 1) {
    after.lastIndex = next;
    return after.test(text);
  }
  return (
    (/[-\s]/.test(text.charAt(next)) && plainFormAt(text, words, next + 1, after, at + 1)) ||
    plainFormAt(text, words, next, after, at + 1)
  );
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function compiled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = VOCATIVE_PATTERNS.get(key);
  if (!pattern) {
    if (VOCATIVE_PATTERNS.size >= VOCATIVE_PATTERNS_MAX) VOCATIVE_PATTERNS.clear();
    pattern = new RegExp(source, flags);
    VOCATIVE_PATTERNS.set(key, pattern);
  }
  return pattern;
}

/**
 * Whether the upper-cased text opens with the words, upper-cased, one or no hyphen or space between
 * two, either apostrophe for either: as phraseAlternation() spells them, with the case of neither
 * (a case-insensitive pattern without the `u` flag equates two characters only where both upper-case to one).
 */
function opensWith(upper: string, words: readonly string[], from = 0, at = 0): boolean {
  const word = words[at] as string;
  if (from + word.length > upper.length) return false;
  for (let index = 0; index < word.length; index++) {
    const printed = upper.charAt(from + index);
    const wanted = word.charAt(index);
    if (printed !== wanted && !(APOSTROPHES.includes(printed) && APOSTROPHES.includes(wanted))) return false;
  }
  if (at === words.length - 1) return true;
  const next = from + word.length;
  return (
    opensWith(upper, words, next, at + 1) ||
    (/[-\s]/.test(upper.charAt(next)) && opensWith(upper, words, next + 1, at + 1))
  );
}

const APOSTROPHES = "'’";

/**
 * Whether any of the words, none with a space in it, is printed before a stop: followed by spaces
 * (if any) and one of ",!?;.", or by the text's end. Looser than the pattern's own lookahead, never
 * stricter. Read from the stops, found once per paragraph for every participant, rather than from
 * every place each word occurs: a person's forms and the honorifics end in a dozen words, which
 * indexOf would look for through the whole paragraph, participant by participant.
 */
function printedBeforeStop(upper: string, byLastCode: ReadonlyMap<number, readonly string[]>): boolean {
  for (const end of stopEnds(upper)) {
    const words = byLastCode.get(upper.charCodeAt(end - 1));
    if (words) for (const word of words) if (upper.endsWith(word, end)) return true;
  }
  return false;
}

function byLastCode(words: readonly string[]): Map<number, string[]> {
  const byCode = new Map<number, string[]>();
  for (const word of new Set(words)) {
    const code = word.charCodeAt(word.length - 1);
    byCode.set(code, [...(byCode.get(code) ?? []), word]);
  }
  return byCode;
}

/** A paragraph is asked of every participant in turn: its upper case, and where its stops are, are kept for the next. */
let lastText = '';
let lastUpper = '';
let lastStopEnds: number[] | null = null;
function upperCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastUpper = text.toUpperCase();
    lastStopEnds = null;
  }
  return lastUpper;
}

/** Where a word before a stop would end: before the spaces that precede each stop, and before the text's trailing spaces. */
function stopEnds(upper: string): number[] {
  if (lastStopEnds !== null && upper === lastUpper) return lastStopEnds;
  const ends: number[] = [];
  for (let at = 0; at < upper.length; at++) {
    const code = upper.charCodeAt(at);
    if (code !== 44 && code !== 46 && code !== 33 && code !== 63 && code !== 59) continue;
    let end = at;
    while (end > 0 && /\s/.test(upper.charAt(end - 1))) end--;
    ends.push(end);
  }
  let end = upper.length;
  while (end > 0 && /\s/.test(upper.charAt(end - 1))) end--;
  ends.push(end);
  if (upper === lastUpper) lastStopEnds = ends;
  return ends;
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How many runs of non-space characters the text has: a word count for lengths, without a regex.
 * With `limit`, counting stops once the count passes it (limit + 1 is returned): enough to ask
 * whether a long paragraph is short, without reading all of it.
 */
export function spacedWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length && count <= limit; at++) {
    const code = text.charCodeAt(at);
    const space =
      code === 32 ||
      (code >= 9 && code <= 13) ||
      code === 0xa0 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x202f ||
      code === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/** Small words that join a name's or an office's parts ("Minister of Finance and Trade"), folded. */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'to',
  'at',
  'by',
  'from',
  'in',
  'on',
  'with',
]);

/** "prime minister" → "pm": each word's first letter, folded words in, folded letters out. */
export function initialsOf(words: readonly string[]): string {
  return words.map((word) => word[0] ?? '').join('');
}

/** What an escape stands for literally in a `u` pattern: a syntax character ("\)" is ")"). */
const SYNTAX_CHARACTER = /^[\^$\\.*+?()[\]{}|/]$/u;

/**
 * The character every match of a pattern (compiled with the `u` flag alone) ends with, when the
 * pattern ends with one literal character and `$` and has no alternative at its top level
 * ("\s*\((?:more|continued)…?\)$" → ")"); otherwise null. A text that does not end with it cannot
 * match, which is quicker to see than to search the whole text for a match.
 */
export function finalLiteral(source: string): string | null {
  if (!source.endsWith('$')) return null;
  let depth = 0;
  // The last atom before the final "$": its character if it is a literal, unquantified; else null.
  let last: string | null = null;
  for (let at = 0; at < source.length - 1; at++) {
    const char = source[at] as string;
    if (char === '\\') {
      // "\$" at the very end is a dollar sign, not the end of the text.
      if (++at === source.length - 1) return null;
      const escaped = source[at] as string;
      // Escapes of more than one character ("\u0029", "\p{L}", "\k<name>", "\1") are not read: no answer.
      if (!SYNTAX_CHARACTER.test(escaped) && !'dDsSwWbBfnrtv'.includes(escaped)) return null;
      last = SYNTAX_CHARACTER.test(escaped) ? escaped : null;
    } else if (char === '[') {
      // A class, to its closing bracket: escapes inside it are skipped whole.
      for (at++; at < source.length && source[at] !== ']'; at++) if (source[at] === '\\') at++;
      last = null;
    } else if (char === '(') {
      depth++;
      last = null;
    } else if (char === ')') {
      depth--;
      last = null;
    } else if (char === '|') {
      if (depth === 0) return null;
      last = null;
    } else if ('^$.*+?{}'.includes(char)) {
      // An anchor, any character, or a quantifier (which makes the atom before it optional or repeated).
      last = null;
    } else {
      last = char;
    }
  }
  return depth === 0 ? last : null;
}

/** The text without its quotations: what the one printing it says, not whom they quote. */
export function withoutQuotations(text: string): string {
  return text.replace(/[“"«][^”"»]*[”"»]/gu, '');
}

/** The words a text prints in lower case, as it prints no name: "remarks", "up", "hold". */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => text.match(/(?<![\p{L}\p{M}'’])\p{Ll}[\p{Ll}\p{M}]+/gu) ?? []));
}

/**
 * The marks that end a sentence, with the stops of scripts that have their own ("。", "？", "।", "؟"):
 * for a character class.
 */
/**
 * The letters of scripts with no capitals that set spaces between words (Arabic, Hebrew, the Indian
 * scripts, Thai and its neighbours, Georgian, Ethiopic), for a character class: their names have no
 * capital to tell them.
 */
export const SPACED_CASELESS_LETTER = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Georgian}\p{Script=Ethiopic}`;

/** A line that ends a sentence: its stop, in the scripts read here, and a closing quotation mark or bracket at most. */
export const ENDS_A_SENTENCE = /[.!?…。！？؟।॥۔]["”’“»«)\]」』）]?$/u;

export const SENTENCE_END_MARKS = '.?!…;,"”’»—\\-。！？．」』।॥؟۔';

/** "She Has Spent 30 Years Listening to Rivers.": most words capitalised, as headlines are. */
export function inTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^[“"‘'(]?\p{Lu}/u.test(word)).length;
  return words.length >= 4 && capitalised / words.length > 0.7;
}
