/**
 * The similarity engine shared by "said elsewhere" and the question groups: weighted content-word
 * vectors, candidate pairs from an inverted index on each item's rarest terms (never all pairs), and
 * a score for each candidate. Items are compared only within their partition (a speaker, for echoes)
 * and never within one document.
 *
 * Why the index is enough: two passages that make the same point share at least one of the rare
 * words that carry it (a name, a number, an unusual noun), and a passage's rarest words are the ones
 * that weigh most in every score here. So each item looks up only its k rarest terms in the index of
 * its partition, and a pair is compared only if one item's rare term is used by the other. The work
 * grows with the items times the postings of rare terms, not with the square of the items; measured
 * against comparing all pairs, k = 15 finds every pair above the threshold on the fixtures' corpus.
 */
import { createAnalyzer, foldText, type VariantGroups } from './text.ts';

export interface SimilarityItem {
  ref: string;
  document: string;
  /** items are only compared within one partition */
  partition: string;
  text: string;
}

/**
 * - tfidf: cosine of (1 + ln tf) · idf vectors
 * - bm25: cosine of BM25-weighted vectors (tf saturated, long passages discounted)
 * - idf2: cosine of (1 + ln tf) · idf² vectors: rare words (names, numbers, details) dominate, topic words fade
 * - idf2-phrases: the mean of idf2 and the cosine of the pairs of content words the two passages share in
 *   order (adjacent or one apart): a shared point is said in shared phrases, a shared topic only in shared words
 * - minhash: the Jaccard similarity of word 3-shingles, estimated by MinHash with LSH banding (a baseline)
 */
export type SimilarityMethod = 'tfidf' | 'bm25' | 'idf2' | 'idf2-phrases' | 'minhash';

export interface EngineOptions {
  method?: SimilarityMethod;
  variants?: VariantGroups;
  /** items with fewer distinct content terms are never compared: greetings, thanks, one-line asides */
  minContentTerms?: number;
  /** how many of its rarest terms each item looks up in the index */
  candidateTerms?: number;
  /** pairs less similar than this are dropped before anything else is done with them */
  floor?: number;
  /**
   * Subtract half the mean score of each item's closest neighbours (the larger of the two items'): a
   * passage that resembles everything on its topic needs a higher score to count as the same point.
   */
  localScaling?: boolean;
}

export interface ScoredPair {
  /** indices into the items, a < b */
  a: number;
  b: number;
  /** 0–1: how alike the two items are */
  similarity: number;
  /** what a threshold applies to: the similarity, less the local scaling when that is on */
  score: number;
}

export interface EngineStats {
  items: number;
  eligible: number;
  vocabulary: number;
  candidates: number;
  pairs: number;
}

export interface EngineResult {
  pairs: ScoredPair[];
  /** for each item, whether it was compared at all (enough content terms) */
  eligible: boolean[];
  stats: EngineStats;
  /** the content terms of an item, in order, with where each word is printed: for the shared phrases */
  analyzer: ReturnType<typeof createAnalyzer>;
  /** idf of a term, for ranking what two items share */
  idfOf: (term: string) => number;
}

const DEFAULTS = {
  method: 'idf2-phrases' as SimilarityMethod,
  minContentTerms: 6,
  candidateTerms: 15,
  floor: 0.04,
  localScaling: true,
};

const NEIGHBOURS_FOR_SCALING = 10;

interface Vectors {
  /** per item: distinct term ids, ascending */
  ids: Int32Array[];
  /** per item: unit-length weights, aligned with ids */
  weights: Float32Array[];
}

function intern(terms: string[], dictionary: Map<string, number>): Int32Array {
  const ids = new Int32Array(terms.length);
  terms.forEach((term, index) => {
    let id = dictionary.get(term);
    if (id === undefined) dictionary.set(term, (id = dictionary.size));
    ids[index] = id;
  });
  return ids;
}

