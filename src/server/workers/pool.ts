// A small pool of worker threads that build (and render) timelines, so that a large build never holds the
// event loop: /api/status and every other route keep answering while it runs. Each job has a deadline; a
// job past it is answered with a timeout and its worker is terminated (the only way to stop a synchronous
// build) and replaced on next use. At most `queue` jobs wait for a free worker; more are refused as busy.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { ServiceError, type BuiltTimeline, type RenderFormat, type TimelineRequest } from '../../service/index.js';

export interface TimelineJob {
  request: TimelineRequest;
  /** The reply format; anything but json is rendered in the worker too. */
  format: RenderFormat;
  /** The server's store generation: the worker's own caches are valid only within one. */
  generation: number;
}

export interface TimelineResult {
  timeline: BuiltTimeline;
  format: RenderFormat;
  /** The timeline rendered in `format` (absent for json, which the route serialises). */
  rendered?: string;
}

/** A job's failure as it crosses the thread boundary: service errors keep their kind and detail. */
export interface JobFailure {
  message: string;
  service?: { kind: ServiceError['kind']; detail: ServiceError['detail'] };
}

export type JobMessage = { id: number; job: TimelineJob };
export type JobReply = { id: number; result: TimelineResult } | { id: number; failure: JobFailure };

/** Why the pool did not run a job: it ran past its deadline, or too many jobs were already waiting. */
export class PoolRefusal extends Error {
  constructor(readonly code: 'timeout' | 'busy', message: string, readonly retryAfterSeconds?: number) {
    super(message);
  }
}

export interface PoolLimits {
  /** Worker threads (each with its own store connection). */
  threads: number;
  /** Jobs that may wait for a free worker; more are refused as busy. */
  queue: number;
}

export function defaultPoolLimits(): PoolLimits {
  return { threads: Math.max(1, Math.min(2, availableParallelism())), queue: 8 };
}

interface Task {
  id: number;
  job: TimelineJob;
  deadlineMs: number;
  /** performance.now() at which the deadline passes. */
  expiresAt: number;
  timer: NodeJS.Timeout;
  resolve(result: TimelineResult): void;
  reject(err: Error): void;
}

function workerUrl(): URL {
  // Under tsx (tests, development) this module is a .ts file and so is its worker.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./timelineWorker${ext}`, import.meta.url);
}

function startWorker(location: string): Worker {
  const url = workerUrl();
  const workerData = { location };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, execArgv: process.execArgv });
  // Node 20 does not apply tsx's --import hooks inside worker threads: register them there first.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${tsx}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

function timeoutRefusal(task: Task): PoolRefusal {
  return new PoolRefusal('timeout', `building this timeline took longer than the server's limit of ` +
    `${task.deadlineMs / 1000} s: narrow it (query, entity, story, source, from/to) or ask for fewer dates`);
}

export function failureError(f: JobFailure): Error {
  return f.service ? new ServiceError(f.service.kind, f.message, f.service.detail) : new Error(f.message);
}

export class TimelinePool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly location: string, private readonly limits: PoolLimits) {}

  /** Runs `job` on a worker; rejects with PoolRefusal past `deadlineMs` or when the queue is full. */
  run(job: TimelineJob, deadlineMs: number): Promise<TimelineResult> {
    if (this.closed) return Promise.reject(new Error('the timeline pool is closed'));
    const canStart = this.idle.length > 0 || this.busy.size < this.limits.threads;
    if (!canStart && this.waiting.length >= this.limits.queue) {
      const seconds = Math.max(1, Math.ceil(deadlineMs / 1000));
      return Promise.reject(new PoolRefusal('busy', `the server is building ${this.busy.size} timelines and ` +
        `${this.waiting.length} more are waiting: try again in ${seconds} s`, seconds));
    }
    return new Promise<TimelineResult>((resolve, reject) => {
      const task: Task = { id: this.nextId++, job, deadlineMs, expiresAt: performance.now() + deadlineMs, resolve,
        reject, timer: setTimeout(() => this.expire(task), deadlineMs) };
      this.waiting.push(task);
      this.dispatch();
    });
  }

  /** Starts the workers now rather than on the first job (a server calls this once it listens). */
  warm(): void {
    while (!this.closed && this.idle.length + this.busy.size < this.limits.threads) this.idle.push(this.spawn());
  }

  /** Terminates every worker; waiting and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the server is shutting down');
    for (const task of [...this.waiting, ...this.busy.values()]) this.settle(task, stopped);
    this.waiting.length = 0;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.limits.threads ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.waiting.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, job: task.job } satisfies JobMessage);
    }
  }

  private spawn(): Worker {
    const worker = startWorker(this.location);
    worker.on('message', (reply: JobReply) => {
      const task = this.busy.get(worker);
      if (!task || task.id !== reply.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      // A reply can be handled before the deadline's timer when both are due at once: the deadline still holds.
      if (performance.now() >= task.expiresAt) {
        this.settle(task, timeoutRefusal(task));
      } else if ('result' in reply) {
        clearTimeout(task.timer);
        task.resolve(reply.result);
      } else {
        this.settle(task, failureError(reply.failure));
      }
      this.dispatch();
    });
    // A worker that fails outside a job (it could not load, or ran out of memory) is dropped; its job fails.
    const drop = (err: Error): void => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (task) this.settle(task, err);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', drop);
    worker.on('exit', (code) => drop(new Error(`a timeline worker stopped (exit code ${code})`)));
    return worker;
  }

  private expire(task: Task): void {
    const at = this.waiting.indexOf(task);
    if (at >= 0) {
      this.waiting.splice(at, 1);
      task.reject(timeoutRefusal(task));
      return;
    }
    for (const [worker, running] of this.busy) {
      if (running !== task) continue;
      // A synchronous build cannot be interrupted: stop the thread and start a fresh one at once, so that the
      // next job does not wait for it to load.
      this.busy.delete(worker);
      void worker.terminate();
      task.reject(timeoutRefusal(task));
      this.warm();
      this.dispatch();
      return;
    }
  }

  private settle(task: Task, err: Error): void {
    clearTimeout(task.timer);
    task.reject(err);
  }
}
