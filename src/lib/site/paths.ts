/**
 * Where this build reads its seeds and curated data and writes the corpus, from the environment
 * that `npm run build -- --seeds DIR --out DIR --record FILE` sets (scripts/build.ts).
 */
import { join, resolve } from 'node:path';

export interface CorpusPaths {
  seeds: string;
  data: string;
  record: string;
  /** The written corpus: documents, lists, exports (src/lib/corpus/write.ts). */
  out: string;
}

export function corpusPaths(): CorpusPaths {
  return {
    seeds: resolve(process.env.PARLEY_SEEDS ?? 'seeds'),
    data: resolve(process.env.PARLEY_DATA ?? 'data'),
    record: resolve(process.env.PARLEY_RECORD ?? 'data/published-ids.json'),
    out: resolve(process.env.PARLEY_CORPUS ?? join('.parley', 'corpus')),
  };
}
