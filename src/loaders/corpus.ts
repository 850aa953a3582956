/**
 * The content loaders of Parley's records. One run of the corpus pipeline (src/lib/corpus/) per
 * build writes every document to its own file (./src/lib/corpus/write.ts) and hands Astro only
 * the small records pages list: document summaries, speakers, outlets, topics, and what the
 * build found. Document pages read their document's file when they are built.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { isCorpusError } from '../lib/corpus/errors.ts';
import { writeCorpusStore, type StoreSummary } from '../lib/corpus/write.ts';
import { writeEchoes } from '../lib/echoes/build.ts';
import { corpusPaths } from '../lib/site/paths.ts';
import { tenths } from '../lib/site/progress.ts';

let store: Promise<StoreSummary> | undefined;

/** The corpus, written once however many collections ask for it. */
function corpus(logger: LoaderContext['logger']): Promise<StoreSummary> {
  store ??= (async () => {
    const paths = corpusPaths();
    const started = performance.now();
    try {
      const summary = await writeCorpusStore({
        ...paths,
        corrections: true,
        progress: tenths((line) => logger.info(line), 'corpus: source files'),
      });
      for (const seed of summary.skipped) logger.warn(`corpus: skipped ${seed.file}: ${seed.reason}`);
      const echoStarted = performance.now();
      const echoes = await writeEchoes(
        paths.out,
        paths.data,
        summary.documents.map((document) => document.id),
      );
      logger.info(
        echoes.skipped
          ? `echoes: not looked for: ${echoes.skipped}`
          : `echoes: ${echoes.pairs} pairs in ${echoes.clusters} talking points, ${echoes.questionGroups} questions asked again, in ${((performance.now() - echoStarted) / 1000).toFixed(1)} s`,
      );
      logger.info(
        `corpus: ${summary.documents.length} documents, ${summary.passages} passages, ${summary.speakers.length} speakers in ${((performance.now() - started) / 1000).toFixed(1)} s (${summary.threads || 'no'} reading threads) → ${paths.out}`,
      );
      return summary;
    } catch (error) {
      if (!isCorpusError(error)) throw error;
      // Bad input is the contributor's to fix: one line per problem, no stack trace, no site.
      logger.error(`the corpus has problems; fix these and build again:\n${error.message}`);
      process.exit(1);
    }
  })();
  return store;
}

/** A collection whose entries are picked from the corpus run. */
export function corpusLoader(pick: (summary: StoreSummary) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: 'parley-corpus',
    load: async (context) => {
      const summary = await corpus(context.logger);
      context.store.clear();
      for (const entry of pick(summary)) {
        context.store.set({ id: entry.id, data: await context.parseData(entry) });
      }
    },
  };
}
