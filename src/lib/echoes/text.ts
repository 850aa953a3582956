/**
 * Turning a passage into the words that carry its point: folded, stemmed content words with the
 * spelling variants of names brought to one key. Two translators of the same answer agree on names,
 * numbers and nouns far more often than on function words or word order, so only those are kept.
 */
import { stem } from './stem.ts';

/** Groups of spellings that name one thing; the first of each group is the key the others fold to. */
export type VariantGroups = readonly (readonly string[])[];

export interface PlacedTerm {
  term: string;
  /** [start, end) of the printed word or phrase in the text */
  start: number;
  end: number;
}

export interface Analyzer {
  /** The content-word terms of the text, in order (repeats kept). */
  terms(text: string): string[];
  /** The terms with where each is printed: for showing what two passages share. */
  placedTerms(text: string): PlacedTerm[];
}

// Function words, forms of address and the small talk of an interview: words a translator adds or drops at will.
const STOPWORDS = new Set(
  `a about above across after afterwards again against ago all almost alone along already also although always am
  among amongst an and another any anybody anyhow anyone anything anyway anyways anywhere are aren around as aside at
  away back be became because become becomes becoming been before beforehand behind being below beside besides
  between beyond both but by can cannot cant could couldn did didn do does doesn doing don done down due during each
  eg either else elsewhere enough especially etc even ever every everybody everyone everything everywhere except
  few first for former formerly from further furthermore get gets getting give given gives go goes going gone got
  had hadn has hasn have haven having he hence her here hereafter hereby herein hers herself him himself his how
  however i ie if in indeed instead into is isn it its itself just keep kept know knows known last latter least
  less let like likely ll made make makes making many may maybe me meanwhile might mine more moreover most mostly
  mr mrs ms much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now
  nowhere of off often oh ok okay on once one ones only onto or other others otherwise ought our ours ourselves out
  over own particular particularly per perhaps please put quite rather re really regarding s said same say saying
  says see seem seemed seeming seems seen several shall she should shouldn since so some somebody somehow someone
  something sometime sometimes somewhat somewhere still such sure t take taken takes than that the their theirs
  them themselves then thence there thereafter thereby therefore therein thereupon these they thing things think
  this those though through throughout thus to together too toward towards truly try trying under unless until up
  upon us use used uses using usually ve very via want wanted wants was wasn way we well went were weren what
  whatever when whence whenever where whereas whereby wherein whether which while who whoever whole whom whose why
  will with within without won would wouldn yes yet you your yours yourself yourselves
  absolutely actually certainly clearly course definitely dear exactly fact frankly generally mean means obviously
  simply sir tell told thank thanks understand understood`.split(/\s+/),
);

// Number words as digits: one translator writes "two million", another "2 million".
const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
  thousand: '1000',
  thousands: '1000',
  hundreds: '100',
};

/** Lowercase ASCII: diacritics stripped (Qarabağ → qarabag), typographic apostrophes straightened. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[əƏ]/g, 'e')
    .replace(/[‘’´`]/g, "'")
    .toLowerCase();
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+(?:[-'‘’][\p{L}\p{N}]+)*/gu;

export interface Word {
  /** folded */
  word: string;
  /** as printed, and where: [start, end) in the text */
  printed: string;
  start: number;
  end: number;
}

/**
 * The words of a text. A hyphenated word with a short part is one word ("F-16", "Su-25", "co-chairs");
 * otherwise its parts count on their own ("Nagorno-Karabakh" is "nagorno" and "karabakh"), so that a
 * translator who writes "Karabakh" alone still matches. A possessive "'s" and a plural after a digit
 * ("F-16s") are dropped, and thousands separators too ("2,000" is "2000").
 */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const printed = match[0];
    const start = match.index;
    const parts = foldedParts(printed);
    if (parts.length === 1) {
      result.push({ word: parts[0]!, printed, start, end: start + printed.length });
      continue;
    }
    let offset = start;
    for (const [index, printedPart] of printed.split('-').entries()) {
      result.push({ word: parts[index] ?? '', printed: printedPart, start: offset, end: offset + printedPart.length });
      offset += printedPart.length + 1;
    }
  }
  return result;
}

// A corpus has far fewer distinct tokens than tokens: folding each once keeps a large corpus cheap.
const foldedCache = new Map<string, string[]>();

