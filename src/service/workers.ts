// Analysis shared by many processes through the store's work queue (PostgreSQL): `chronicle ingest`,
// `chronicle analyze` and `chronicle worker`, on one machine or several. Articles are stored first; pending
// ones are cut into batches under the enqueue lock (which also teaches the furniture model their lines, so a
// batch is analysed with a model that has seen it); any worker then claims a batch, analyses it, and, once
// every earlier batch is stored, completes it in one transaction that resolves its entities against the one
// shared resolver state and stores the analyses. A worker that dies leaves its lease to run out and its transaction uncommitted: the batch is
// claimed again, and stored once. Stories are assigned once the queue is empty, under the stories lock, one
// process at a time, from the saved clusterer state: the clusterer sees each article once, oldest first and in
// the same pages as a single process would, whichever worker analysed it.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ANALYSIS_VERSION } from '../analyze/index.js';
import { analyzeMany } from '../analyze/pool.js';
import { EntityResolver } from '../analyze/entities/index.js';
import { FurnitureModel } from '../clean/index.js';
import type { Store } from '../store/store.js';
import { workQueueOf, type ClaimedBatch, type StateCursor, type WorkQueue } from '../store/queue.js';
import type { Doc, EntityRef } from '../types.js';
import { FURNITURE_STATE, indexRecord, MIN_LOG_BYTES, RESOLVER_STATE, updateStories, type AnalyzeHooks } from './refresh.js';

/** Articles per queued batch: small enough that a lost batch costs little, large enough to keep threads busy. */
export const QUEUE_BATCH = 100;
/** Seconds a claim lasts unless renewed; a live worker renews it every third of that. */
export const DEFAULT_LEASE_SECONDS = 30;

export interface WorkerOptions extends AnalyzeHooks {
  batchSize?: number;
  leaseSeconds?: number;
  /** Keep waiting for new work (polling every `pollSeconds`) instead of returning once the queue is empty. */
  follow?: boolean;
  pollSeconds?: number;
  /** Ends a following worker after its current batch. */
  signal?: AbortSignal;
  /** Told after each batch: whether this worker stored it (false: another took it over meanwhile). */
  onBatch?: (batch: { id: number; articles: number; attempt: number; stored: boolean }) => void;
}

export interface WorkerOutcome {
  analyzed: number;
  batches: number;
  storied: number;
}

/** Whether `store` shares analysis work between processes (then refresh goes through the queue). */
export function sharesWork(store: Store): boolean {
  return workQueueOf(store) !== undefined;
}

/**
 * Queues every article that needs analysis and is not queued yet, in batches of `batchSize` (id order), and
 * learns their lines into the furniture model first. Returns how many articles were queued.
 */
export async function enqueuePending(store: Store, batchSize = QUEUE_BATCH): Promise<number> {
  const queue = requireQueue(store);
  return queue.exclusive('enqueue', async () => {
    const queued = await queue.queuedArticleIds();
    const ids = (await store.articlesNeedingAnalysis(ANALYSIS_VERSION)).filter((id) => !queued.has(id));
    if (ids.length === 0) return 0;
    const state = await store.loadState(FURNITURE_STATE);
    const model = state ? FurnitureModel.fromJSON(state) : new FurnitureModel();
    for (let i = 0; i < ids.length; i += batchSize) {
      const articles = await store.listArticles({ ids: ids.slice(i, i + batchSize) });
      model.learn(articles.sort((a, b) => a.id - b.id));
    }
    await store.saveState(FURNITURE_STATE, JSON.stringify(model));
    const batches: number[][] = [];
    for (let i = 0; i < ids.length; i += batchSize) batches.push(ids.slice(i, i + batchSize));
    await queue.enqueue(batches);
    return ids.length;
  });
}

/** Analysed batches a worker keeps while an earlier batch is still open elsewhere (memory stays bounded). */
const MAX_HELD = 2;

