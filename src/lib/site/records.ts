/**
 * The one place pages read the corpus: the content collections, turned into
 * the site index once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './corpus-index.ts';

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
