/** A thread that reads source files for ./parallel.ts: one SourceProcessor, one file per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { postable } from './parallel.ts';
import { SourceProcessor, type PipelineSettings } from './pipeline.ts';

const processor = new SourceProcessor((workerData as { settings: PipelineSettings }).settings);
parentPort?.on('message', ({ id, file, bytes }: { id: number; file: string; bytes: Uint8Array }) => {
  parentPort?.postMessage({ id, outcome: postable(processor.process(file, bytes)) });
});
