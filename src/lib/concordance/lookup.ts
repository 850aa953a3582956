/**
 * Keyword in context, in the browser, from the static concordance index: a
 * word costs its one word shard (plus pages, for a very common word) and the
 * metadata shards of the passages it occurs in; every file is fetched once.
 *
 * A phrase is found through its rarest indexed word: the passages that hold
 * every indexed word of the phrase, then the phrase itself in the stored
 * contexts of those words, which are exact slices of the passage at known
 * offsets. So stopwords inside a phrase are checked too, though not indexed.
 * A phrase longer than a context window can only be found where the windows
 * of its words overlap; one of stopwords alone is not looked up at all.
 */
import { tokenize, type Token } from '../verify/words.ts';
import {
  FORMAT,
  MANIFEST,
  bucketOf,
  isIndexed,
  metaPath,
  pagePath,
  stemOf,
  wordShardPath,
  type Manifest,
  type MetaShard,
  type Occurrence,
  type PagedEntry,
  type WordShard,
} from './shared.ts';

export type FetchJson = (path: string) => Promise<unknown>;

export interface Line {
  /** "<document>#<passage>" */
  ref: string;
  document: string;
  passage: string;
  date: string | null;
  speaker: string | null;
  outlets: string[];
  /** [offset, offset + hit.length) in the passage text. */
  offset: number;
  left: string;
  hit: string;
  right: string;
}

export interface Lookup {
  query: string;
  /** The query's words as the index keys them. */
  words: string[];
  /** Every occurrence, in passage order (the corpus's order); `total` may be more when `complete` is false. */
  lines: Line[];
  total: number;
  complete: boolean;
  /** The query has no indexed word (only stopwords or stray letters): nothing was looked up. */
  unindexed: boolean;
}

export interface LookupOptions {
  /** Also every word of the same stem ("killed", "kills" for "kill"); single words only. */
  stems?: boolean;
  /** The most occurrences to load of a paged word (pages are loaded whole). */
  limit?: number;
}

export interface Concordance {
  lookup: (query: string, options?: LookupOptions) => Promise<Lookup>;
}

/** A concordance reader over the index's files; `fetchJson(path)` resolves a path like "w/1f.json". */
export function concordance(fetchJson: FetchJson): Concordance {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(path: string) => {
    let pending = cache.get(path);
    if (!pending) {
      pending = fetchJson(path);
      pending.catch(() => cache.delete(path)); // a failed fetch is tried again next time
      cache.set(path, pending);
    }
    return pending as Promise<T>;
  };
  return { lookup: (query, options) => lookup(query, load, options) };
}

interface Found {
  key: string;
  bucket: number;
  entry: Occurrence[] | PagedEntry;
}

const count = (entry: Occurrence[] | PagedEntry) => (Array.isArray(entry) ? entry.length : entry.count);

