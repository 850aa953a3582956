/**
 * The offline search index, built after the pages: Pagefind reads each document page's transcript
 * (data-pagefind-body, ./anchors.ts) and writes its bundle into the site. Beside it, the corpus's
 * commonest words, which the search page ranks a quote's words against to ask the index for the
 * rarest few only (./rerank.ts).
 */
import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { UNINDEXED_SELECTORS } from './anchors.ts';

export interface SearchIndexOptions {
  /** The built site. */
  site: string;
  /** The document pages in it, as a glob (they alone carry data-pagefind-body). */
  pages: string;
  /** The bundle's folder in the built site. */
  bundle: string;
  /** The corpus's commonest words (./words.ts), written with the corpus. */
  commonWords: string;
  /** Told when the pages are read and the index is being written. */
  progress?: (step: string) => void;
}

export class SearchIndexError extends Error {}

/**
 * Pagefind reads the pages from disk itself, in parallel, in an order of its own that gives the
 * same index for the same site, byte for byte; page addresses are relative to the site's root
 * (the search page gives Pagefind the base path).
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<{ pages: number }> {
  const fail = (errors: readonly string[]) => {
    if (errors.length > 0) throw new SearchIndexError(errors.join('; '));
  };
  const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: UNINDEXED_SELECTORS });
  fail(created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind did not start');
  let pages = 0;
  try {
    const added = await index.addDirectory({ path: options.site, glob: options.pages });
    fail(added.errors);
    pages = added.page_count;
    options.progress?.(`${pages} pages read; writing the index`);
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
  await copyFile(options.commonWords, join(options.bundle, 'common-words.json'));
  return { pages };
}
