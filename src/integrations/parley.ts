/**
 * Parley's build steps after the pages (as Starlight indexes its search in astro:build:done): the
 * corpus published as data files (src/lib/corpus/publish.ts), then the offline search index over
 * the document pages (src/lib/search/build-index.ts), each with progress and a one-line summary.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { publishCorpus, readStoreSummary } from '../lib/corpus/publish.ts';
import { SearchIndexError, writeSearchIndex } from '../lib/search/build-index.ts';
import { corpusPaths } from '../lib/site/paths.ts';
import { routesFor } from '../lib/site/routes.ts';

/** A progress callback that logs a line per tenth: readable on a terminal and in a CI log alike. */
export function tenths(logger: AstroIntegrationLogger, what: string): (done: number, total: number) => void {
  let reported = 0;
  return (done, total) => {
    if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
      reported = done;
      logger.info(`${what}: ${done}/${total}`);
    }
  };
}

export default function parley(): AstroIntegration {
  let base = '/';
  return {
    name: 'parley',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { out: store } = corpusPaths();
        let started = performance.now();
        const published = publishCorpus(store, join(out, 'data'));
        logger.info(
          `data: ${published.documents} documents, passages.jsonl${published.whole ? ', corpus.json' : ''} in ${seconds(started)}`,
        );

        started = performance.now();
        const routes = routesFor(base);
        const pages = readStoreSummary(store).documents.map((document) => ({
          file: join(out, 'interviews', document.id, 'index.html'),
          url: routes.document(document.id),
        }));
        try {
          const index = await writeSearchIndex({
            bundle: join(out, 'pagefind'),
            pages,
            passages: join(store, 'passages.jsonl'),
            progress: tenths(logger, 'search index: pages read'),
          });
          logger.info(`search index: ${index.pages} document pages in ${seconds(started)}`);
        } catch (error) {
          if (!(error instanceof SearchIndexError)) throw error;
          logger.error(`search index: ${error.message}`);
          process.exit(1);
        }
      },
    },
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
