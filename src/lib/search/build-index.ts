/**
 * The offline search index, built after the pages: Pagefind reads each document page's transcript
 * (data-pagefind-body; speaker lines and passage tools left out, ./anchors.ts) and writes its
 * bundle into the site. Beside it, the corpus's commonest words, which the search page ranks a
 * quote's words against to ask the index for the rarest few only (./rerank.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { UNINDEXED_SELECTORS } from './anchors.ts';
import { words } from './rerank.ts';

export interface IndexedPage {
  /** The page's file in the built site. */
  file: string;
  /** Its address, with the site's base path. */
  url: string;
}

export interface SearchIndexOptions {
  /** The bundle's folder in the built site. */
  bundle: string;
  pages: readonly IndexedPage[];
  /** The corpus's passages, one JSON object with a `text` a line. */
  passages: string;
  progress?: (done: number, total: number) => void;
}

/** How many of the commonest words the search page knows. */
export const COMMON_WORDS = 2000;
/** Passages read to find them: a sample, evenly spread, is enough for the commonest. */
const SAMPLE = 50_000;

export class SearchIndexError extends Error {}

export async function writeSearchIndex(options: SearchIndexOptions): Promise<{ pages: number; words: number }> {
  const fail = (errors: readonly string[]) => {
    if (errors.length > 0) throw new SearchIndexError(errors.join('; '));
  };
  const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: UNINDEXED_SELECTORS });
  fail(created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind did not start');
  try {
    // One page at a time, in the corpus's order: Pagefind numbers pages as they arrive, and the
    // same site must give the same index, byte for byte.
    for (const [at, page] of options.pages.entries()) {
      const added = await index.addHTMLFile({ url: page.url, content: await readFile(page.file, 'utf8') });
      fail(added.errors);
      options.progress?.(at + 1, options.pages.length);
    }
    fail((await index.writeFiles({ outputPath: options.bundle })).errors);
  } finally {
    await pagefind.close();
  }
  // Parley has its own search page: Pagefind's ready-made interfaces would only be dead weight.
  for (const name of await readdir(options.bundle)) {
    if (/^pagefind-(?:component-|modular-)?(?:ui|highlight)\.(?:js|css)$/u.test(name)) {
      await rm(join(options.bundle, name));
    }
  }
  const common = await commonWords(options.passages);
  await writeFile(join(options.bundle, 'common-words.json'), JSON.stringify(common));
  return { pages: options.pages.length, words: common.length };
}

/** The corpus's commonest words, commonest first, by how many passages of a sample use them. */
export async function commonWords(passages: string, limit = COMMON_WORDS): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(passages), crlfDelay: Infinity });
  let total = 0;
  for await (const line of lines) if (line) total++;
  const step = Math.max(1, Math.floor(total / SAMPLE));
  const counts = new Map<string, number>();
  let at = 0;
  for await (const line of createInterface({ input: createReadStream(passages), crlfDelay: Infinity })) {
    if (!line || at++ % step !== 0) continue;
    for (const word of new Set(words((JSON.parse(line) as { text: string }).text))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}
