/**
 * A thread that writes the index pages (./index-pages.ts) for ./build-index.ts, so that Astro's
 * thread renders the site's pages meanwhile, and tells each finished part of them as it goes, so
 * that Pagefind reads the first part while the next is written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readStoreSummary } from '../corpus/publish.ts';
import { routesFor } from '../site/routes.ts';
import { writeIndexPages, type IndexPagesMessage } from './index-pages.ts';

const { store, pages, partSize } = workerData as { store: string; pages: string; partSize: number };
const tell = (message: IndexPagesMessage) => parentPort?.postMessage(message);
try {
  const summary = readStoreSummary(store);
  await writeIndexPages(store, summary, routesFor('/').document, pages, partSize, tell);
} catch (error) {
  tell({ failure: (error as Error).message });
}
