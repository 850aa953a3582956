/**
 * Step 5, tag: which curated topics each passage mentions, by the topic's name and aliases as
 * whole words. One pass of an Aho–Corasick automaton over the passage's letters and digits finds
 * the topics whose aliases can occur; only their patterns then run. Letters and digits alone are
 * compared, lowercased, so the automaton never misses what a pattern would find (a pattern allows
 * a hyphen, a space or nothing between words, and either apostrophe).
 */
import { phraseRegExp } from './text.ts';

export interface TopicMatcher {
  id: string;
  pattern: RegExp;
}

export interface TopicTagger {
  matchers: TopicMatcher[];
  automaton: Automaton;
}

export function topicMatchers(
  topics: readonly { id: string; name: string; aliases: readonly string[] }[],
): TopicTagger {
  const matchers = topics.map((topic) => ({
    id: topic.id,
    pattern: phraseRegExp([topic.name, ...topic.aliases], 'i'),
  }));
  const automaton = new Automaton();
  topics.forEach((topic, index) => {
    for (const phrase of [topic.name, ...topic.aliases]) automaton.add(letters(phrase), index);
  });
  automaton.build();
  return { matchers, automaton };
}

export function tagPassage(text: string, tagger: TopicTagger): string[] {
  const candidates = tagger.automaton.find(text.toLowerCase());
  if (candidates.size === 0) return [];
  return tagger.matchers
    .filter((matcher, index) => candidates.has(index) && matcher.pattern.test(text))
    .map((matcher) => matcher.id);
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface State {
  next: Map<number, number>;
  fail: number;
  outputs: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII = 128;

/** Whether a UTF-16 unit outside ASCII is part of a letter or digit (surrogate halves count as letters). */
function isWordCode(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * A multi-pattern matcher: which patterns occur in a text's letters and digits, in one pass over
 * it. ASCII moves go through a dense table built once; other characters through the trie.
 */
class Automaton {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];
  /** state × 128 → next state, for lowercase ASCII letters and digits (−1: not a word character). */
  private table = new Int32Array(0);
  /** 1 where a state ends a pattern: most do not, and `find` reads a state's outputs only where one does. */
  private ends = new Uint8Array(0);

  add(pattern: string, output: number): void {
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
    (this.states[state] as State).outputs.push(output);
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
    this.table = new Int32Array(this.states.length * ASCII).fill(-1);
    for (let state = 0; state < this.states.length; state++) {
      for (let code = 0; code < ASCII; code++) {
        const word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
        if (word) this.table[state * ASCII + code] = this.move(state, code, -1);
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

  /** The outputs of every pattern found in the text's letters and digits, lowercased by the caller. */
  find(text: string): Set<number> {
    const found = new Set<number>();
    // Read into locals once: this loop runs over every character of every passage.
    const { table, ends } = this;
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const char = text.charCodeAt(at);
      if (char < ASCII) {
        const next = table[state * ASCII + char] as number;
        if (next === -1) continue;
        state = next;
      } else {
        if (!isWordCode(char)) continue;
        state = this.move(state, char, -1);
      }
      if (ends[state] === 0) continue;
      const outputs = (this.states[state] as State).outputs;
      for (let index = 0; index < outputs.length; index++) found.add(outputs[index] as number);
    }
    return found;
  }
}
