/** A thread that reads source files for ./parallel.ts: one SourceProcessor, one file per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { readSeedSync } from './load.ts';
import { postable } from './parallel.ts';
import { SourceProcessor, type PipelineSettings } from './pipeline.ts';

const processor = new SourceProcessor((workerData as { settings: PipelineSettings }).settings);
parentPort?.on('message', ({ id, dir, file }: { id: number; dir: string; file: string }) => {
  // A failure is this file's, reported with it; the thread lives on for the next file.
  try {
    parentPort?.postMessage({ id, outcome: postable(processor.process(file, readSeedSync(dir, file))) });
  } catch (error) {
    parentPort?.postMessage({ id, failure: (error as Error).message });
  }
});
