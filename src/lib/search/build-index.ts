/**
 * The offline search index: Pagefind reads each document's index page (./index-pages.ts), made
 * from the corpus files, and writes its bundle into the site. Beside it, the corpus's commonest
 * words, which the search page ranks a quote's words against to ask the index for the rarest few
 * only (./rerank.ts), and the documents' date order, which only a search sorted by date loads
 * (./date-order.ts).
 */
import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { DocumentSummary } from '../corpus/schema.ts';
import { routesFor } from '../site/routes.ts';
import { UNINDEXED_SELECTORS } from './anchors.ts';
import type { IndexPagesMessage } from './index-pages.ts';
import { writeDateOrder } from './write-date-order.ts';

export interface SearchIndexOptions {
  /** The written corpus (src/lib/corpus/write.ts) and its documents, in the corpus's order (the date order's for one day). */
  store: string;
  documents: readonly Pick<DocumentSummary, 'id' | 'date'>[];
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
/** Documents in a part of the index pages: Pagefind reads a part while the next is written. */
const PART_SIZE = 500;

export interface SearchIndexWritten {
  /** How many pages Pagefind read. */
  pages: number;
  /** How many of them the date order places by their day, and how many it leaves after those. */
  dateOrder: { dated: number; undated: number };
}

/**
 * The index pages are written to disk by another thread, in parts, and Pagefind reads each part
 * there as soon as it is whole, in parallel, in an order of its own that gives the same index for
 * the same pages, byte for byte (handed over one by one through the Node API, they take longer:
 * Pagefind's service parses them one at a time). Page addresses are relative to the site's root
 * (the search page gives Pagefind the base path).
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<SearchIndexWritten> {
  const fail = (errors: readonly string[]) => {
    if (errors.length > 0) throw new SearchIndexError(errors.join('; '));
  };
  await rm(options.pages, { recursive: true, force: true });
  const total = options.documents.length;
  const step = Math.max(PART_SIZE, Math.ceil(total / 10 / PART_SIZE) * PART_SIZE);
  const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: UNINDEXED_SELECTORS });
  fail(created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind did not start');
  let pages = 0;
  try {
    // Parts are read one after another, in the order they were written.
    let reading: Promise<void> = Promise.resolve();
    const read = (part: string) => {
      reading = reading.then(async () => {
        const added = await index.addDirectory({ path: part });
        fail(added.errors);
        pages += added.page_count;
      });
      // Awaited below, once every part is written; handled here so that a failure meanwhile waits for it.
      reading.catch(() => {});
    };
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./index-pages-worker.ts', import.meta.url), {
        workerData: { store: options.store, pages: options.pages, partSize: PART_SIZE },
      });
      worker.on('message', (message: IndexPagesMessage) => {
        if ('part' in message) {
          read(message.part);
          if (total >= PROGRESS_FROM && message.written % step === 0 && message.written < total)
            options.progress?.(`${message.written} of ${total} index pages written`);
        } else if ('done' in message) resolve();
        else reject(new SearchIndexError(`writing the index pages: ${message.failure}`));
      });
      worker.on('error', (error: Error) => reject(new SearchIndexError(`writing the index pages: ${error.message}`)));
      worker.on('exit', (code) => {
        if (code !== 0) reject(new SearchIndexError(`the thread writing the index pages stopped (exit code ${code})`));
      });
    });
    await reading;
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
  // The index pages' addresses are the ones ./index-pages-worker.ts gives them.
  const dateOrder = await writeDateOrder(options.bundle, options.documents, routesFor('/').document).catch(
    (error: unknown) => {
      throw new SearchIndexError(`the date order: ${(error as Error).message}`);
    },
  );
  return { pages, dateOrder };
}
