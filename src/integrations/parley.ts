/**
 * Parley's build steps after the pages (as Starlight indexes its search in astro:build:done): the
 * corpus published as data files (src/lib/corpus/publish.ts), then the offline search index over
 * the document pages (src/lib/search/build-index.ts), each with progress and a one-line summary.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishCorpus, readStoreSummary } from '../lib/corpus/publish.ts';
import { SearchIndexError, writeSearchIndex } from '../lib/search/build-index.ts';
import { corpusPaths } from '../lib/site/paths.ts';

export default function parley(): AstroIntegration {
  return {
    name: 'parley',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { out: store } = corpusPaths();
        logger.info('data: publishing the corpus files');
        let started = performance.now();
        const published = publishCorpus(store, join(out, 'data'));
        logger.info(
          `data: ${published.documents} documents, passages.jsonl${published.whole ? ', corpus.json' : ''} in ${seconds(started)}`,
        );

        started = performance.now();
        const summary = readStoreSummary(store);
        const documents = summary.documents.length;
        logger.info(`search index: reading ${documents} document pages`);
        try {
          const index = await writeSearchIndex({
            site: out,
            pages: 'interviews/*/index.html',
            bundle: join(out, 'pagefind'),
            commonWords: join(store, 'common-words.json'),
            progress: (step) => logger.info(`search index: ${step}`),
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
