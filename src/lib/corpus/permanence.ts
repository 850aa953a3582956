/**
 * Links that never break. data/published-ids.json records what the site has
 * published: every document's passage ids in reading order, and where each id
 * that has since vanished now points. When an id vanishes (a source was
 * corrected, a document re-dated), the site keeps answering for it: a vanished
 * passage id becomes an anchor on the passage that now stands where it stood,
 * and a vanished document id a page that forwards to the document that took
 * its passages.
 */
import { z } from 'zod';
import type { CorpusDocument } from './schema.ts';
import { compareText } from './text.ts';

const passageId = z.string().regex(/^p-[a-z0-9]{8}(?:-\d+)?$/u);

export const publishedRecordSchema = z
  .object({
    documents: z
      .record(z.string(), z.array(passageId))
      .describe('document id → its passage ids when last recorded, in reading order'),
    aliases: z
      .record(z.string(), z.record(passageId, passageId))
      .default({})
      .describe('document id → vanished passage id → the passage of that document it now points at'),
    moves: z
      .record(z.string(), z.string().nullable())
      .default({})
      .describe('vanished document id → the document that took its passages, or null if withdrawn'),
  })
  .strict();
export type PublishedRecord = z.input<typeof publishedRecordSchema>;

export interface PassageAlias {
  /** The vanished passage id, kept as an anchor. */
  id: string;
  /** The current passage it points at. */
  target: string;
}

export interface DocumentMove {
  from: string;
  /** The current document that holds its passages, or null if none does. */
  to: string | null;
}

export interface Permanence {
  /** Current document id → anchors it must carry for vanished passage ids. */
  aliases: Map<string, PassageAlias[]>;
  moves: DocumentMove[];
}

/** A document as the record needs it: its id and its passage ids in reading order. */
export type PublishedDocument = Pick<CorpusDocument, 'id'> &
  ({ passageIds: readonly string[] } | Pick<CorpusDocument, 'turns'>);

const passageIds = (document: PublishedDocument): readonly string[] =>
  'passageIds' in document ? document.passageIds : document.turns.flatMap((turn) => turn.passages.map((p) => p.id));

export function resolvePublished(record: PublishedRecord, documents: readonly PublishedDocument[]): Permanence {
  const current = new Map(documents.map((document) => [document.id, passageIds(document)]));
  const homesOf = new Map<string, string[]>();
  for (const [documentId, ids] of current) {
    for (const id of ids) {
      const homes = homesOf.get(id);
      if (homes) homes.push(documentId);
      else homesOf.set(id, [documentId]);
    }
  }

  // Documents last recorded but gone now move to the document that took most of their passages.
  // A move the record already states (a reviewer may have set one to null: withdrawn) stands.
  const home = new Map<string, string | null>(Object.entries(record.moves ?? {}));
  for (const [documentId, published] of Object.entries(record.documents)) {
    if (!current.has(documentId) && !home.has(documentId)) home.set(documentId, successor(published, homesOf));
  }
  const follow = (documentId: string, seen = new Set<string>()): string | null => {
    if (current.has(documentId)) return documentId;
    if (seen.has(documentId)) return null;
    seen.add(documentId);
    const next = home.get(documentId) ?? null;
    return next === null || next === documentId ? null : follow(next, seen);
  };

  const aliases = new Map<string, Map<string, string>>();
  const alias = (documentId: string, id: string, target: string) => {
    const list = aliases.get(documentId) ?? new Map<string, string>();
    if (!list.has(id) && id !== target) list.set(id, target);
    aliases.set(documentId, list);
  };
  // Passages that vanished since the last record stand in at their place; those that vanished
  // earlier keep pointing where they pointed, through any later correction of their target.
  const newlyVanished = new Map<string, string>();
  for (const [documentId, published] of Object.entries(record.documents)) {
    const target = follow(documentId);
    if (!target) continue;
    const now = current.get(target) as string[];
    if (now.length === 0) continue;
    const present = new Set(now);
    published.forEach((id, at) => {
      if (present.has(id)) return;
      const standing = standIn(published, at, now, present);
      newlyVanished.set(`${target} ${id}`, standing);
      alias(target, id, standing);
    });
  }
  for (const [documentId, pointers] of Object.entries(record.aliases ?? {})) {
    const target = follow(documentId);
    if (!target) continue;
    const present = new Set(current.get(target));
    for (const [id, pointer] of Object.entries(pointers)) {
      if (present.has(id)) continue; // the passage is back: its own id answers
      const resolved = present.has(pointer) ? pointer : newlyVanished.get(`${target} ${pointer}`);
      if (resolved) alias(target, id, resolved);
    }
  }

  const gone = new Set([...Object.keys(record.documents), ...Object.keys(record.moves ?? {})]);
  const moves = [...gone]
    .filter((documentId) => !current.has(documentId))
    .sort()
    .map((documentId) => ({ from: documentId, to: follow(documentId) }));
  return {
    aliases: new Map(
      [...aliases.entries()].map(([documentId, list]) => [
        documentId,
        [...list.entries()].map(([id, target]) => ({ id, target })),
      ]),
    ),
    moves,
  };
}

/**
 * The current document holding the most of these passages. Only passages found in a single
 * document count: "Thank you." has the same id in every interview and says nothing of where
 * a document went.
 */