async function lookup(
  query: string,
  load: <T>(path: string) => Promise<T>,
  options: LookupOptions = {},
): Promise<Lookup> {
  const manifest = await load<Manifest>(MANIFEST);
  if (manifest.format !== FORMAT) throw new Error(`concordance: index format ${manifest.format}, expected ${FORMAT}`);
  const variants = new Map(Object.entries(manifest.variants));
  const stopwords = new Set(manifest.stopwords);
  const tokens = tokenize(query, variants);
  const words = tokens.map((token) => token.base);
  const result: Lookup = { query, words, lines: [], total: 0, complete: true, unindexed: false };
  const indexed = [...new Set(words.filter((word) => isIndexed(word, stopwords)))];
  if (indexed.length === 0) return { ...result, unindexed: words.length > 0 };

  const found = await Promise.all(
    indexed.map(async (key): Promise<Found[]> => {
      const bucket = bucketOf(key, manifest.buckets);
      const shard = await load<WordShard>(wordShardPath(bucket));
      if (words.length === 1 && options.stems) {
        const wanted = stemOf(key);
        return Object.entries(shard)
          .filter(([other]) => stemOf(other) === wanted)
          .map(([other, entry]) => ({ key: other, bucket, entry }));
      }
      const entry = shard[key];
      return entry ? [{ key, bucket, entry }] : [];
    }),
  );
  if (found.some((forms) => forms.length === 0)) return result;
  const limit = options.limit ?? 10_000;

  let occurrences: Occurrence[];
  let total: number;
  if (words.length === 1) {
    const forms = found[0]!;
    total = forms.reduce((sum, form) => sum + count(form.entry), 0);
    const loaded = await Promise.all(forms.map((form) => occurrencesOf(form, load, limit)));
    occurrences = loaded.flat().sort((a, b) => passageOf(a) - passageOf(b) || a[3] - b[3]);
  } else {
    const entries = found.map((forms) => forms[0]!);
    // The rarest word leads; the others' windows join it where they are in the same passages.
    entries.sort((a, b) => count(a.entry) - count(b.entry));
    const [anchor, ...others] = entries as [Found, ...Found[]];
    const anchorOccurrences = await occurrencesOf(anchor, load, limit);
    let passages = new Set(anchorOccurrences.map(passageOf));
    const windows = anchorOccurrences.slice();
    for (const other of others) {
      if (!Array.isArray(other.entry)) continue; // a paged word only narrows by its pages: not worth loading
      const held = new Set(other.entry.map(passageOf));
      passages = new Set([...passages].filter((n) => held.has(n)));
      for (const entry of other.entry) if (passages.has(passageOf(entry))) windows.push(entry);
    }
    occurrences = phraseIn(
      windows.filter((entry) => passages.has(passageOf(entry))),
      words,
      variants,
      manifest.context,
    );
    total = occurrences.length;
    result.complete = count(anchor.entry) <= limit;
  }
  result.total = total;
  result.complete &&= occurrences.length >= total;
  result.lines = await withMeta(occurrences, manifest, load);
  return result;
}

async function occurrencesOf(found: Found, load: <T>(path: string) => Promise<T>, limit: number) {
  if (Array.isArray(found.entry)) return found.entry;
  let loaded = 0;
  const wanted = found.entry.pages.filter(([, size]) => (loaded += size) - size < limit);
  const pages = await Promise.all(wanted.map(([page]) => load<Occurrence[]>(pagePath(found.bucket, page))));
  return pages.flat();
}

// One number per passage, for sets and order: document first, then the passage's place in it.
const passageOf = (entry: Occurrence) => entry[0] * 0x10000 + entry[1];

/** The phrase wherever it stands in the merged context windows of a passage. */
function phraseIn(
  windows: Occurrence[],
  words: readonly string[],
  variants: ReadonlyMap<string, string>,
  context: number,
): Occurrence[] {
  const startOf = (entry: Occurrence) => entry[3] - entry[4].length;
  windows.sort((a, b) => passageOf(a) - passageOf(b) || startOf(a) - startOf(b));
  const hits: Occurrence[] = [];
  let at = 0;
  while (at < windows.length) {
    const [document, passage, id] = windows[at]!;
    // Windows are exact slices of the passage: overlapping or touching ones join into one known stretch.
    let start = startOf(windows[at]!);
    let text = '';
    const flush = () => {
      const tokens = tokenize(text, variants);
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (!words.every((word, k) => tokens[i + k]!.base === word)) continue;
        hits.push(hitIn([document, passage, id], start, text, tokens[i]!, tokens[i + words.length - 1]!, context));
      }
    };
    for (; at < windows.length && windows[at]![0] === document && windows[at]![1] === passage; at++) {
      const [, , , offset, left, hit, right] = windows[at]!;
      const from = offset - left.length;
      const piece = left + hit + right;
      if (from > start + text.length) {
        flush();
        start = from;
        text = piece;
      } else if (from + piece.length > start + text.length) text = text.slice(0, from - start) + piece;
    }
    flush();
  }
  return hits;
}

