/**
 * Measuring the matchers on the hand-labelled fixtures, the same way in the eval script and the tests.
 * The fixtures are split by the parity of the `a` line: thresholds are tuned on the even half and the
 * odd half is held out, so that a figure on it says how the method does on pairs it was not fitted to.
 */
import type { EchoFixtures, LabelledPair } from './fixtures.ts';

export type Half = 'tune' | 'held-out' | 'all';

export function inHalf(pair: Pick<LabelledPair, 'aLine'>, half: Half): boolean {
  if (half === 'all') return true;
  return (pair.aLine % 2 === 0) === (half === 'tune');
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

export type PairScores = Map<string, number>;

export function scoresByPair(pairs: readonly { a: string; b: string; score: number }[]): PairScores {
  return new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), pair.score]));
}

function scoreOf(scores: PairScores, pair: LabelledPair): number {
  return scores.get(pairKey(pair.a, pair.b)) ?? Number.NEGATIVE_INFINITY;
}

/**
 * The lowest threshold that links at most `nearMissRate` of the tuning half's near misses (and none of
 * its `never` pairs): the recall bought for a bounded rate of plausible-looking mistakes.
 */
export function tuneThreshold(scores: PairScores, fixtures: EchoFixtures, nearMissRate = 0.1): number {
  const nearMisses = fixtures.nearMisses
    .filter((pair) => inHalf(pair, 'tune'))
    .map((pair) => scoreOf(scores, pair))
    .sort((x, y) => y - x);
  const allowed = Math.floor(nearMissRate * nearMisses.length);
  const nearMissBound = nearMisses[allowed] ?? Number.NEGATIVE_INFINITY;
  const neverBound = Math.max(
    Number.NEGATIVE_INFINITY,
    ...fixtures.never.filter((pair) => inHalf(pair, 'tune')).map((pair) => scoreOf(scores, pair)),
  );
  const bound = Math.max(nearMissBound, neverBound);
  return Number.isFinite(bound) ? bound + 1e-6 : 0;
}

export interface RankFigures {
  /** how often a repeat outscores a near miss (ties count half): the area under the ROC curve of the two */
  auc: number;
  /** recallAt[k]: the recall when the threshold links k of the half's near misses (k = 0, 1, …) */
  recallAt: number[];
}

/**
 * Threshold-free figures of a score on one half of the fixtures. The tuned threshold rests on the two or
 * three highest-scoring near misses of a half (10% of 29), so its recall moves by several points when
 * one pair moves; these move less, for telling a real gain from a lucky one.
 */
export function rankFigures(scores: PairScores, fixtures: EchoFixtures, half: Half = 'tune', upTo = 6): RankFigures {
  const repeats = fixtures.repeats.filter((pair) => inHalf(pair, half)).map((pair) => scoreOf(scores, pair));
  const nearMisses = fixtures.nearMisses
    .filter((pair) => inHalf(pair, half))
    .map((pair) => scoreOf(scores, pair))
    .sort((x, y) => y - x);
  let ordered = 0;
  for (const repeat of repeats) {
    for (const nearMiss of nearMisses) ordered += repeat > nearMiss ? 1 : repeat === nearMiss ? 0.5 : 0;
  }
  const recallAt = Array.from({ length: upTo }, (_, linked) => {
    const bound = nearMisses[linked] ?? Number.NEGATIVE_INFINITY;
    return repeats.length === 0 ? 0 : repeats.filter((score) => score > bound).length / repeats.length;
  });
  return {
    auc: repeats.length * nearMisses.length === 0 ? 0 : ordered / (repeats.length * nearMisses.length),
    recallAt,
  };
}

export interface Rates {
  recall: Record<Half, number>;
  nearMiss: Record<Half, number>;
  neverLinked: number;
  missedRepeats: LabelledPair[];
  linkedNearMisses: LabelledPair[];
}

const HALVES: Half[] = ['tune', 'held-out', 'all'];

