/**
 * Source files read in several threads at once: each worker holds its own SourceProcessor
 * (./pipeline.ts) and reads the files it is sent; outcomes come back in any order and are handed
 * out in file order, so the corpus is the same however many threads read it. With one core, or if
 * a worker cannot start, files are read in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorpusError } from './errors.ts';
import { readSeedSync } from './load.ts';
import { SourceProcessor, type FileOutcome, type PipelineSettings } from './pipeline.ts';

/** A file outcome as it crosses threads: errors as plain data, no source lines. */
export interface PostedOutcome extends Omit<FileOutcome, 'errors'> {
  errors: { file: string; line: number | null; problem: string }[];
}

export function postable(outcome: FileOutcome): PostedOutcome {
  return {
    ...outcome,
    records: outcome.records ? { ...outcome.records, source: null } : null,
    errors: outcome.errors.map(({ file, line, problem }) => ({ file, line, problem })),
  };
}

function received(posted: PostedOutcome): FileOutcome {
  return { ...posted, errors: posted.errors.map(({ file, line, problem }) => new CorpusError(file, line, problem)) };
}

/** How many threads read files: one a core (the writing thread mostly waits on them), at most four. */
export function readerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export interface FileReader {
  /** How many threads read files: 0 when this thread does. */
  threads: number;
  /** Reads `file` from the folder `dir` and runs it through the pipeline, in whichever thread. */
  read(dir: string, file: string): Promise<FileOutcome>;
  close(): Promise<void>;
}

export function fileReader(settings: PipelineSettings, threads = readerCount()): FileReader {
  if (threads < 1 || availableParallelism() < 2) return inThread(settings);
  try {
    return new WorkerPool(settings, threads);
  } catch {
    return inThread(settings);
  }
}

function inThread(settings: PipelineSettings): FileReader {
  const processor = new SourceProcessor(settings);
  return {
    threads: 0,
    read: async (dir, file) => processor.process(file, readSeedSync(dir, file)),
    close: async () => {},
  };
}

class WorkerPool implements FileReader {
  readonly threads: number;
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void }
  >();
  private next = 0;

  constructor(settings: PipelineSettings, threads: number) {
    this.threads = threads;
    const script = new URL('./file-worker.ts', import.meta.url);
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(script, { workerData: { settings } });
      worker.on('message', ({ id, outcome, failure }: { id: number; outcome?: PostedOutcome; failure?: string }) => {
        const waiting = this.waiting.get(id);
        this.waiting.delete(id);
        if (outcome) waiting?.resolve(received(outcome));
        else waiting?.reject(new Error(failure));
      });
      worker.on('error', (error: Error) => {
        for (const pending of this.waiting.values()) pending.reject(error);
        this.waiting.clear();
      });
      return worker;
    });
  }

  read(dir: string, file: string): Promise<FileOutcome> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // The worker reads the file itself: its bytes never cross threads, nor wait on this one.
      worker.postMessage({ id, dir, file });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
