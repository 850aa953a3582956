/** A thread that reads source files for ./parallel.ts: one SourceProcessor, one file per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { readSeedSync } from './load.ts';
import { postable } from './parallel.ts';
import { SourceProcessor, type PipelineSettings } from './pipeline.ts';

const processor = new SourceProcessor((workerData as { settings: PipelineSettings }).settings);
parentPort?.on('message', ({ id, dir, file }: { id: number; dir: string; file: string }) => {
  let bytes: Uint8Array;
  try {
    bytes = readSeedSync(dir, file);
  } catch (error) {
    parentPort?.postMessage({ id, failure: `${file}: ${(error as Error).message}` });
    return;
  }
  parentPort?.postMessage({ id, outcome: postable(processor.process(file, bytes)) });
});