function distinctSorted(sequence: Int32Array): { ids: Int32Array; counts: Int32Array } {
  const sorted = Int32Array.from(sequence).sort();
  const ids: number[] = [];
  const counts: number[] = [];
  for (let index = 0; index < sorted.length; index++) {
    if (index > 0 && sorted[index] === sorted[index - 1]) counts[counts.length - 1]!++;
    else {
      ids.push(sorted[index]!);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
}

function dot(aIds: Int32Array, aWeights: Float32Array, bIds: Int32Array, bWeights: Float32Array): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!;
    const y = bIds[j]!;
    if (x === y) sum += aWeights[i++]! * bWeights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The gaps at which two content words still count as one phrase: "Minsk Group", "Minsk … Group". */
const PHRASE_GAPS = [1, 2];

export function computeSimilarities(items: readonly SimilarityItem[], options: EngineOptions = {}): EngineResult {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const settings = { ...DEFAULTS, ...given } as typeof DEFAULTS & EngineOptions;
  const analyzer = createAnalyzer(settings.variants ?? []);
  const dictionary = new Map<string, number>();
  const sequences: Int32Array[] = items.map((item) => intern(analyzer.terms(item.text), dictionary));
  const distinct = sequences.map(distinctSorted);
  const eligible = distinct.map((entry) => entry.ids.length >= settings.minContentTerms);
  const vocabulary = dictionary.size;

  const documentFrequency = new Int32Array(vocabulary);
  let eligibleCount = 0;
  let totalLength = 0;
  distinct.forEach((entry, index) => {
    if (!eligible[index]) return;
    eligibleCount++;
    totalLength += sequences[index]!.length;
    for (const id of entry.ids) documentFrequency[id]!++;
  });
  const idf = new Float64Array(vocabulary);
  for (let id = 0; id < vocabulary; id++) {
    idf[id] = Math.max(0, Math.log((eligibleCount + 1) / (documentFrequency[id]! + 0.5)));
  }
  const averageLength = totalLength / Math.max(1, eligibleCount);

  const method = settings.method;
  const vectors = buildVectors(method, distinct, sequences, eligible, idf, averageLength);
  const phrases = method === 'idf2-phrases' ? new PhraseMatcher(sequences, idf, vocabulary) : null;
  const sketches = method === 'minhash' ? buildSketches(items, eligible) : null;

  const documentIds = new Map<string, number>();
  const documentOf = Int32Array.from(items, (item) => {
    let id = documentIds.get(item.document);
    if (id === undefined) documentIds.set(item.document, (id = documentIds.size));
    return id;
  });
  const partitions = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (!eligible[index]) return;
    let members = partitions.get(item.partition);
    if (!members) partitions.set(item.partition, (members = []));
    members.push(index);
  });

  const probes = sketches ? null : rarestTerms(distinct, eligible, documentFrequency, settings.candidateTerms);
  const postings = new TermPostings(vocabulary);
  const pairs: ScoredPair[] = [];
  let candidates = 0;
  const seenBy = new Int32Array(items.length).fill(-1);

  for (const members of partitions.values()) {
    const index: CandidateIndex = sketches
      ? bandIndex(sketches, members)
      : postings.build(members, distinct, documentFrequency, probes!);
    phrases?.prepare(members);
    for (const a of members) {
      for (const b of index.neighbours(a)) {
        if (b === a || seenBy[b] === a || documentOf[b] === documentOf[a]) continue;
        seenBy[b] = a;
        // A pair is scored once: from whichever of its items comes first and reaches the other.
        if (b < a && index.reaches(b, a)) continue;
        candidates++;
        let similarity: number;
        if (sketches) {
          similarity = sketchSimilarity(sketches[a]!, sketches[b]!);
        } else {
          const cosine = dot(vectors!.ids[a]!, vectors!.weights[a]!, vectors!.ids[b]!, vectors!.weights[b]!);
          if (phrases) {
            // Sharing phrases implies sharing words: a pair far below the floor in words has no phrase to add.
            if (cosine < settings.floor / 2) continue;
            similarity = (cosine + phrases.cosine(a, b)) / 2;
          } else {
            similarity = cosine;
          }
        }
        if (similarity >= settings.floor) {
          pairs.push({ a: Math.min(a, b), b: Math.max(a, b), similarity, score: similarity });
        }
      }
    }
    postings.clear();
  }

  if (settings.localScaling) scaleLocally(pairs, items.length);

  return {
    pairs,
    eligible,
    stats: { items: items.length, eligible: eligibleCount, vocabulary, candidates, pairs: pairs.length },
    analyzer,
    idfOf: (term) => {
      const id = dictionary.get(term);
      return id === undefined ? 0 : idf[id]!;
    },
  };
}

