/**
 * The corpus as the site reads it: documents in time order, lookups by id and
 * the cross-links every page needs (by outlet, by speaker, neighbours in time,
 * related by topic). Built once per build from the records, in time linear in
 * the number of passages; pure, so it is tested without Astro.
 */
import type { CorpusDocument, Outlet, Passage, Speaker, Topic, Turn } from '../corpus/schema.ts';
import { wordCount } from '../corpus/text.ts';
import { chronologicalKey } from './dates.ts';
import { KINDS } from './labels.ts';

export interface CorpusRecords {
  documents: readonly CorpusDocument[];
  speakers: readonly Speaker[];
  outlets: readonly Outlet[];
  topics: readonly Topic[];
}

/** A passage with where it stands: its document and its turn. */
export interface PassageInContext {
  document: CorpusDocument;
  turn: Turn;
  passage: Passage;
}

export interface SiteIndex {
  /** Oldest first; documents with no date last. */
  documents: CorpusDocument[];
  document: Map<string, CorpusDocument>;
  speaker: Map<string, Speaker>;
  outlet: Map<string, Outlet>;
  topic: Map<string, Topic>;
  /** Words spoken or narrated per document id. */
  words: Map<string, number>;
  /** Documents per outlet id and per speaker id, oldest first. */
  byOutlet: Map<string, CorpusDocument[]>;
  bySpeaker: Map<string, CorpusDocument[]>;
  /** Passages per topic id, in document time order. */
  topicPassages: Map<string, PassageInContext[]>;
  /** How many passages of each document mention each topic. */
  topicCounts: Map<string, Map<string, number>>;
  position: Map<string, number>;
  totals: { documents: number; passages: number; words: number };
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildSiteIndex(records: CorpusRecords): SiteIndex {
  const documents = [...records.documents].sort(
    (a, b) =>
      chronologicalKey(a.date).localeCompare(chronologicalKey(b.date)) ||
      a.source.file.localeCompare(b.source.file) ||
      a.source.startLine - b.source.startLine,
  );
  const words = new Map<string, number>();
  const byOutlet = new Map<string, CorpusDocument[]>();
  const bySpeaker = new Map<string, CorpusDocument[]>();
  const topicPassages = new Map<string, PassageInContext[]>();
  const topicCounts = new Map<string, Map<string, number>>();
  let passages = 0;
  let totalWords = 0;

  for (const document of documents) {
    for (const { id } of document.outlets) push(byOutlet, id, document);
    for (const { speaker } of document.participants) push(bySpeaker, speaker, document);
    let documentWords = 0;
    const counts = new Map<string, number>();
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        passages++;
        documentWords += wordCount(passage.text);
        for (const topic of passage.topics) {
          push(topicPassages, topic, { document, turn, passage });
          counts.set(topic, (counts.get(topic) ?? 0) + 1);
        }
      }
    }
    words.set(document.id, documentWords);
    topicCounts.set(document.id, counts);
    totalWords += documentWords;
  }

  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    documents,
    document: byId(documents),
    speaker: byId(records.speakers),
    outlet: byId(records.outlets),
    topic: byId(records.topics),
    words,
    byOutlet,
    bySpeaker,
    topicPassages,
    topicCounts,
    position: new Map(documents.map((document, index) => [document.id, index])),
    totals: { documents: documents.length, passages, words: totalWords },
  };
}

/** The names of a document's outlets, in the document's order. */
export function outletNames(index: SiteIndex, document: CorpusDocument): string[] {
  return document.outlets.map(({ id }) => index.outlet.get(id)?.name ?? id);
}

/** How many documents of each kind, for the kinds the corpus has, in the order of KINDS. */
export function kindCounts(index: SiteIndex): { kind: CorpusDocument['kind']; count: number }[] {
  const counts = new Map<CorpusDocument['kind'], number>();
  for (const document of index.documents) counts.set(document.kind, (counts.get(document.kind) ?? 0) + 1);
  return KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) as number }));
}

/** The anchor of a turn's first passage: where a link to the turn lands. */
export function turnHref(document: CorpusDocument, turn: Turn): string {
  return `${document.url}#${turn.passages[0]?.id ?? ''}`;
}

export function neighbours(
  index: SiteIndex,
  document: CorpusDocument,
): { previous: CorpusDocument | null; next: CorpusDocument | null } {
  const at = index.position.get(document.id) ?? -1;
  return { previous: index.documents[at - 1] ?? null, next: index.documents[at + 1] ?? null };
}

/** Other documents from the outlets of this one, nearest in time first. */
export function fromSameOutlets(index: SiteIndex, document: CorpusDocument, limit = 5): CorpusDocument[] {
  const at = index.position.get(document.id) ?? 0;
  const others = new Set<CorpusDocument>();
  for (const { id } of document.outlets) {
    for (const other of around(index, index.byOutlet.get(id) ?? [], at, limit + 1)) others.add(other);
  }
  others.delete(document);
  return nearestInTime(index, at, [...others], limit);
}

