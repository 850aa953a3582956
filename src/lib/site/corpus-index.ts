/**
 * The corpus as the site reads it: document summaries in time order, lookups by id and the
 * cross-links every page needs (by outlet, by speaker, neighbours in time, related by topic). Built
 * once per build from the summaries, in time linear in the number of documents; pure, so it is
 * tested without Astro. A document's turns are read from its own file (./records.ts).
 */
import type { DocumentSummary, Outlet, Speaker, TopicSummary, Turn } from '../corpus/schema.ts';
import { inTimeOrder } from '../corpus/date.ts';
import { sentences, wordCount } from '../corpus/text.ts';
import { KINDS } from './labels.ts';

export interface CorpusRecords {
  documents: readonly DocumentSummary[];
  speakers: readonly Speaker[];
  outlets: readonly Outlet[];
  topics: readonly TopicSummary[];
}

export interface SiteIndex {
  /** Oldest first; documents with no date last. */
  documents: DocumentSummary[];
  document: Map<string, DocumentSummary>;
  speaker: Map<string, Speaker>;
  outlet: Map<string, Outlet>;
  topic: Map<string, TopicSummary>;
  /** Documents per outlet id and per speaker id, oldest first. */
  byOutlet: Map<string, DocumentSummary[]>;
  bySpeaker: Map<string, DocumentSummary[]>;
  /** Documents per topic id, oldest first. */
  byTopic: Map<string, DocumentSummary[]>;
  /** Per document id, topic id → passages on it (a Map: every page reads thousands of these). */
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
  const documents = [...records.documents].sort(inTimeOrder);
  const byOutlet = new Map<string, DocumentSummary[]>();
  const bySpeaker = new Map<string, DocumentSummary[]>();
  const byTopic = new Map<string, DocumentSummary[]>();
  const topicCounts = new Map<string, Map<string, number>>();
  let passages = 0;
  let words = 0;
  for (const document of documents) {
    for (const { id } of document.outlets) push(byOutlet, id, document);
    for (const { speaker } of document.participants) push(bySpeaker, speaker, document);
    for (const topic of Object.keys(document.topicCounts)) push(byTopic, topic, document);
    topicCounts.set(document.id, new Map(Object.entries(document.topicCounts)));
    passages += document.counts.passages;
    words += document.counts.words;
  }
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    documents,
    document: byId(documents),
    speaker: byId(records.speakers),
    outlet: byId(records.outlets),
    topic: byId(records.topics),
    byOutlet,
    bySpeaker,
    byTopic,
    topicCounts,
    position: new Map(documents.map((document, index) => [document.id, index])),
    totals: { documents: documents.length, passages, words },
  };
}

/** The names of a document's outlets, in the document's order. */
export function outletNames(index: SiteIndex, document: DocumentSummary): string[] {
  return document.outlets.map(({ id }) => index.outlet.get(id)?.name ?? id);
}

/** How many documents of each kind, for the kinds the corpus has, in the order of KINDS. */
export function kindCounts(index: SiteIndex): { kind: DocumentSummary['kind']; count: number }[] {
  const counts = new Map<DocumentSummary['kind'], number>();
  for (const document of index.documents) counts.set(document.kind, (counts.get(document.kind) ?? 0) + 1);
  return KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) as number }));
}

export function neighbours(
  index: SiteIndex,
  document: DocumentSummary,
): { previous: DocumentSummary | null; next: DocumentSummary | null } {
  const at = index.position.get(document.id) ?? -1;
  return { previous: index.documents[at - 1] ?? null, next: index.documents[at + 1] ?? null };
}

/** Other documents from the outlets of this one, nearest in time first. */
export function fromSameOutlets(index: SiteIndex, document: DocumentSummary, limit = 5): DocumentSummary[] {
  const at = index.position.get(document.id) ?? 0;
  const others = new Set<DocumentSummary>();
  for (const { id } of document.outlets) {
    for (const other of around(index, index.byOutlet.get(id) ?? [], at, limit + 1)) others.add(other);
  }
  others.delete(document);
  return nearestInTime(index, at, [...others], limit);
}

/** Documents dated to a day within three days of this one's (only when both dates are exact). */
export function sameWeek(index: SiteIndex, document: DocumentSummary): DocumentSummary[] {
  if (document.date.precision !== 'day' || !document.date.value) return [];
  const day = Date.parse(document.date.value);
  const at = index.position.get(document.id) ?? 0;
  const found: DocumentSummary[] = [];
  const window = 3 * 86_400_000;
  // The list is in time order, so the scan stops as soon as it leaves the window on each side.
  for (const step of [-1, 1]) {
    for (let i = at + step, seen = 0; i >= 0 && i < index.documents.length && seen < SCAN_LIMIT; i += step, seen++) {
      const other = index.documents[i] as DocumentSummary;
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
  document: DocumentSummary,
  limit = 5,
): { document: DocumentSummary; shared: string[] }[] {
  const total = index.documents.length;
  const scores = new Map<string, { score: number; shared: string[] }>();
  const at = index.position.get(document.id) ?? 0;
  // The topics the document dwells on most say what it is about; the others add little but cost.
  const own = [...(index.topicCounts.get(document.id) ?? [])].sort(([, a], [, b]) => b - a).slice(0, MAIN_TOPICS);
  for (const [topic, count] of own) {
    const holders = index.byTopic.get(topic) ?? [];
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
    .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([id, entry]) => ({ document: index.document.get(id) as DocumentSummary, shared: entry.shared }));
}

const RELATED_WINDOW = 100;
const MAIN_TOPICS = 6;
/** How far sameWeek looks either side: past this many documents it is well beyond three days. */
const SCAN_LIMIT = 500;

/** Up to `radius` documents either side of position `at`, from a list in time order. */
function around(index: SiteIndex, list: readonly DocumentSummary[], at: number, radius: number): DocumentSummary[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.position.get((list[middle] as DocumentSummary).id) ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return list.slice(Math.max(0, low - radius), low + radius + 1);
}

function nearestInTime(index: SiteIndex, at: number, documents: DocumentSummary[], limit: number): DocumentSummary[] {
  return documents
    .map((document) => ({ document, distance: Math.abs((index.position.get(document.id) ?? 0) - at) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((entry) => entry.document)
    .sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0));
}

/**
 * Whether a questioner's turn belongs in a list of the questions asked: it asks something, or
 * puts a statement to be answered; "Thank you." and "Goodbye!" do neither.
 */
export function asksSomething(turn: Turn): boolean {
  const text = turn.passages.map((passage) => passage.text).join(' ');
  return text.includes('?') || wordCount(text) > 8;
}

/** The question a turn asks, for a list of questions: its last sentence that ends in "?", else its opening. */
export function questionSummary(turn: Turn, maxWords = 28): string {
  const text = turn.passages.map((passage) => passage.text).join(' ');
  const all = sentences(text);
  const asked = [...all].reverse().find((sentence) => sentence.includes('?'));
  const chosen = (asked ?? all[0] ?? text).trim();
  const words = chosen.split(/\s+/u);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : chosen;
}