/**
 * Queues what is pending, then claims and analyses batches until the queue is empty (waiting for batches other
 * workers hold, so that on return every queued article is analysed, or until `signal` with `follow`), and
 * assigns stories. Batches are stored in queue order: entities are resolved against one shared, incremental
 * resolver, whose answers depend on the order it meets names, so any number of workers resolve as one process
 * would. Returns what this process did.
 */
export async function runWorker(store: Store, opts: WorkerOptions = {}): Promise<WorkerOutcome> {
  const queue = requireQueue(store);
  const batchSize = opts.batchSize ?? QUEUE_BATCH;
  const lease = opts.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const worker = new BatchWorker(store, queue, owner, lease, opts);
  const out: WorkerOutcome = { analyzed: 0, batches: 0, storied: 0 };
  const held: HeldBatch[] = [];
  let analysed = 0;
  await enqueuePending(store, batchSize);
  let total = (await queue.status()).articles;
  try {
    for (;;) {
      while (held.length > 0 && (held[0]!.lost || await queue.openBefore(held[0]!.batch.id) === 0)) {
        const h = held.shift()!;
        const stored = await worker.save(h);
        opts.onBatch?.({ id: h.batch.id, articles: h.batch.articleIds.length, attempt: h.batch.attempt,
          stored: stored >= 0 });
        if (stored >= 0) {
          out.analyzed += stored;
          out.batches++;
        }
      }
      const stopping = opts.signal?.aborted === true;
      if (stopping && held.length === 0) break;
      // With batches in hand only an earlier one is taken: the batch that holds them back, once its worker's
      // lease has run out.
      const before = stopping || held.length >= MAX_HELD ? held[0]!.batch.id : undefined;
      const batch = await queue.claim(owner, lease, before);
      if (batch) {
        const h = await worker.analyse(batch, () => opts.onProgress?.(++analysed, total));
        held.push(h);
        held.sort((x, y) => x.batch.id - y.batch.id);
        continue;
      }
      const open = await queue.status();
      if (open.batches === 0) {
        if (!opts.follow) break;
        out.storied += await queue.exclusive('stories', () => updateStories(store));
      }
      // Batches other workers hold are waited for (their lease may run out: then they are ours to redo); an
      // analysed batch of ours waits for an earlier one, which is usually about to be stored.
      const wait = held.length > 0 ? 200 : open.batches > 0 ? Math.min(1000, lease * 250) : (opts.pollSeconds ?? 5) * 1000;
      await sleep(wait, opts.signal);
      if (open.batches === 0 && await enqueuePending(store, batchSize) > 0) total = (await queue.status()).articles;
    }
  } finally {
    worker.stop();
  }
  out.storied += await queue.exclusive('stories', () => updateStories(store));
  return out;
}

/** The refresh of a store that shares work: this process works the queue alongside any others. */
export async function refreshShared(store: Store, hooks: AnalyzeHooks = {}): Promise<{ analyzed: number; storied: number }> {
  const { analyzed, storied } = await runWorker(store, hooks);
  return { analyzed, storied };
}

/** A claimed batch, analysed or being analysed, and whether its lease was lost meanwhile. */
interface HeldBatch {
  batch: ClaimedBatch;
  docs: Map<number, Doc>;
  lost: boolean;
}

/**
 * What one worker keeps between batches: its copies of the shared states, reloaded only when they changed, and
 * the leases it holds, renewed every third of their length until the batch is stored.
 */
class BatchWorker {
  private resolver = new EntityResolver();
  /** Where this copy of the resolver stands in the saved whole and its change log; its sizes, to fold the log. */
  private resolverCursor: StateCursor | undefined;
  private resolverBytes = 0;
  private logBytes = 0;
  private furniture = new FurnitureModel();
  private furnitureGeneration: string | undefined;
  private readonly leased = new Set<HeldBatch>();
  private readonly renewal: ReturnType<typeof setInterval>;

