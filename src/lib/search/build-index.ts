/**
 * The offline search index: Pagefind reads each document's index page (./index-pages.ts), made
 * from the corpus files, and writes its bundle into the site. Beside it, the corpus's commonest
 * words, which the search page ranks a quote's words against to ask the index for the rarest few
 * only (./rerank.ts).
 */
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { StoreSummary } from '../corpus/write.ts';
import { UNINDEXED_SELECTORS } from './anchors.ts';
import { indexPages } from './index-pages.ts';

export interface SearchIndexOptions {
  /** The written corpus (src/lib/corpus/write.ts) and its summary. */
  store: string;
  summary: StoreSummary;
  /** A document page's address from the site's root. */
  urlOf: (document: string) => string;
  /** Where the index pages are written for Pagefind to read, emptied first and removed after. */
  pages: string;
  /** The bundle's folder. */
  bundle: string;
  /** The corpus's commonest words (./words.ts), written with the corpus. */
  commonWords: string;
  /** Told as pages are written and when the index is being written. */
  progress?: (step: string) => void;
}

export class SearchIndexError extends Error {}

/** Below this many documents the index takes a second or two: no progress to tell. */
const PROGRESS_FROM = 1000;

/**
 * The index pages are written to disk for Pagefind to read there, in parallel, in an order of its
 * own that gives the same index for the same pages, byte for byte (handed over one by one through
 * the Node API, they take longer: Pagefind's service parses them one at a time). Page addresses
 * are relative to the site's root (the search page gives Pagefind the base path).
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<{ pages: number }> {
  const fail = (errors: readonly string[]) => {
    if (errors.length > 0) throw new SearchIndexError(errors.join('; '));
  };
  await rm(options.pages, { recursive: true, force: true });
  const total = options.summary.documents.length;
  const step = Math.max(1, Math.ceil(total / 10));
  let written = 0;
  for await (const page of indexPages(options.store, options.summary, options.urlOf)) {
    const folder = join(options.pages, page.url);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), page.content);
    written++;
    if (total >= PROGRESS_FROM && written % step === 0 && written < total) {
      options.progress?.(`${written} of ${total} index pages written`);
    }
  }
  const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: UNINDEXED_SELECTORS });
  fail(created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind did not start');
  let pages = 0;
  try {
    const added = await index.addDirectory({ path: options.pages });
    fail(added.errors);
    pages = added.page_count;
    options.progress?.(`${pages} pages read; writing the index`);
    await rm(options.bundle, { recursive: true, force: true });
    fail((await index.writeFiles({ outputPath: options.bundle })).errors);
  } finally {
    await pagefind.close();
    await rm(options.pages, { recursive: true, force: true });
  }
  // Parley has its own search page: Pagefind's ready-made interfaces would only be dead weight.
  for (const name of await readdir(options.bundle)) {
    if (/^pagefind-(?:component-|modular-)?(?:ui|highlight)\.(?:js|css)$/u.test(name)) {
      await rm(join(options.bundle, name));
    }
  }
  await copyFile(options.commonWords, join(options.bundle, 'common-words.json'));
  return { pages };
}