/** Documents dated to a day within three days of this one's (only when both dates are exact). */
export function sameWeek(index: SiteIndex, document: CorpusDocument): CorpusDocument[] {
  if (document.date.precision !== 'day' || !document.date.value) return [];
  const day = Date.parse(document.date.value);
  const at = index.position.get(document.id) ?? 0;
  const found: CorpusDocument[] = [];
  const window = 3 * 86_400_000;
  // The list is in time order, so the scan stops as soon as it leaves the window on each side.
  for (const step of [-1, 1]) {
    for (let i = at + step, seen = 0; i >= 0 && i < index.documents.length && seen < SCAN_LIMIT; i += step, seen++) {
      const other = index.documents[i] as CorpusDocument;
      // Documents dated only by month, year or bounds sit among the others: step over them.
      if (other.date.precision !== 'day' || !other.date.value) continue;
      if (Math.abs(Date.parse(other.date.value) - day) > window) break;
      found.push(other);
    }
  }
  return found.sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0));
}

/**
 * Documents that share this one's topics, weighted by how much each document dwells on each
 * shared topic and by how rare the topic is across the corpus (so "Russia" counts for less than
 * "Peacekeepers" when every interview mentions Russia).
 */
export function relatedByTopics(
  index: SiteIndex,
  document: CorpusDocument,
  limit = 5,
): { document: CorpusDocument; shared: string[] }[] {
  const own = index.topicCounts.get(document.id) ?? new Map<string, number>();
  const total = index.documents.length;
  const scores = new Map<string, { score: number; shared: string[] }>();
  const at = index.position.get(document.id) ?? 0;
  for (const [topic, count] of own) {
    const holders = documentsWithTopic(index, topic);
    const rarity = Math.log(1 + total / Math.max(1, holders.length));
    // Only the documents nearest in time are weighed, so a page costs the same in a corpus of ten thousand.
    for (const other of around(index, holders, at, RELATED_WINDOW)) {
      if (other.id === document.id) continue;
      const theirs = index.topicCounts.get(other.id)?.get(topic) ?? 0;
      const entry = scores.get(other.id) ?? { score: 0, shared: [] };
      entry.score += Math.min(count, theirs) * rarity;
      entry.shared.push(topic);
      scores.set(other.id, entry);
    }
  }
  return [...scores.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || a.localeCompare(b))
    .slice(0, limit)
    .map(([id, entry]) => ({ document: index.document.get(id) as CorpusDocument, shared: entry.shared }));
}

const topicDocumentsCache = new WeakMap<SiteIndex, Map<string, CorpusDocument[]>>();

export function documentsWithTopic(index: SiteIndex, topic: string): CorpusDocument[] {
  let cache = topicDocumentsCache.get(index);
  if (!cache) {
    cache = new Map();
    topicDocumentsCache.set(index, cache);
  }
  let documents = cache.get(topic);
  if (!documents) {
    documents = [...new Set((index.topicPassages.get(topic) ?? []).map((entry) => entry.document))];
    cache.set(topic, documents);
  }
  return documents;
}

const RELATED_WINDOW = 250;
/** How far sameWeek looks either side: past this many documents it is well beyond three days. */
const SCAN_LIMIT = 500;

/** Up to `radius` documents either side of position `at`, from a list in time order. */
function around(index: SiteIndex, list: readonly CorpusDocument[], at: number, radius: number): CorpusDocument[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.position.get((list[middle] as CorpusDocument).id) ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return list.slice(Math.max(0, low - radius), low + radius + 1);
}

function nearestInTime(index: SiteIndex, at: number, documents: CorpusDocument[], limit: number): CorpusDocument[] {
  return documents
    .map((document) => ({ document, distance: Math.abs((index.position.get(document.id) ?? 0) - at) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((entry) => entry.document)
    .sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0));
}

/** Every passage a speaker speaks, with its place, in time order. */
export function passagesOf(index: SiteIndex, speaker: string): PassageInContext[] {
  const found: PassageInContext[] = [];
  for (const document of index.bySpeaker.get(speaker) ?? []) {
    for (const turn of document.turns) {
      if (turn.speaker !== speaker) continue;
      for (const passage of turn.passages) found.push({ document, turn, passage });
    }
  }
  return found;
}

/** The question a turn asks, for a list of questions: its last sentence that ends in "?", else its opening. */
export function questionSummary(turn: Turn, maxWords = 28): string {
  const text = turn.passages.map((passage) => passage.text).join(' ');
  const sentences = text.match(/[^.?!…]+(?:[.?!…]+["”’»)]*|$)/gu) ?? [text];
  const asked = [...sentences].reverse().find((sentence) => sentence.includes('?'));
  const chosen = (asked ?? sentences[0] ?? text).trim();
  const words = chosen.split(/\s+/u);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : chosen;
}
