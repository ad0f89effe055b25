// A pool of worker threads running analyzeDocs (analyzeDoc stage by stage over a message's articles). Work is
// sent in small chunks so that both cores stay busy and results stream back in order of completion.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Doc } from '../types.js';
import { analyzeDocs } from './index.js';
import type { Span } from '../clean/index.js';

/**
 * One article to analyse; `furniture` are spans known to be page furniture (the learned repeat model's). `title`
 * is for work that reads it beside the analysis (a pool's `PoolWork`); analysis itself does not.
 */
export interface AnalyzeItem { id: number; text: string; published: string; furniture?: Span[]; title?: string }
export interface AnalyzeJob { jobId: number; items: AnalyzeItem[] }
export interface AnalyzeReply<R = AnalyzeResult> { jobId: number; docs: R[] }
export type AnalyzeResult = { id: number; doc: Doc } | { id: number; error: string };

/**
 * What a pool's threads do with a batch of items: a worker module answering AnalyzeJobs with AnalyzeReplies, and the
 * same work done on this thread (below INLINE_LIMIT items, or with no threads). The default is analyzeDoc alone
 * (./worker.ts); a caller may run more per article there, e.g. what it derives from the analysis before storing it.
 */
export interface PoolWork<R extends { id: number }> {
  module: URL;
  inline: (items: AnalyzeItem[]) => R[];
}

/** Below this many articles, starting threads costs more than it saves. */
export const INLINE_LIMIT = 24;
/** Articles per message to a worker. */
export const CHUNK = 8;

export function defaultThreads(): number {
  const env = Number(process.env.CHRONICLE_THREADS);
  if (Number.isInteger(env) && env > 0) return env;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** The module `name` (no extension) beside the module at `base` (an import.meta.url), as a worker is started from. */
export function workerModule(name: string, base: string): URL {
  // Under tsx (tests, development) the calling module is a .ts file and so is its worker.
  const ext = base.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${ext}`, base);
}

function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv: process.execArgv });
  // Node 20 does not apply tsx's --import hooks inside worker threads: register them there first.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${tsx}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true });
}

/**
 * The analyses of a batch, stage by stage over its articles (analyzeDocs: the same Docs as one by one, for less
 * CPU), each with the error its article threw instead where one did.
 */
export function analyzeItems(items: AnalyzeItem[]): AnalyzeResult[] {
  const docs = analyzeDocs(items);
  return items.map((item, i) => {
    const d = docs[i]!;
    return d instanceof Error ? { id: item.id, error: d.message } : { id: item.id, doc: d };
  });
}

const ANALYSIS: PoolWork<AnalyzeResult> = { module: workerModule('worker', import.meta.url), inline: analyzeItems };

/**
 * Worker threads kept for many calls: a refresh analyses page after page, and starting a thread (a cold module
 * graph, cold JIT) costs ~0.35 CPU-s. Chunks go to whichever worker is free, so both cores stay busy. Close it
 * when done, or the threads keep the process alive.
 */
export class AnalysisPool<R extends { id: number } = AnalyzeResult> {
  private readonly workers: Worker[] = [];
  /** The call in progress: its failure handler (a worker that crashed or exited fails it). */
  private fail: ((err: Error) => void) | undefined;

  constructor(private readonly threads: number = defaultThreads(),
    private readonly work: PoolWork<R> = ANALYSIS as unknown as PoolWork<R>) {}

  /** Analyses `items`, calling `onResult` for each as it completes (any order); one call at a time. */
  async run(items: AnalyzeItem[], onResult: (r: R) => void): Promise<void> {
    if (this.threads === 0 || items.length <= INLINE_LIMIT) {
      for (const r of this.work.inline(items)) onResult(r);
      return;
    }
    const chunks: AnalyzeItem[][] = [];
    for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
    while (this.workers.length < Math.min(this.threads, chunks.length)) this.workers.push(this.start());
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let pending = 0;
      this.fail = reject;
      const feed = (w: Worker): void => {
        if (next >= chunks.length) {
          if (pending === 0) {
            this.fail = undefined;
            for (const x of this.workers) x.removeAllListeners('message');
            resolve();
          }
          return;
        }
        pending++;
        w.postMessage({ jobId: next, items: chunks[next++] } satisfies AnalyzeJob);
      };
      for (const w of this.workers.slice(0, Math.min(this.workers.length, chunks.length))) {
        w.on('message', (reply: AnalyzeReply<R>) => {
          pending--;
          for (const d of reply.docs) onResult(d);
          feed(w);
        });
        feed(w);
      }
    });
  }

  private start(): Worker {
    const w = startWorker(this.work.module);
    w.on('error', (err) => this.fail?.(err));
    w.on('exit', (code) => {
      const at = this.workers.indexOf(w);
      if (at >= 0) this.workers.splice(at, 1);
      if (code !== 0) this.fail?.(new Error(`analysis worker stopped with exit code ${code}`));
    });
    return w;
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Analyses `items`, calling `onResult` for each as it completes (any order). Uses worker threads for larger
 * inputs; `threads: 0` forces inline analysis on this thread.
 */
export async function analyzeMany(items: AnalyzeItem[], onResult: (r: AnalyzeResult) => void,
  opts: { threads?: number } = {}): Promise<void> {
  const pool = new AnalysisPool(opts.threads ?? defaultThreads());
  try {
    await pool.run(items, onResult);
  } finally {
    await pool.close();
  }
}
