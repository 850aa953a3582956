/**
 * What two passages share, for the reader: the phrases both say (content words in the same order,
 * shown as the first passage prints them, small words between included) and then the rarest single
 * words they have in common. The reader sees at a glance why the two were linked.
 */
import type { Analyzer, PlacedTerm } from './text.ts';

const MAX_PHRASE_CHARACTERS = 60;

export function sharedPhrases(
  analyzer: Analyzer,
  textA: string,
  textB: string,
  idfOf: (term: string) => number,
  limit = 6,
): string[] {
  const termsA = analyzer.placedTerms(textA);
  const termsB = analyzer.placedTerms(textB).map((placed) => placed.term);
  const inB = new Set(termsB);
  const pairsInB = new Set<string>();
  for (let index = 0; index < termsB.length; index++) {
    for (const gap of [1, 2]) {
      const next = termsB[index + gap];
      if (next !== undefined) pairsInB.add(`${termsB[index]} ${next}`);
    }
  }

  const candidates: { text: string; weight: number }[] = [];
  const inPhrase = new Set<string>();
  let run: PlacedTerm[] = [];
  const closeRun = () => {
    if (run.length >= 2) {
      const text = textA.slice(run[0]!.start, run.at(-1)!.end);
      const distinct = new Set(run.map((placed) => placed.term));
      candidates.push({ text, weight: [...distinct].reduce((sum, term) => sum + idfOf(term), 0) });
      for (const term of distinct) inPhrase.add(term);
    }
    run = [];
  };
  for (const placed of termsA) {
    const previous = run.at(-1);
    const continues =
      previous !== undefined &&
      pairsInB.has(`${previous.term} ${placed.term}`) &&
      placed.end - run[0]!.start <= MAX_PHRASE_CHARACTERS;
    if (continues) {
      run.push(placed);
      continue;
    }
    closeRun();
    if (inB.has(placed.term)) run = [placed];
  }
  closeRun();

  const seenTerms = new Set<string>();
  for (const placed of termsA) {
    if (!inB.has(placed.term) || inPhrase.has(placed.term) || seenTerms.has(placed.term)) continue;
    seenTerms.add(placed.term);
    candidates.push({ text: textA.slice(placed.start, placed.end), weight: idfOf(placed.term) });
  }

  candidates.sort((x, y) => y.weight - x.weight || x.text.localeCompare(y.text));
  const result: string[] = [];
  const seenTexts = new Set<string>();
  for (const candidate of candidates) {
    const key = candidate.text.toLowerCase();
    if (seenTexts.has(key)) continue;
    seenTexts.add(key);
    result.push(candidate.text);
    if (result.length === limit) break;
  }
  return result;
}
