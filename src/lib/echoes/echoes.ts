/**
 * "Said elsewhere": for each passage, the passages in other documents where the same speaker makes
 * substantially the same point, and the talking points those links form. Pure: passages in, links
 * and talking points out.
 */
import { majorityLinkClusters } from './cluster.ts';
import {
  computeSimilarities,
  type EngineOptions,
  type EngineStats,
  type SimilarityItem,
  type SimilarityMethod,
} from './engine.ts';
import { sharedPhrases } from './shared.ts';

export interface EchoPassage {
  /** "<documentId>#<passageId>" */
  ref: string;
  document: string;
  speaker: string;
  /** ISO date or its year/month prefix; null when unknown */
  date: string | null;
  text: string;
}

export interface EchoPair {
  /** the passage said first (by date, then document id) */
  a: string;
  b: string;
  /** 0–1 */
  similarity: number;
  /** the phrases and rare words both passages use, as the first prints them */
  shared: string[];
}

export interface EchoCluster {
  id: string;
  passages: string[];
  firstSaid: string;
}

export interface Echoes {
  pairs: EchoPair[];
  clusters: EchoCluster[];
}

export interface EchoOptions extends Omit<EngineOptions, 'floor'> {
  /** the similarity at which two passages count as the same point; defaults to the method's tuned value */
  threshold?: number;
  /** at most this many shared phrases per pair */
  sharedLimit?: number;
}

export interface EchoRun extends Echoes {
  stats: EngineStats & { linked: number; clusters: number };
}

/**
 * Each method's threshold on the score, with and without local scaling, tuned on the even half of
 * test/fixtures/echoes/pairs.yaml (by the `a` line) as the lowest score that links no more than 10% of
 * its near misses: `npm run echoes:eval` prints them in its table.
 */
export const ECHO_THRESHOLDS: Record<'scaled' | 'plain', Record<SimilarityMethod, number>> = {
  scaled: { tfidf: 0.125, bm25: 0.101, idf2: 0.084, 'idf2-phrases': 0.048, minhash: 0.1 },
  plain: { tfidf: 0.281, bm25: 0.257, idf2: 0.199, 'idf2-phrases': 0.124, minhash: 0.1 },
};

export function echoThreshold(options: Pick<EchoOptions, 'method' | 'localScaling' | 'threshold'>): number {
  if (options.threshold !== undefined) return options.threshold;
  return ECHO_THRESHOLDS[options.localScaling === false ? 'plain' : 'scaled'][options.method ?? DEFAULT_ECHO_METHOD];
}

export const DEFAULT_ECHO_METHOD: SimilarityMethod = 'idf2-phrases';

/** The floor of the scored pairs: low, so that local scaling and threshold sweeps see the near pairs too. */
const SCORING_FLOOR = 0.04;

export interface ScoredEchoPair {
  a: string;
  b: string;
  similarity: number;
  /** what the threshold applies to */
  score: number;
}

/** Every cross-document pair of one speaker's passages that scores above a low floor: for tuning. */
export function scoreEchoPairs(
  passages: readonly EchoPassage[],
  options: Omit<EchoOptions, 'threshold' | 'sharedLimit'> = {},
): { pairs: ScoredEchoPair[]; stats: EngineStats } {
  const run = computeSimilarities(toItems(passages), { ...options, floor: SCORING_FLOOR });
  return {
    pairs: run.pairs.map((pair) => ({
      a: passages[pair.a]!.ref,
      b: passages[pair.b]!.ref,
      similarity: pair.similarity,
      score: pair.score,
    })),
    stats: run.stats,
  };
}

function toItems(passages: readonly EchoPassage[]): SimilarityItem[] {
  // A passage without a speaker (publisher's narration) is nobody's echo: with no text it is never compared.
  return passages.map((passage) => ({
    ref: passage.ref,
    document: passage.document,
    partition: passage.speaker,
    text: passage.speaker ? passage.text : '',
  }));
}

/** Earliest first: by date (a month-precise date sorts before the days of that month, unknown last), then document id. */
export function saidBefore(
  x: Pick<EchoPassage, 'date' | 'document' | 'ref'>,
  y: Pick<EchoPassage, 'date' | 'document' | 'ref'>,
): number {
  const dateX = x.date ?? '\uffff';
  const dateY = y.date ?? '\uffff';
  if (dateX !== dateY) return dateX < dateY ? -1 : 1;
  if (x.document !== y.document) return x.document < y.document ? -1 : 1;
  return x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0;
}

export function findEchoes(passages: readonly EchoPassage[], options: EchoOptions = {}): EchoRun {
  const method = options.method ?? DEFAULT_ECHO_METHOD;
  const threshold = echoThreshold(options);
  const run = computeSimilarities(toItems(passages), { ...options, method, floor: SCORING_FLOOR });
  const links = run.pairs.filter((pair) => pair.score >= threshold);

  const pairs: EchoPair[] = links.map((link) => {
    const [first, second] = saidBefore(passages[link.a]!, passages[link.b]!) <= 0 ? [link.a, link.b] : [link.b, link.a];
    const textA = passages[first]!.text;
    const textB = passages[second]!.text;
    return {
      a: passages[first]!.ref,
      b: passages[second]!.ref,
      similarity: Math.round(Math.min(1, link.similarity) * 1000) / 1000,
      shared: sharedPhrases(run.analyzer, textA, textB, run.idfOf, options.sharedLimit),
    };
  });
  pairs.sort((x, y) => y.similarity - x.similarity || compareStrings(x.a, y.a) || compareStrings(x.b, y.b));

  const clusters: EchoCluster[] = majorityLinkClusters(links, passages.length).map((members) => {
    const ordered = members.map((item) => passages[item]!).sort(saidBefore);
    const firstSaid = ordered[0]!.ref;
    return { id: clusterId(firstSaid), passages: ordered.map((passage) => passage.ref), firstSaid };
  });
  clusters.sort((x, y) => compareStrings(x.id, y.id));

  return { pairs, clusters, stats: { ...run.stats, linked: pairs.length, clusters: clusters.length } };
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A talking point is named after the passage that first made it: stable while that passage stays first. */
function clusterId(firstSaid: string): string {
  return `echo-${firstSaid.replace('#', '--')}`;
}
