/**
 * A topic's and a speaker's passages, in time order, for their pages. Every passage's list entry
 * (its opening words, who speaks it, where it is) is written once, to `entries.jsonl`, as its
 * document passes; a list holds only where its entries are in that file. Once every document's
 * date is known, each list is put in time order and its places written to `lists.bin`, so a page
 * of a list costs one small read of each, and a corpus of any size is indexed in a few bytes a
 * passage.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { ListEntry, ListInfo } from './schema.ts';

/** What a list counts about an entry besides the entry itself. */
export interface EntryFacts {
  month: string | null;
  words: number;
  topics: readonly string[];
}

interface Building {
  /** Per entry: the ordinal of its document (in the order documents passed), and its place in entries.jsonl. */
  documents: number[];
  offsets: number[];
  lengths: number[];
  stats: Omit<ListInfo, 'at'>;
  last: number;
}

/** Bytes a list's entry takes in lists.bin: its offset and length in entries.jsonl, as two float64. */
const SLOT = 16;

export class ListIndex {
  private readonly lists = new Map<string, Building>();

  add(
    list: string,
    place: { document: number; offset: number; length: number },
    entry: Pick<ListEntry, 'speaker' | 'role'>,
    facts: EntryFacts,
  ): void {
    let building = this.lists.get(list);
    if (!building) {
      const stats = { entries: 0, pages: 0, documents: 0, words: 0, months: {}, speakers: {}, topics: {}, roles: {} };
      building = { documents: [], offsets: [], lengths: [], stats, last: -1 };
      this.lists.set(list, building);
    }
    building.documents.push(place.document);
    building.offsets.push(place.offset);
    building.lengths.push(place.length);
    const { stats } = building;
    stats.entries++;
    stats.words += facts.words;
    // A document's passages arrive together, so a change of document is a new one.
    if (building.last !== place.document) stats.documents++;
    building.last = place.document;
    if (facts.month) count(stats.months, facts.month);
    count(stats.speakers, entry.speaker ?? '');
    count(stats.roles, entry.role);
    for (const topic of facts.topics) count(stats.topics, topic);
  }

  /**
   * Writes every list in time order (`rank[document ordinal]`, passages of one document in
   * reading order) to `path`; a renamed speaker's list joins the list of the speaker they turned
   * out to be.
   */
  finish(
    path: string,
    rank: readonly number[],
    renames: ReadonlyMap<string, string>,
    pageSize: number,
  ): Record<string, ListInfo> {
    const merged = new Map<string, Building[]>();
    for (const [key, building] of this.lists) {
      const [kind, id] = key.split('/') as [string, string];
      const target = kind === 'speakers' ? `speakers/${renames.get(id) ?? id}` : key;
      merged.set(target, [...(merged.get(target) ?? []), building]);
    }
    const infos: Record<string, ListInfo> = {};
    const file = openSync(path, 'w');
    let at = 0;
    try {
      for (const [key, parts] of merged) {
        const order: { rank: number; sequence: number; offset: number; length: number }[] = [];
        for (const part of parts) {
          part.documents.forEach((document, index) =>
            order.push({
              rank: rank[document] as number,
              sequence: order.length,
              offset: part.offsets[index] as number,
              length: part.lengths[index] as number,
            }),
          );
        }
        order.sort((a, b) => a.rank - b.rank || a.sequence - b.sequence);
        const slots = new Float64Array(order.length * 2);
        order.forEach((entry, index) => {
          slots[index * 2] = entry.offset;
          slots[index * 2 + 1] = entry.length;
        });
        writeSync(file, new Uint8Array(slots.buffer));
        infos[key] = {
          ...combine(
            parts.map((part) => part.stats),
            renames,
          ),
          pages: Math.ceil(order.length / pageSize),
          at,
        };
        at += order.length;
      }
    } finally {
      closeSync(file);
    }
    return infos;
  }
}

function combine(parts: readonly Omit<ListInfo, 'at'>[], renames: ReadonlyMap<string, string>): Omit<ListInfo, 'at'> {
  const total: Omit<ListInfo, 'at'> = {
    entries: 0,
    pages: 0,
    documents: 0,
    words: 0,
    months: {},
    speakers: {},
    topics: {},
    roles: {},
  };
  for (const stats of parts) {
    total.entries += stats.entries;
    total.documents += stats.documents;
    total.words += stats.words;
    for (const [month, n] of Object.entries(stats.months)) count(total.months, month, n);
    for (const [speaker, n] of Object.entries(stats.speakers))
      count(total.speakers, renames.get(speaker) ?? speaker, n);
    for (const [topic, n] of Object.entries(stats.topics)) count(total.topics, topic, n);
    for (const [role, n] of Object.entries(stats.roles)) count(total.roles, role, n);
  }
  return total;
}

function count(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** One page (from 1) of a list: its entries, read from the two files the corpus run wrote. */
export function readListPage(
  files: { lists: string; entries: string },
  info: ListInfo,
  page: number,
  pageSize: number,
  renames: ReadonlyMap<string, string> = new Map(),
): ListEntry[] {
  const first = (page - 1) * pageSize;
  const count = Math.min(pageSize, info.entries - first);
  if (count <= 0) return [];
  const slots = new Float64Array(count * 2);
  const lists = openSync(files.lists, 'r');
  try {
    readSync(lists, new Uint8Array(slots.buffer), 0, count * SLOT, (info.at + first) * SLOT);
  } finally {
    closeSync(lists);
  }
  const entries = openSync(files.entries, 'r');
  try {
    return Array.from({ length: count }, (_, index) => {
      const length = slots[index * 2 + 1] as number;
      const bytes = Buffer.alloc(length);
      readSync(entries, bytes, 0, length, slots[index * 2] as number);
      const entry = JSON.parse(bytes.toString('utf8')) as ListEntry;
      if (entry.speaker) entry.speaker = renames.get(entry.speaker) ?? entry.speaker;
      return entry;
    });
  } finally {
    closeSync(entries);
  }
}
