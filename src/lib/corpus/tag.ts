/**
 * Step 5, tag: which curated topics each passage mentions, by the topic's name and aliases as
 * whole words. One pass of an Aho–Corasick automaton over the passage's letters and digits finds
 * the topics whose aliases can occur; only their patterns then run. Letters and digits alone are
 * compared, lowercased, so the automaton never misses what a pattern would find (a pattern allows
 * a hyphen, a space or nothing between words, and either apostrophe).
 */
import { phraseRegExp, WORD_CHAR } from './text.ts';

export interface TopicMatcher {
  id: string;
  pattern: RegExp;
  /** The same pattern, sticky: tried first where the automaton found the topic's letters. */
  at: RegExp;
}

export interface TopicTagger {
  matchers: TopicMatcher[];
  automaton: Automaton;
}

export function topicMatchers(
  topics: readonly { id: string; name: string; aliases: readonly string[] }[],
): TopicTagger {
  const matchers = topics.map((topic) => {
    const pattern = phraseRegExp([topic.name, ...topic.aliases], 'i');
    return { id: topic.id, pattern, at: new RegExp(pattern.source, 'iy') };
  });
  const automaton = new Automaton();
  topics.forEach((topic, index) => {
    for (const phrase of [topic.name, ...topic.aliases]) automaton.add(letters(phrase), index, edgesOf(phrase));
  });
  automaton.build();
  return { matchers, automaton };
}