/** The folded word of a printed token, or its parts when it is a hyphenated word of long parts. */
function foldedParts(printed: string): string[] {
  const known = foldedCache.get(printed);
  if (known) return known;
  const token = foldText(printed)
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/'s$/, '')
    .replace(/'$/, '')
    .replace(/(\d)s$/, '$1');
  const parts = token.split('-');
  const result =
    parts.length === 1 || parts.some((part) => part.length <= 2 || /\d/.test(part))
      ? [parts.join('').replace(/'/g, '')]
      : parts.map((part) => part.replace(/'/g, ''));
  if (foldedCache.size < 1_000_000) foldedCache.set(printed, result);
  return result;
}

interface PhraseNode {
  key?: string;
  next: Map<string, PhraseNode>;
}

function phraseKey(text: string): string {
  return words(text)
    .map((word) => stem(word.word))
    .join('_');
}

/**
 * Groups that share a spelling are one group ("Azerbaijani" is both a curated variant of "Azeri" and a
 * demonym of Azerbaijan), keyed on the first spelling of the first of them.
 */
function mergedVariantKeys(groups: VariantGroups): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (phrase: string): string => {
    let root = phrase;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(phrase, root);
    return root;
  };
  const rank = new Map<string, number>();
  for (const group of groups) {
    const phrases = group.map(phraseKey).filter((phrase) => phrase.length > 0);
    for (const phrase of phrases) {
      if (!parent.has(phrase)) {
        parent.set(phrase, phrase);
        rank.set(phrase, rank.size);
      }
    }
    const first = phrases[0];
    if (first === undefined) continue;
    // The root that was seen first stays the root, so the key is the earliest group's first spelling.
    for (const phrase of phrases.slice(1)) {
      const [a, b] = [find(first), find(phrase)];
      if (a === b) continue;
      if (rank.get(a)! < rank.get(b)!) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  return new Map([...rank.keys()].map((phrase) => [phrase, find(phrase)]));
}

/** A prefix tree of variant phrases, in stemmed words so that plurals and possessives match too. */
function buildPhraseTree(groups: VariantGroups): PhraseNode {
  const root: PhraseNode = { next: new Map() };
  for (const [phrase, key] of mergedVariantKeys(groups)) {
    // "the talks" would hide "talks" from every passage that has the article in front of it.
    const phraseWords = phrase.split('_');
    if (STOPWORDS.has(phraseWords[0]!) || STOPWORDS.has(phraseWords.at(-1)!)) continue;
    let node = root;
    for (const word of phraseWords) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.key = key;
  }
  return root;
}

/**
 * British spellings as American ones, applied to every word alike: "mobilisation" and "mobilization",
 * "neighbour" and "neighbor" become one term. A word that only looks British ("exercise") changes in every
 * passage at once, so nothing is lost.
 */
function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s|ed|ing|able|ably|ite|ites)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/mme(s)?$/, 'm$1');
}

const termCache = new Map<string, string | null>();

function termOf(word: string): string | null {
  const known = termCache.get(word);
  if (known !== undefined) return known;
  const term = computeTermOf(word);
  if (termCache.size < 1_000_000) termCache.set(word, term);
  return term;
}

function computeTermOf(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  if (/^\d+$/.test(word)) return word === '1' || word === '0' ? null : word;
  if (word.length < 2) return null;
  return stem(americanSpelling(word));
}

export function createAnalyzer(variants: VariantGroups = []): Analyzer {
  const tree = buildPhraseTree(variants);

  function placedTerms(text: string): PlacedTerm[] {
    const tokens = words(text);
    const stems = tokens.map((token) => stem(token.word));
    const placed: PlacedTerm[] = [];
    let index = 0;
    while (index < tokens.length) {
      let node: PhraseNode | undefined = tree;
      let matchedKey: string | undefined;
      let matchedLength = 0;
      for (let offset = 0; index + offset < tokens.length; offset++) {
        node = node.next.get(stems[index + offset]!);
        if (!node) break;
        if (node.key) {
          matchedKey = node.key;
          matchedLength = offset + 1;
        }
      }
      if (matchedKey) {
        placed.push({ term: matchedKey, start: tokens[index]!.start, end: tokens[index + matchedLength - 1]!.end });
        index += matchedLength;
        continue;
      }
      const token = tokens[index]!;
      const term = termOf(token.word);
      if (term) placed.push({ term, start: token.start, end: token.end });
      index++;
    }
    return placed;
  }

  return { terms: (text) => placedTerms(text).map((placed) => placed.term), placedTerms };
}