function buildVectors(
  method: SimilarityMethod,
  distinct: { ids: Int32Array; counts: Int32Array }[],
  sequences: Int32Array[],
  eligible: boolean[],
  idf: Float64Array,
  averageLength: number,
): Vectors | null {
  if (method === 'minhash') return null;
  const ids: Int32Array[] = [];
  const weights: Float32Array[] = [];
  distinct.forEach((entry, index) => {
    if (!eligible[index]) {
      ids.push(new Int32Array(0));
      weights.push(new Float32Array(0));
      return;
    }
    const length = sequences[index]!.length;
    const vector = new Float32Array(entry.ids.length);
    let norm = 0;
    for (let k = 0; k < entry.ids.length; k++) {
      const count = entry.counts[k]!;
      const termIdf = idf[entry.ids[k]!]!;
      let weight: number;
      if (method === 'bm25') {
        const k1 = 1.2;
        const b = 0.75;
        weight = (termIdf * (count * (k1 + 1))) / (count + k1 * (1 - b + (b * length) / averageLength));
      } else if (method === 'tfidf') {
        weight = (1 + Math.log(count)) * termIdf;
      } else {
        weight = (1 + Math.log(count)) * termIdf * termIdf;
      }
      vector[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < vector.length; k++) vector[k]! /= norm;
    ids.push(entry.ids);
    weights.push(vector);
  });
  return { ids, weights };
}

function forEachBigram(sequence: Int32Array, visit: (first: number, second: number) => void): void {
  for (const gap of PHRASE_GAPS) {
    for (let index = 0; index + gap < sequence.length; index++) {
      const first = sequence[index]!;
      const second = sequence[index + gap]!;
      if (first !== second) visit(first, second);
    }
  }
}

/**
 * The cosine of two items' sets of ordered word pairs, each pair weighted by the idf of its commoner
 * word (so that "the Minsk Group" counts for what "Minsk" and "Group" are worth together, not more).
 * Each item's pairs are kept as sorted keys only while its partition is being compared.
 */
class PhraseMatcher {
  private readonly sequences: Int32Array[];
  private readonly idf: Float64Array;
  private readonly vocabulary: number;
  private keys = new Map<number, Float64Array>();
  private norms = new Map<number, number>();

  constructor(sequences: Int32Array[], idf: Float64Array, vocabulary: number) {
    this.sequences = sequences;
    this.idf = idf;
    this.vocabulary = vocabulary;
  }

  private weightOf(key: number): number {
    const first = Math.floor(key / this.vocabulary);
    return Math.min(this.idf[first]!, this.idf[key - first * this.vocabulary]!);
  }

  /** Prepares the items of one partition, dropping the previous one's. */
  prepare(members: readonly number[]): void {
    this.keys = new Map();
    this.norms = new Map();
    for (const item of members) {
      const collected: number[] = [];
      forEachBigram(this.sequences[item]!, (first, second) => collected.push(first * this.vocabulary + second));
      const sorted = Float64Array.from(collected).sort();
      let distinct = 0;
      let norm = 0;
      for (let index = 0; index < sorted.length; index++) {
        if (index > 0 && sorted[index] === sorted[distinct - 1]) continue;
        sorted[distinct++] = sorted[index]!;
        norm += this.weightOf(sorted[index]!) ** 2;
      }
      this.keys.set(item, sorted.subarray(0, distinct));
      this.norms.set(item, Math.sqrt(norm) || 1);
    }
  }

  cosine(a: number, b: number): number {
    const x = this.keys.get(a)!;
    const y = this.keys.get(b)!;
    let sum = 0;
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      const left = x[i]!;
      const right = y[j]!;
      if (left === right) {
        sum += this.weightOf(left) ** 2;
        i++;
        j++;
      } else if (left < right) i++;
      else j++;
    }
    return sum / (this.norms.get(a)! * this.norms.get(b)!);
  }
}

interface CandidateIndex {
  /** the items that may make the same point as this one */
  neighbours(item: number): Iterable<number>;
  /** whether `from` lists `to` among its neighbours */
  reaches(from: number, to: number): boolean;
}

/** Each item's k rarest terms that some other item also uses (document frequency ≥ 2). */
function rarestTerms(
  distinct: { ids: Int32Array }[],
  eligible: boolean[],
  documentFrequency: Int32Array,
  count: number,
): Int32Array[] {
  return distinct.map((entry, index) => {
    if (!eligible[index]) return new Int32Array(0);
    const usable = Array.from(entry.ids).filter((id) => documentFrequency[id]! >= 2);
    usable.sort((x, y) => documentFrequency[x]! - documentFrequency[y]! || x - y);
    return Int32Array.from(usable.slice(0, count));
  });
}