export function tagPassage(text: string, tagger: TopicTagger): string[] {
  const candidates = tagger.automaton.find(text.toLowerCase(), text);
  if (candidates.size === 0) return [];
  return tagger.matchers
    .filter((matcher, index) => {
      const first = candidates.get(index);
      if (first === undefined) return false;
      // A match where the letters were found is a match: the pattern need not read the passage
      // from its start, which a lookbehind at every place makes slow. Elsewhere, it reads it all.
      if (first !== -1) {
        matcher.at.lastIndex = first;
        if (matcher.at.test(text)) return true;
      }
      return matcher.pattern.test(text);
    })
    .map((matcher) => matcher.id);
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * What a phrase's pattern asks of the text around its letters: no word character just before a
 * phrase that begins with a letter or digit; after its last one, no word character when the phrase
 * ends there, or the very characters it ends with (the full stop of “U.S.”) when they are ASCII
 * punctuation, which matches only itself. Other endings (a hyphen or space, which the pattern may
 * skip; an apostrophe, which it may swap) ask nothing.
 */
function edgesOf(phrase: string): Pattern['edges'] {
  const trimmed = phrase.trim();
  const tail = /[^\p{L}\p{N}]*$/u.exec(trimmed)?.[0] ?? '';
  return {
    before: LETTER_OR_DIGIT.test(trimmed.slice(0, 1)),
    after: tail.length === trimmed.length || !/^[!-/:-@[-`{-~]*$/u.test(tail) || /['-]/u.test(tail) ? null : tail,
  };
}

interface State {
  next: Map<number, number>;
  fail: number;
  /** The patterns (indices into `patterns`) that end here. */
  outputs: number[];
}

/** A phrase as the automaton reads it: the topic it stands for, its letters, and what its pattern asks around them. */
interface Pattern {
  output: number;
  length: number;
  /** What the text must hold around the letters for the phrase's pattern to match there (`edgesOf`). */
  edges: {
    /** No word character just before the first letter. */
    before: boolean;
    /** After the last letter: "" for no word character, these characters, or null for anything. */
    after: string | null;
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII = 128;
/**
 * Each ASCII character's column in the automaton's table: lowercase letters and digits, the only
 * ASCII characters a lowercased text has in words, one each; −1 for the rest. Thirty-six columns
 * rather than 128 keep the table small enough to stay in the processor's cache.
 */
const COLUMN = Int8Array.from({ length: ASCII }, (_, code) =>
  code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 + code - 48 : -1,
);
const COLUMNS = 36;
/** The characters a topic's pattern (./text.ts phraseRegExp) must not find just before or after a phrase. */
const PATTERN_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);

/** Whether a UTF-16 unit outside ASCII is part of a letter or digit (surrogate halves count as letters). */
function isWordCode(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** Where a pattern of `length` letters that `find` read up to `at` begins: the letter `length` letters back, as `find` reads them. */
function firstLetter(text: string, at: number, length: number): number {
  let first = at;
  for (let letters = 1; letters < length;) {
    const code = text.charCodeAt(--first);
    if (code < ASCII ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : isWordCode(code)) letters++;
  }
  return first;
}

/** Whether a topic's pattern counts the UTF-16 unit as part of a word (without case folding, which only adds to it). */
function isPatternWordCode(code: number): boolean {
  if (code < ASCII) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return PATTERN_WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * A multi-pattern matcher: which patterns occur in a text's letters and digits, in one pass over
 * it. ASCII moves go through a dense table built once; other characters through the trie.
 */
class Automaton {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly patterns: Pattern[] = [];
  /** state × COLUMNS → next state, for lowercase ASCII letters and digits. */
  private table = new Int32Array(0);
  /** 1 where a state ends a pattern: most do not, and `find` reads a state's outputs only where one does. */
  private ends = new Uint8Array(0);

  add(pattern: string, output: number, edges: Pattern['edges']): void {
    if (!pattern) return;
    let state = 0;
    for (let at = 0; at < pattern.length; at++) {
      const char = pattern.charCodeAt(at);
      const current = this.states[state] as State;
      let next = current.next.get(char);
      if (next === undefined) {
        next = this.states.length;
        this.states.push({ next: new Map(), fail: 0, outputs: [] });
        current.next.set(char, next);
      }
      state = next;
    }
    (this.states[state] as State).outputs.push(this.patterns.length);
    this.patterns.push({ output, length: pattern.length, edges });
  }

  build(): void {
    const order: number[] = [];
    for (const next of (this.states[0] as State).next.values()) order.push(next);
    for (let at = 0; at < order.length; at++) {
      const state = this.states[order[at] as number] as State;
      for (const [char, next] of state.next) {
        const child = this.states[next] as State;
        child.fail = this.move(state.fail, char, next);
        child.outputs.push(...(this.states[child.fail] as State).outputs);
        order.push(next);
      }
    }
    this.ends = Uint8Array.from(this.states, (state) => (state.outputs.length > 0 ? 1 : 0));
    this.table = new Int32Array(this.states.length * COLUMNS);
    for (let state = 0; state < this.states.length; state++) {
      for (let code = 0; code < ASCII; code++) {
        const column = COLUMN[code] as number;
        if (column !== -1) this.table[state * COLUMNS + column] = this.move(state, code, -1);
      }
    }
  }

  /** Where the automaton goes from a state on a character, following failure links. */
  private move(from: number, char: number, self: number): number {
    let state = from;
    for (;;) {
      const target = (this.states[state] as State).next.get(char);
      if (target !== undefined && target !== self) return target;
      if (state === 0) return 0;
      state = (this.states[state] as State).fail;
    }
  }

  /**
   * The outputs of every pattern found in the text's letters and digits, lowercased by the caller
   * from `printed`, each with where its first occurrence's first letter is in `printed` (-1 where
   * that is not known: lowercasing moved the places, or the phrase opens with no letter). A phrase's pattern finds it only as whole words: where the phrase begins (ends)
   * with a letter, an occurrence with a word character just before (after) it in `printed` is no
   * candidate ("us", the letters of “U.S.”, in “because”), and its pattern is not run over the
   * passage in vain. When lowercasing changed the text's length, its places are not those of
   * `printed`, and every occurrence counts.
   */
  find(text: string, printed: string): Map<number, number> {
    const found = new Map<number, number>();
    const aligned = text.length === printed.length;
    // Read into locals once: this loop runs over every character of every passage.
    const { table, ends, patterns } = this;
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const char = text.charCodeAt(at);
      if (char < ASCII) {
        const column = COLUMN[char] as number;
        if (column === -1) continue;
        state = table[state * COLUMNS + column] as number;
      } else {
        if (!isWordCode(char)) continue;
        state = this.move(state, char, -1);
      }
      if (ends[state] === 0) continue;
      const outputs = (this.states[state] as State).outputs;
      for (let index = 0; index < outputs.length; index++) {
        const pattern = patterns[outputs[index] as number] as Pattern;
        let start = -1;
        if (aligned) {
          const { before, after } = pattern.edges;
          if (after === '' && at + 1 < printed.length && isPatternWordCode(printed.charCodeAt(at + 1))) continue;
          if (after && !printed.startsWith(after, at + 1)) continue;
          const first = before ? firstLetter(text, at, pattern.length) : 0;
          if (first > 0 && isPatternWordCode(printed.charCodeAt(first - 1))) continue;
          if (before) start = first;
        }
        if (!found.has(pattern.output)) found.set(pattern.output, start);
      }
    }
    return found;
  }
}
