/**
 * The concordance index's files, as the build writes them and the browser
 * reads them: one agreement on names, shapes and the hash that says which
 * file holds a word. Changing any of it changes FORMAT.
 */
export const FORMAT = 1;

export interface Manifest {
  format: typeof FORMAT;
  /** How many word shards: a power of two. */
  buckets: number;
  /** At most this many characters of context each side of an occurrence. */
  context: number;
  /** Words not indexed on their own (a phrase still finds them, in the context of its other words). */
  stopwords: string[];
  /** Variant → canonical key, as the index was built with. */
  variants: Record<string, string>;
  /** Documents per metadata shard: document d is in shard floor(d / metaDocuments). */
  metaDocuments: number;
  passages: number;
  documents: number;
  words: number;
  occurrences: number;
}

/**
 * Document number (build order), the passage's number in its document and its id, character offset in the
 * passage text, the context before, the word as printed, the context after.
 */
export type Occurrence = [
  document: number,
  passage: number,
  id: string,
  offset: number,
  left: string,
  hit: string,
  right: string,
];

/** A word with too many occurrences for its shard: its pages, in order, each [page, count]. */
export interface PagedEntry {
  count: number;
  pages: [page: number, count: number][];
}

/** A word shard: the words whose stems hash to it, each with its occurrences in passage order. */
export type WordShard = Record<string, Occurrence[] | PagedEntry>;

/** A metadata shard: consecutive documents, from document number `first`. */
export interface MetaShard {
  first: number;
  documents: {
    id: string;
    date: string | null;
    outlets: string[];
    /** The document's speakers. */
    speakers: string[];
    /** Each passage's speaker, by its index in `speakers`, or -1 (the publisher's text). */
    passages: number[];
  }[];
}

export const MANIFEST = 'manifest.json';
export const wordShardPath = (bucket: number) => `w/${bucket.toString(36)}.json`;
export const pagePath = (bucket: number, page: number) => `w/${bucket.toString(36)}-${page}.json`;
export const metaPath = (shard: number) => `m/${shard}.json`;

/** FNV-1a, 32 bits: the same number in the build and in any browser. */
export function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    value ^= text.charCodeAt(at);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/**
 * A crude English stem ("killed", "kills", "killing" → "kil"), the search's own with a doubled last letter
 * made single so that "kill" agrees. A copy, not an import: the shards are placed by it, so it may change
 * only with FORMAT.
 */
export function stemOf(key: string): string {
  const stem =
    key.length <= 4
      ? key
      : key
          .replace(/ies$/u, 'y')
          .replace(/(?:ing|ed|es|s|ly)$/u, '')
          .replace(/(.)\1$/u, '$1');
  return stem.replace(/(.)\1$/u, '$1');
}

// By stem, so that "kill", "killed" and "kills" share a shard: a lookup of a word with its forms is one file.
export const bucketOf = (key: string, buckets: number) => hash(stemOf(key)) & (buckets - 1);

/** Whether a word is indexed on its own: not a stopword, and not a stray letter. */
export const isIndexed = (key: string, stopwords: ReadonlySet<string>) =>
  !stopwords.has(key) && (key.length > 1 || /\d/u.test(key));