function successor(published: readonly string[], homes: Map<string, string[]>): string | null {
  const votes = new Map<string, number>();
  for (const id of published) {
    const found = homes.get(id);
    if (found?.length === 1) votes.set(found[0] as string, (votes.get(found[0] as string) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0];
  return best ? best[0] : null;
}

/**
 * The current passage standing where published[at] stood: between its nearest surviving
 * neighbours, the one at the same distance from the earlier neighbour; with nothing between
 * them (the passage was removed), the earlier neighbour itself.
 */
function standIn(published: readonly string[], at: number, now: readonly string[], present: Set<string>): string {
  let before = at - 1;
  while (before >= 0 && !present.has(published[before] as string)) before--;
  let after = at + 1;
  while (after < published.length && !present.has(published[after] as string)) after++;
  const from = before >= 0 ? now.indexOf(published[before] as string) : -1;
  const to = after < published.length ? now.indexOf(published[after] as string) : now.length;
  const between = now.slice(from + 1, to);
  if (between.length > 0) return between[Math.min(at - before - 1, between.length - 1)] as string;
  return (now[from] ?? now[to] ?? now[0]) as string;
}

const repeatOf = (id: string): { base: string; number: number } => {
  const match = /^(p-[a-z0-9]{8})(?:-(\d+))?$/u.exec(id);
  return { base: match?.[1] ?? id, number: match?.[2] ? Number(match[2]) : 1 };
};

/**
 * Ids that keep their passage when one of several passages of the same text changes. Such
 * passages ("Not at all.") share a text id and are numbered in reading order, so editing the first
 * would renumber the others and a published id would silently name another passage. Each current
 * repeat takes the published number of the repeat that stood between the same neighbours; one
 * with no such match takes a number never published, and a published number left over vanishes
 * (and so gets an alias like any vanished id). Returns current id → id to use, for those that change.
 */
export function keepRepeatIds(
  published: readonly string[] | undefined,
  current: readonly string[],
): Map<string, string> {
  const renames = new Map<string, string>();
  if (!published || published.length === 0) return renames;
  const groups = new Map<string, number[]>();
  current.forEach((id, at) => {
    const { base } = repeatOf(id);
    groups.set(base, [...(groups.get(base) ?? []), at]);
  });
  const publishedAt = new Map<string, number[]>();
  published.forEach((id, at) => {
    const { base } = repeatOf(id);
    publishedAt.set(base, [...(publishedAt.get(base) ?? []), at]);
  });
  // The nearest ids either side that are not of the same text.
  const context = (ids: readonly string[], at: number, base: string) => {
    let before = at - 1;
    while (before >= 0 && repeatOf(ids[before] as string).base === base) before--;
    let after = at + 1;
    while (after < ids.length && repeatOf(ids[after] as string).base === base) after++;
    return { before: ids[before] ?? '^', after: ids[after] ?? '$' };
  };
  for (const [base, positions] of groups) {
    const old = publishedAt.get(base) ?? [];
    if (
      old.length === 0 ||
      (positions.length === 1 && old.length === 1 && current[positions[0] as number] === published[old[0] as number])
    )
      continue;
    const free = new Set(old.map((at) => published[at] as string));
    const taken = new Map<number, string>();
    for (const level of ['both', 'before', 'after'] as const) {
      for (const at of positions) {
        if (taken.has(at)) continue;
        const mine = context(current, at, base);
        const match = old.find((oldAt) => {
          const id = published[oldAt] as string;
          if (!free.has(id)) return false;
          const theirs = context(published, oldAt, base);
          return (
            (level !== 'after' ? theirs.before === mine.before : true) &&
            (level !== 'before' ? theirs.after === mine.after : true)
          );
        });
        if (match === undefined) continue;
        const id = published[match] as string;
        taken.set(at, id);
        free.delete(id);
      }
    }
    let next = Math.max(...old.map((at) => repeatOf(published[at] as string).number), 0);
    for (const at of positions) {
      const kept = taken.get(at) ?? (++next === 1 ? base : `${base}-${next}`);
      if (kept !== current[at]) renames.set(current[at] as string, kept);
    }
  }
  return renames;
}

/** The record after this build: current ids, and where every id that ever vanished now points. */
export function recordCurrent(record: PublishedRecord, documents: readonly PublishedDocument[]): PublishedRecord {
  const { aliases, moves } = resolvePublished(record, documents);
  const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => compareText(a, b)));
  return {
    documents: sorted(documents.map((document) => [document.id, [...passageIds(document)]])),
    aliases: sorted(
      [...aliases.entries()].map(([documentId, list]) => [
        documentId,
        Object.fromEntries(list.map(({ id, target }) => [id, target])),
      ]),
    ),
    moves: sorted(moves.map(({ from, to }) => [from, to])),
  };
}

/** Ids of the corpus the record does not hold yet: published by this build but not recorded. */
export function unrecorded(record: PublishedRecord, documents: readonly PublishedDocument[]): string[] {
  const missing: string[] = [];
  for (const document of documents) {
    const known = new Set(record.documents[document.id] ?? []);
    if (!record.documents[document.id]) missing.push(document.id);
    for (const id of passageIds(document)) if (!known.has(id)) missing.push(`${document.id}#${id}`);
  }
  return missing;
}