function contains(sortedIds: Int32Array, id: number): boolean {
  let low = 0;
  let high = sortedIds.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sortedIds[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * An inverted index of one partition: for each term, the items that use it. An item's neighbours are
 * the items that use one of its k rarest terms. Built and cleared partition by partition, in arrays
 * sized to the vocabulary that are reused, so memory follows the largest partition, not the corpus.
 */
class TermPostings {
  private readonly counts: Int32Array;
  private readonly starts: Int32Array;
  private readonly filled: Int32Array;
  private touched: number[] = [];
  private items = new Int32Array(0);

  constructor(vocabulary: number) {
    this.counts = new Int32Array(vocabulary);
    this.starts = new Int32Array(vocabulary);
    this.filled = new Int32Array(vocabulary);
  }

  build(
    members: readonly number[],
    distinct: { ids: Int32Array }[],
    documentFrequency: Int32Array,
    probes: Int32Array[],
  ): CandidateIndex {
    let total = 0;
    for (const item of members) {
      for (const id of distinct[item]!.ids) {
        if (documentFrequency[id]! < 2) continue;
        if (this.counts[id] === 0) this.touched.push(id);
        this.counts[id]!++;
        total++;
      }
    }
    let cursor = 0;
    for (const id of this.touched) {
      this.starts[id] = cursor;
      cursor += this.counts[id]!;
    }
    if (this.items.length < total) this.items = new Int32Array(total);
    for (const item of members) {
      for (const id of distinct[item]!.ids) {
        if (documentFrequency[id]! < 2) continue;
        this.items[this.starts[id]! + this.filled[id]!++] = item;
      }
    }
    const { counts, starts, items } = this;
    return {
      *neighbours(item) {
        for (const id of probes[item]!) {
          const start = starts[id]!;
          for (let position = start; position < start + counts[id]!; position++) yield items[position]!;
        }
      },
      reaches(from, to) {
        for (const id of probes[from]!) if (contains(distinct[to]!.ids, id)) return true;
        return false;
      },
    };
  }

  clear(): void {
    for (const id of this.touched) {
      this.counts[id] = 0;
      this.filled[id] = 0;
    }
    this.touched = [];
  }
}

// MinHash baseline: 64 hashes in 32 bands of 2 rows (translations share few shingles: bands must be narrow).
const HASHES = 64;
const ROWS = 2;

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function buildSketches(items: readonly SimilarityItem[], eligible: boolean[]): (Uint32Array | null)[] {
  return items.map((item, index) => {
    if (!eligible[index]) return null;
    const words = foldText(item.text).match(/[\p{L}\p{N}]+/gu) ?? [];
    const sketch = new Uint32Array(HASHES).fill(0xffffffff);
    for (let start = 0; start + 3 <= words.length; start++) {
      const shingle = hashString(words.slice(start, start + 3).join(' '));
      for (let k = 0; k < HASHES; k++) {
        const value = mix(shingle, Math.imul(k + 1, 0x9e3779b1));
        if (value < sketch[k]!) sketch[k] = value;
      }
    }
    return sketch;
  });
}

function sketchSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) equal++;
  return equal / HASHES;
}

function bandIndex(sketches: (Uint32Array | null)[], members: readonly number[]): CandidateIndex {
  const buckets = new Map<string, number[]>();
  const keysOf = new Map<number, string[]>();
  for (const item of members) {
    const sketch = sketches[item]!;
    const keys: string[] = [];
    for (let band = 0; band < HASHES / ROWS; band++) {
      const key = `${band}:${Array.from(sketch.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      keys.push(key);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(item);
    }
    keysOf.set(item, keys);
  }
  return {
    *neighbours(item) {
      for (const key of keysOf.get(item)!) yield* buckets.get(key)!;
    },
    // Bands are symmetric: whoever comes first finds the other.
    reaches: () => true,
  };
}

function scaleLocally(pairs: ScoredPair[], itemCount: number): void {
  const best: number[][] = Array.from({ length: itemCount }, () => []);
  const keep = (list: number[], value: number) => {
    if (list.length < NEIGHBOURS_FOR_SCALING) list.push(value);
    else {
      let lowest = 0;
      for (let k = 1; k < list.length; k++) if (list[k]! < list[lowest]!) lowest = k;
      if (value > list[lowest]!) list[lowest] = value;
    }
  };
  for (const pair of pairs) {
    keep(best[pair.a]!, pair.score);
    keep(best[pair.b]!, pair.score);
  }
  const mean = best.map((list) => (list.length ? list.reduce((sum, value) => sum + value, 0) / list.length : 0));
  for (const pair of pairs) pair.score -= 0.5 * Math.max(mean[pair.a]!, mean[pair.b]!);
}
