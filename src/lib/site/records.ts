/**
 * The one place pages read the corpus: the content collections, turned into
 * the site index once per build and shared by every page; and the record of
 * published ids, so that no link the site ever gave out stops working.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './corpus-index.ts';
import { publishedRecordSchema, resolvePublished, type Permanence } from './permanence.ts';

const RECORD = process.env.PARLEY_RECORD ?? 'data/published-ids.json';

let cached: Promise<SiteIndex> | undefined;

export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= (async () => {
    const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
    return buildSiteIndex({
      documents: data(await getCollection('documents')),
      speakers: data(await getCollection('speakers')),
      outlets: data(await getCollection('outlets')),
      topics: data(await getCollection('topicRecords')),
    });
  })();
  return cached;
}

let permanence: Promise<Permanence> | undefined;

/** Anchors for vanished passage ids and forwarding pages for vanished document ids. */
export function loadPermanence(): Promise<Permanence> {
  permanence ??= (async () => {
    const record = publishedRecordSchema.parse(JSON.parse(readFileSync(RECORD, 'utf8')));
    return resolvePublished(record, (await loadSiteIndex()).documents);
  })();
  return permanence;
}
