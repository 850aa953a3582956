/**
 * The concordance index, built once at build time: for every word, each of
 * its occurrences with a little context either side, so that the browser can
 * show it in context from one small file; and, stored once per passage in
 * separate shards, what a line needs besides (document, date, speaker,
 * outlets). Pure: it yields [path, JSON content] and the caller writes them.
 *
 * One pass over the passages keeps their texts (the one copy) and packs the
 * occurrences into typed arrays; a second pass groups them by word and emits
 * one word shard at a time, slicing the contexts from the texts as it goes.
 * Linear in the corpus; the largest thing held besides is one shard.
 */
import type { Corpus } from '../corpus/schema.ts';
import { STOPWORDS, tokenize, type Variants } from '../verify/words.ts';
import {
  FORMAT,
  MANIFEST,
  bucketOf,
  isIndexed,
  metaPath,
  pagePath,
  wordShardPath,
  type Manifest,
  type MetaShard,
  type Occurrence,
  type PagedEntry,
  type WordShard,
} from './shared.ts';

export interface ConcordancePassage {
  /** "<document>#<passage>" */
  ref: string;
  document: string;
  date: string | null;
  speaker: string | null;
  outlet: string | readonly string[] | null;
  text: string;
}

export interface BuildOptions {
  variants?: Variants;
  /** Characters of context each side of an occurrence, cut back to a whole word. */
  context?: number;
  stopwords?: Iterable<string>;
  /** The size a word shard should average, in bytes. */
  shardBytes?: number;
  /** The most a word shard may hold: a word that would take it beyond goes to pages of its own. */
  shardMax?: number;
  /** A word with more than this goes to pages of this size, however full its shard. */
  pageBytes?: number;
  /**
   * Documents per metadata shard (default 8, about 2 KB): one would cost a request per document a word
   * occurs in; more trade bytes a rare word does not need for fewer requests for a common one.
   */
  metaDocuments?: number;
}

/** The passages of a corpus as the concordance takes them, in the corpus's document order. */
export function* concordancePassages(corpus: Corpus): Generator<ConcordancePassage> {
  for (const document of corpus.documents) {
    const outlet = document.outlets.map(({ id }) => id);
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        yield {
          ref: `${document.id}#${passage.id}`,
          document: document.id,
          date: document.date.value,
          speaker: turn.speaker,
          outlet,
          text: passage.text,
        };
      }
    }
  }
}