/** Rates for a linking decision: `linked(a, b)` says whether the method shows b as an echo of a. */
export function rates(fixtures: EchoFixtures, linked: (a: string, b: string) => boolean): Rates {
  const share = (pairs: LabelledPair[], half: Half) => {
    const selected = pairs.filter((pair) => inHalf(pair, half));
    return selected.length === 0 ? 0 : selected.filter((pair) => linked(pair.a, pair.b)).length / selected.length;
  };
  const byHalf = (pairs: LabelledPair[]) =>
    Object.fromEntries(HALVES.map((half) => [half, share(pairs, half)])) as Record<Half, number>;
  return {
    recall: byHalf(fixtures.repeats),
    nearMiss: byHalf(fixtures.nearMisses),
    neverLinked: fixtures.never.filter((pair) => linked(pair.a, pair.b)).length,
    missedRepeats: fixtures.repeats.filter((pair) => !linked(pair.a, pair.b)),
    linkedNearMisses: fixtures.nearMisses.filter((pair) => linked(pair.a, pair.b)),
  };
}

export function pairLinks(pairs: readonly { a: string; b: string }[]): (a: string, b: string) => boolean {
  const keys = new Set(pairs.map((pair) => pairKey(pair.a, pair.b)));
  return (a, b) => keys.has(pairKey(a, b));
}

export function clusterLinks(clusters: readonly { passages: string[] }[]): (a: string, b: string) => boolean {
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, index) => cluster.passages.forEach((ref) => clusterOf.set(ref, index)));
  return (a, b) => clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
}

export interface GroupRates {
  /** of the labelled question pairs (two questions of one labelled group, in different documents), how many share a group */
  recall: Record<Half, number>;
  grouped: Record<Half, number>;
  /** pairs of questions from two different labelled groups that were put in one group */
  confused: Record<Half, number>;
  /** grouped / (grouped + confused): of the labelled questions put together, how many belong together */
  precision: Record<Half, number>;
}

/**
 * Question groups against the labelled groups. The halves split the labelled groups by the parity of
 * their index in the file (thresholds are tuned on the even-numbered ones); a confusion between two
 * labelled groups counts for a half when both groups are in it.
 */
export function groupRates(
  labelled: EchoFixtures['questionGroups'],
  groups: readonly { questions: string[] }[],
  documentOf: (ref: string) => string,
): GroupRates {
  const together = clusterLinks(groups.map((group) => ({ passages: group.questions })));
  const halfOf = (index: number): Half => (index % 2 === 0 ? 'tune' : 'held-out');
  const zero = () => ({ tune: 0, 'held-out': 0, all: 0 }) as Record<Half, number>;
  const [grouped, total, confused] = [zero(), zero(), zero()];
  const count = (record: Record<Half, number>, halves: Half[], amount: number) => {
    for (const half of halves) record[half] += amount;
  };
  labelled.forEach((group, index) => {
    for (let i = 0; i < group.refs.length; i++) {
      for (let j = i + 1; j < group.refs.length; j++) {
        const [a, b] = [group.refs[i]!, group.refs[j]!];
        if (documentOf(a) === documentOf(b)) continue;
        count(total, [halfOf(index), 'all'], 1);
        if (together(a, b)) count(grouped, [halfOf(index), 'all'], 1);
      }
    }
    labelled.slice(index + 1).forEach((other, offset) => {
      const otherHalf = halfOf(index + 1 + offset);
      const halves: Half[] = otherHalf === halfOf(index) ? [otherHalf, 'all'] : ['all'];
      for (const a of group.refs) {
        for (const b of other.refs) {
          if (a !== b && documentOf(a) !== documentOf(b) && together(a, b)) count(confused, halves, 1);
        }
      }
    });
  });
  const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y);
  const byHalf = (compute: (half: Half) => number) =>
    Object.fromEntries(HALVES.map((half) => [half, compute(half)])) as Record<Half, number>;
  return {
    recall: byHalf((half) => ratio(grouped[half], total[half])),
    grouped,
    confused,
    precision: byHalf((half) => ratio(grouped[half], grouped[half] + confused[half])),
  };
}
