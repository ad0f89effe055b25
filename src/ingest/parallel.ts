// Ingest from paths with reading and fingerprinting in a worker thread while this thread writes to the
// store: the two halves of ingest cost about the same, so on two cores the run takes about half as long.
// Items arrive in exactly the order the readers produce them, so results are the same as in-process
// ingest; a bounded number of chunks in flight keeps memory flat however large the input.
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from '../sources/index.js';
import { readSources } from '../sources/index.js';
import type { Store } from '../store/store.js';
import { ingest, ingestPrepared, type IngestHooks, type IngestSummary, type PreparedItem } from './ingest.js';

/** Items per message from the worker, and how many unacknowledged messages it may have in flight. */
export const CHUNK_ITEMS = 100;
export const MAX_CHUNKS_IN_FLIGHT = 8;

export type WorkerMessage =
  | { type: 'items'; items: PreparedItem[] }
  | { type: 'done' }
  | { type: 'error'; message: string };

function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./prepareWorker${ext}`, import.meta.url);
}

function startWorker(paths: string[], opts: ReadOptions): Worker {
  const url = workerUrl();
  const workerData = { paths, opts };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, execArgv: process.execArgv });
  // Under tsx (tests, development) the worker is TypeScript: register tsx's hooks inside the thread first.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${tsx}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** The prepared items a worker produces, in order; throws what the worker threw. */
async function* fromWorker(paths: string[], opts: ReadOptions): AsyncGenerator<PreparedItem> {
  const worker = startWorker(paths, opts);
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let exited = false;
  worker.on('message', (m: WorkerMessage) => { queue.push(m); wake?.(); });
  worker.on('error', (err) => { failure = err; wake?.(); });
  worker.on('exit', () => { exited = true; wake?.(); });
  try {
    for (;;) {
      while (queue.length === 0 && !failure && !exited) await new Promise<void>((r) => { wake = r; });
      wake = undefined;
      const m = queue.shift();
      if (!m) throw failure ?? new Error('the ingest worker stopped unexpectedly');
      if (m.type === 'error') throw new Error(m.message);
      if (m.type === 'done') return;
      worker.postMessage('ack');
      yield* m.items;
    }
  } finally {
    await worker.terminate();
  }
}

/** Whether to read in a worker: off with CHRONICLE_INGEST_WORKER=0. */
function workerEnabled(): boolean {
  return process.env.CHRONICLE_INGEST_WORKER !== '0';
}

/**
 * Reads `paths` (files and folders, not '-') and ingests them. Throws, before storing anything, when a
 * path does not exist — as readSources does.
 */
export async function ingestPaths(paths: string[], opts: ReadOptions, store: Store, hooks: IngestHooks = {}):
  Promise<IngestSummary> {
  if (!workerEnabled() || paths.includes('-')) return ingest(readSources(paths, opts), store, hooks);
  return ingestPrepared(fromWorker(paths, opts), store, hooks);
}
