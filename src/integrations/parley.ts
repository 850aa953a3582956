/**
 * Parley's build steps beside and after the pages (as Starlight indexes its search in
 * astro:build:done): the offline search index, made from the corpus files while the pages are
 * written (src/lib/search/build-index.ts) and placed in the site when they are done; the corpus
 * published as data files (src/lib/corpus/publish.ts); each with progress and a one-line summary.
 */
import { cpSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { permanentUrlOf } from '../lib/cite/exports.ts';
import { publishCorpus, readStoreSummary } from '../lib/corpus/publish.ts';
import { SearchIndexError, writeSearchIndex, type SearchIndexWritten } from '../lib/search/build-index.ts';
import { CONCORDANCE_DOCUMENT_LIMIT, writeConcordance } from '../lib/concordance/write.ts';
import { readVariantsFile } from '../lib/echoes/load.ts';
import { corpusPaths } from '../lib/site/paths.ts';
import { variantMap } from '../lib/verify/words.ts';
import { routesFor } from '../lib/site/routes.ts';

export default function parley(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let indexing: Promise<SearchIndexWritten | { error: unknown }> | undefined;
  let indexStarted = 0;
  return {
    name: 'parley',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        site = config.site?.replace(/\/+$/u, '');
        if (!site) {
          logger.warn(
            'no public address (PARLEY_SITE): pages get no canonical link, and citations and data files give addresses on whatever host serves the site',
          );
        }
      },
      // The index is made from the corpus files, not the pages, so Pagefind works while Astro writes them.
      'astro:build:start': ({ logger }) => {
        const { out: store } = corpusPaths();
        const { documents } = readStoreSummary(store);
        logger.info(`search index: reading ${documents.length} documents while the pages are written`);
        indexStarted = performance.now();
        indexing = writeSearchIndex({
          store,
          documents,
          pages: join(store, 'index-pages'),
          bundle: bundle(store),
          commonWords: join(store, 'common-words.json'),
          progress: (step) => logger.info(`search index: ${step}`),
        }).then(
          (written) => written,
          // Kept for astro:build:done to report: a failure meanwhile must not end the build half-written.
          (error: unknown) => ({ error }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { out: store } = corpusPaths();
        logger.info('data: publishing the corpus files');
        const started = performance.now();
        const urlOf = permanentUrlOf(site ?? '', base);
        const published = await publishCorpus(store, join(out, 'data'), urlOf);
        logger.info(
          `data: ${published.documents} documents, passages.jsonl${published.whole ? ', corpus.json' : ''} in ${seconds(started)}`,
        );

        const summary = readStoreSummary(store);
        const documents = summary.documents.length;
        try {
          const index = await indexing;
          if (!index) throw new Error('the search index was never started (astro:build:start did not run)');
          if ('error' in index) throw index.error;
          moveFolder(bundle(store), join(out, 'pagefind'));
          const { dated, undated } = index.dateOrder;
          logger.info(
            `search index: ${index.pages} document pages in ${seconds(indexStarted)} (date order: ${dated} dated, ${undated} undated)`,
          );
          // The spellings of one name that search and the verifier treat as one word (data/variants.yaml).
          const variants = variantMap(readVariantsFile(join(corpusPaths().data, 'variants.yaml')));
          writeFileSync(join(out, 'pagefind', 'variants.json'), JSON.stringify([...variants]));
          const concordance = await writeConcordance(
            join(store, 'passages.jsonl'),
            summary.documents,
            new Map(summary.renames),
            join(out, 'concordance'),
            variants,
          );
          logger.info(
            concordance
              ? `concordance: ${concordance.files} files`
              : `concordance: not built for ${documents} documents (up to ${CONCORDANCE_DOCUMENT_LIMIT})`,
          );
          writeOfflineList(
            out,
            base,
            summary.documents.map((document) => document.id),
          );
        } catch (error) {
          if (!(error instanceof SearchIndexError)) throw error;
          logger.error(`search index: ${error.message}`);
          process.exit(1);
        }
      },
    },
  };
}

/**
 * What "Save for offline" on the search page fetches: the search index, the search page and its
 * assets, and, if the reader wants them too, every transcript page; each with its size.
 */
function writeOfflineList(out: string, base: string, documents: readonly string[]): void {
  const routes = routesFor(base);
  // A page is asked for by its address ("search/"), not its file ("search/index.html").
  const entry = (path: string) => ({
    path: routes.asset(path.replace(/(?:^|(?<=\/))index\.html$/u, '')),
    bytes: statSync(join(out, path)).size,
  });
  const under = (folder: string): string[] =>
    readdirSync(join(out, folder), { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? under(join(folder, item.name)) : [join(folder, item.name)],
    );
  const search = [
    ...under('pagefind').filter((path) => !path.endsWith('files.json')),
    ...under('_astro'),
    'search/index.html',
    'index.html',
  ].map(entry);
  const transcripts = documents.map((id) => entry(join('interviews', id, 'index.html')));
  writeFileSync(join(out, 'offline.json'), JSON.stringify({ search, transcripts }));
}

/** Where the index is written while the pages are: beside the corpus files, since Astro empties the site first. */
const bundle = (store: string) => join(store, 'pagefind');

function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