/** An Int32Array that grows: millions of occurrences as numbers, not objects. */
class Column {
  data = new Int32Array(1 << 16);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

// JSON punctuation and the three numbers of an occurrence, besides its three strings.
const OCCURRENCE_OVERHEAD = 26;

export function* buildConcordance(
  passages: Iterable<ConcordancePassage>,
  options: BuildOptions = {},
): Generator<[path: string, content: unknown]> {
  const context = options.context ?? 60;
  const stopwords = new Set(options.stopwords ?? STOPWORDS);
  const shardBytes = options.shardBytes ?? 16_000;
  const shardMax = options.shardMax ?? 48_000;
  const pageBytes = options.pageBytes ?? 32_000;
  const metaDocuments = options.metaDocuments ?? 8;
  const variants = options.variants;

  const texts: string[] = [];
  const passageIds: string[] = [];
  const passageDocument = new Column();
  const passageIndex = new Column();
  const keys = new Map<string, number>();
  const keyNames: string[] = [];
  const occKey = new Column();
  const occPassage = new Column();
  const occStart = new Column();
  const occEnd = new Column();

  let documents = 0;
  let meta = null as MetaShard | null;
  let current = null as MetaShard['documents'][number] | null;
  let speakerIndex = new Map<string, number>();
  const seen = new Set<string>();

  for (const passage of passages) {
    const n = texts.length;
    if (current?.id !== passage.document) {
      if (seen.has(passage.document))
        throw new Error(`concordance: the passages of ${passage.document} must come together`);
      seen.add(passage.document);
      if (documents % metaDocuments === 0) {
        if (meta) yield [metaPath(meta.first / metaDocuments), meta];
        meta = { first: documents, documents: [] };
      }
      const outlets =
        passage.outlet === null ? [] : typeof passage.outlet === 'string' ? [passage.outlet] : [...passage.outlet];
      current = { id: passage.document, date: passage.date, outlets, speakers: [], passages: [] };
      meta!.documents.push(current);
      documents++;
      speakerIndex = new Map();
    }
    let speaker = -1;
    if (passage.speaker !== null) {
      speaker = speakerIndex.get(passage.speaker) ?? current.speakers.length;
      if (speaker === current.speakers.length) {
        speakerIndex.set(passage.speaker, speaker);
        current.speakers.push(passage.speaker);
      }
    }
    const hash = passage.ref.indexOf('#');
    passageDocument.push(documents - 1);
    passageIndex.push(current.passages.length);
    passageIds.push(hash >= 0 ? passage.ref.slice(hash + 1) : passage.ref);
    current.passages.push(speaker);

    texts.push(passage.text);
    for (const token of tokenize(passage.text, variants)) {
      if (!isIndexed(token.base, stopwords)) continue;
      let id = keys.get(token.base);
      if (id === undefined) {
        id = keyNames.length;
        keys.set(token.base, id);
        keyNames.push(token.base);
      }
      occKey.push(id);
      occPassage.push(n);
      occStart.push(token.start);
      occEnd.push(token.end);
    }
  }
  if (meta) yield [metaPath(meta.first / metaDocuments), meta];

  // Occurrences grouped by word, keeping passage order: a counting sort.
  const total = occKey.length;
  const words = keyNames.length;
  const startOf = new Int32Array(words + 1);
  for (let at = 0; at < total; at++) startOf[occKey.data[at]! + 1]!++;
  for (let id = 0; id < words; id++) startOf[id + 1]! += startOf[id]!;
  const order = new Int32Array(total);
  const fill = startOf.slice(0, words);
  for (let at = 0; at < total; at++) order[fill[occKey.data[at]!]!++] = at;

  // Enough shards for what stays in them to average shardBytes: the rarer words' occurrences, and the
  // list of pages of each common word.
  const perOccurrence = 2 * context + 22 + OCCURRENCE_OVERHEAD;
  let inShards = 0;
  for (let id = 0; id < words; id++) {
    const bytes = (startOf[id + 1]! - startOf[id]!) * perOccurrence;
    inShards += bytes <= pageBytes ? bytes : 40 + keyNames[id]!.length + 12 * Math.ceil(bytes / pageBytes);
  }
  let buckets = 1;
  while (buckets * shardBytes < inShards) buckets *= 2;
  const byBucket: number[][] = Array.from({ length: buckets }, () => []);
  for (let id = 0; id < words; id++) byBucket[bucketOf(keyNames[id]!, buckets)]!.push(id);

  const occurrence = (at: number): Occurrence => {
    const n = occPassage.data[at]!;
    const text = texts[n]!;
    const start = occStart.data[at]!;
    const end = occEnd.data[at]!;
    const left = leftOf(text, start, context);
    const right = rightOf(text, end, context);
    return [
      passageDocument.data[n]!,
      passageIndex.data[n]!,
      passageIds[n]!,
      start,
      left,
      text.slice(start, end),
      right,
    ];
  };
  const size = (entry: Occurrence) =>
    OCCURRENCE_OVERHEAD + entry[2].length + entry[4].length + entry[5].length + entry[6].length;

  for (let bucket = 0; bucket < buckets; bucket++) {
    const shard: WordShard = {};
    let shardSize = 2;
    let pageNumber = 0;
    const ids = byBucket[bucket]!.sort((a, b) => (keyNames[a]! < keyNames[b]! ? -1 : 1));
    for (const id of ids) {
      const pages: Occurrence[][] = [[]];
      let bytes = 0;
      let wordBytes = 0;
      for (let at = startOf[id]!; at < startOf[id + 1]!; at++) {
        const entry = occurrence(order[at]!);
        const entryBytes = size(entry);
        if (bytes + entryBytes > pageBytes && bytes > 0) {
          pages.push([]);
          bytes = 0;
        }
        pages.at(-1)!.push(entry);
        bytes += entryBytes;
        wordBytes += entryBytes;
      }
      const key = keyNames[id]!;
      if (pages.length === 1 && shardSize + wordBytes <= shardMax) {
        shard[key] = pages[0]!;
        shardSize += wordBytes + key.length + 4;
        continue;
      }
      const paged: PagedEntry = { count: startOf[id + 1]! - startOf[id]!, pages: [] };
      for (const page of pages) {
        paged.pages.push([pageNumber, page.length]);
        yield [pagePath(bucket, pageNumber++), page];
      }
      shard[key] = paged;
      shardSize += 40 + key.length + 10 * pages.length;
    }
    yield [wordShardPath(bucket), shard];
  }

  const manifest: Manifest = {
    format: FORMAT,
    buckets,
    context,
    stopwords: [...stopwords].sort(),
    variants: Object.fromEntries(variants ?? []),
    metaDocuments,
    passages: texts.length,
    documents,
    words,
    occurrences: total,
  };
  yield [MANIFEST, manifest];
}

/** Up to `context` characters before `start`, from the start of a whole word. */
function leftOf(text: string, start: number, context: number): string {
  let from = Math.max(0, start - context);
  if (from > 0 && !/\s/u.test(text[from - 1]!)) {
    const space = text.slice(from, start).search(/\s/u);
    from = space < 0 ? start : from + space + 1;
  }
  return text.slice(from, start);
}

/** Up to `context` characters after `end`, to the end of a whole word. */
function rightOf(text: string, end: number, context: number): string {
  let to = Math.min(text.length, end + context);
  if (to < text.length && !/\s/u.test(text[to]!)) {
    const piece = text.slice(end, to);
    let space = piece.length - 1;
    while (space >= 0 && !/\s/u.test(piece[space]!)) space--;
    to = space < 0 ? end : end + space;
  }
  return text.slice(end, to);
}