function hitIn(
  [document, passage, id]: [number, number, string],
  start: number,
  text: string,
  first: Token,
  last: Token,
  context: number,
): Occurrence {
  const left = text.slice(Math.max(0, first.start - context), first.start);
  const right = text.slice(last.end, last.end + context);
  // Within a joined stretch the edges may fall inside a word: keep whole words only.
  const wholeLeft = first.start - context > 0 ? left.replace(/^\S*\s?/u, '') : left;
  const wholeRight = last.end + context < text.length ? right.replace(/\s?\S*$/u, '') : right;
  return [document, passage, id, start + first.start, wholeLeft, text.slice(first.start, last.end), wholeRight];
}

async function withMeta(
  occurrences: readonly Occurrence[],
  manifest: Manifest,
  load: <T>(path: string) => Promise<T>,
): Promise<Line[]> {
  const needed = [...new Set(occurrences.map((entry) => Math.floor(entry[0] / manifest.metaDocuments)))];
  const shards = await Promise.all(needed.map((shard) => load<MetaShard>(metaPath(shard))));
  const documents = new Map<number, MetaShard['documents'][number]>();
  for (const shard of shards) shard.documents.forEach((document, at) => documents.set(shard.first + at, document));
  return occurrences.map(([number, index, passage, offset, left, hit, right]) => {
    const document = documents.get(number)!;
    const speaker = document.passages[index]!;
    return {
      ref: `${document.id}#${passage}`,
      document: document.id,
      passage,
      date: document.date,
      speaker: document.speakers[speaker] ?? null,
      outlets: document.outlets,
      offset,
      left,
      hit,
      right,
    };
  });
}

/** The context cut to `count` words each side. */
export function trimContext(line: Line, count: number): { left: string; right: string } {
  const left = tokenize(line.left);
  const right = tokenize(line.right);
  return {
    left: left.length > count ? line.left.slice(left[left.length - count]!.start) : line.left,
    right: right.length > count ? line.right.slice(0, right[count - 1]!.end) : line.right,
  };
}

/** Lines in order of the words just before the hit (nearest first), just after it, or by date. */
export function sortLines(lines: readonly Line[], by: 'left' | 'right' | 'date'): Line[] {
  const keyOf = (line: Line) =>
    by === 'date'
      ? (line.date ?? '~')
      : by === 'left'
        ? tokenize(line.left)
            .map((token) => token.key)
            .reverse()
            .join(' ')
        : tokenize(line.right)
            .map((token) => token.key)
            .join(' ');
  const keyed = lines.map((line) => ({ line, key: keyOf(line) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ line }) => line);
}

export interface LineFilter {
  speaker?: string;
  outlet?: string;
  year?: string;
}

export function filterLines(lines: readonly Line[], filter: LineFilter): Line[] {
  return lines.filter(
    (line) =>
      (!filter.speaker || line.speaker === filter.speaker) &&
      (!filter.outlet || line.outlets.includes(filter.outlet)) &&
      (!filter.year || Boolean(line.date?.startsWith(filter.year))),
  );
}

/**
 * Occurrences per month for a chart: every month from the first to the last, empty ones at 0. Lines dated
 * only to a year, or not at all, cannot be placed in a month: they are counted apart.
 */
export function countByMonth(lines: readonly Line[]): { months: { month: string; count: number }[]; unplaced: number } {
  const counts = new Map<string, number>();
  let unplaced = 0;
  for (const line of lines) {
    const month = /^\d{4}-\d{2}/u.exec(line.date ?? '')?.[0];
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
    else unplaced++;
  }
  const known = [...counts.keys()].sort();
  const months: { month: string; count: number }[] = [];
  if (known.length) {
    let [year, month] = known[0]!.split('-').map(Number) as [number, number];
    const last = known.at(-1)!;
    for (;;) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      months.push({ month: key, count: counts.get(key) ?? 0 });
      if (key >= last) break;
      if (++month > 12) [year, month] = [year + 1, 1];
    }
  }
  return { months, unplaced };
}