  constructor(private readonly store: Store, private readonly queue: WorkQueue, private readonly owner: string,
    private readonly lease: number, private readonly hooks: AnalyzeHooks) {
    this.renewal = setInterval(() => {
      for (const h of this.leased) {
        this.queue.renew(h.batch.id, this.owner, this.lease).then((ok) => { if (!ok) h.lost = true; }, () => undefined);
      }
    }, (this.lease * 1000) / 3);
  }

  stop(): void {
    clearInterval(this.renewal);
  }

  /** Analyses a claimed batch; its lease is renewed until `save` is called. */
  async analyse(batch: ClaimedBatch, onArticle: () => void): Promise<HeldBatch> {
    const held: HeldBatch = { batch, docs: new Map(), lost: false };
    this.leased.add(held);
    const furniture = await this.queue.loadStateIfChanged(FURNITURE_STATE, this.furnitureGeneration);
    if (furniture.generation !== this.furnitureGeneration) {
      this.furniture = furniture.json ? FurnitureModel.fromJSON(furniture.json) : new FurnitureModel();
      this.furnitureGeneration = furniture.generation;
    }
    const articles = await this.store.listArticles({ ids: batch.articleIds });
    const work = articles.map((a) => ({ id: a.id, text: a.text, published: a.published,
      furniture: this.furniture.spans(a) }));
    const poolOpts: { threads?: number } = {};
    if (this.hooks.threads !== undefined) poolOpts.threads = this.hooks.threads;
    await analyzeMany(work, (r) => {
      if ('error' in r) this.hooks.onError?.(r.id, r.error);
      else held.docs.set(r.id, r.doc);
      onArticle();
    }, poolOpts);
    return held;
  }

  /** Stores an analysed batch; returns the articles stored, or -1 when the batch was lost to another worker. */
  async save(held: HeldBatch): Promise<number> {
    this.leased.delete(held);
    if (held.lost) return -1;
    return this.complete(held.batch.id, held.docs);
  }

  private async complete(batchId: number, docs: Map<number, Doc>): Promise<number> {
    let stored = 0;
    try {
      const cursor = await this.queue.complete(batchId, this.owner, RESOLVER_STATE, this.resolverCursor, (state) => {
        if (state.generation !== this.resolverCursor?.generation) {
          this.resolver = state.json ? EntityResolver.fromJSON(state.json) : new EntityResolver();
          this.resolverBytes = state.json?.length ?? 0;
          this.logBytes = 0;
        }
        for (const delta of state.deltas) {
          this.resolver.applyChanges(delta);
          this.logBytes += delta.length;
        }
        this.resolver.takeChanges();
        // Article order, as a single process resolves them: the result does not depend on thread timing.
        const items = [...docs.entries()].sort((a, b) => a[0] - b[0]).map(([articleId, doc]) => {
          const entityRefs: EntityRef[] = this.resolver.resolveDocument(doc.entities);
          return { articleId, version: ANALYSIS_VERSION, doc, entityRefs, ...indexRecord(doc) };
        });
        stored = items.length;
        const delta = JSON.stringify(this.resolver.takeChanges());
        this.logBytes += delta.length;
        // As refresh's ResolverSaver: the whole is rewritten once the log outgrows it, so bytes stay linear.
        if (this.logBytes <= Math.max(this.resolverBytes, MIN_LOG_BYTES)) return { items, state: { name: RESOLVER_STATE, delta } };
        const whole = JSON.stringify(this.resolver);
        this.resolverBytes = whole.length;
        this.logBytes = 0;
        return { items, state: { name: RESOLVER_STATE, delta, whole } };
      });
      if (cursor === undefined) return -1;
      this.resolverCursor = cursor;
      return stored;
    } catch (err) {
      // The resolver may hold this batch's names although nothing was stored: reload it next time.
      this.resolverCursor = { generation: 'unknown', seq: 0 };
      throw err;
    }
  }
}

function requireQueue(store: Store): WorkQueue {
  const queue = workQueueOf(store);
  if (!queue) throw new Error('this store has no work queue: several workers need a PostgreSQL store');
  return queue;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
