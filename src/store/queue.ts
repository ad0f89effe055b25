// The analysis work queue: what a store offers when several processes, possibly on several machines, share
// the analysis of stored articles. Only the PostgreSQL store has one; the SQLite store is one machine's file
// and analyses in its own process. The policy (what goes in a batch, what a worker does with it) lives in
// service/workers.ts; the store only keeps the queue's rows and its locks.
import type { Doc, EntityRef } from '../types.js';
import type { Store } from './store.js';

/** A batch of articles to analyse, as claimed by one worker. */
export interface ClaimedBatch {
  id: number;
  articleIds: number[];
  /** 1 on its first claim; more when an earlier worker's lease ran out (it died or stalled). */
  attempt: number;
}

/** Named locks held across processes while a step that reads and rewrites shared state runs. */
export type QueueLock = 'enqueue' | 'stories';

/** A saved component state and its generation: a token that changes whenever the state is rewritten. */
export interface VersionedState {
  generation: string | undefined;
  json: string | undefined;
}

/**
 * A state kept as a whole plus a log of changes appended since (the entity resolver): `json` and `generation`
 * as in VersionedState for the whole, `deltas` the changes to apply to it, oldest first (all of them when the
 * whole changed; else those after `seq` of the cursor read before), and the cursor to hand back next time.
 */
export interface LoggedState extends VersionedState {
  deltas: string[];
  cursor: StateCursor;
}

/** Where a reader of a logged state stands: the generation of the whole it holds and the last change applied. */
export interface StateCursor {
  generation: string | undefined;
  seq: number;
}

/**
 * What completing a batch stores: the analyses, the change they made to the state they were resolved with, and,
 * when the log has grown large, the whole state (the log is then emptied).
 */
export interface BatchResult {
  items: { articleId: number; version: number; doc: Doc; entityRefs: EntityRef[] }[];
  state: { name: string; delta: string; whole?: string };
}

export interface WorkQueue {
  /** Runs `fn` while holding `lock`; other processes asking for it wait. A dead holder's lock is released. */
  exclusive<T>(lock: QueueLock, fn: () => Promise<T>): Promise<T>;
  /** Articles in batches not done yet (claimed or not). */
  queuedArticleIds(): Promise<Set<number>>;
  /** Adds one batch per list, in order. */
  enqueue(batches: number[][]): Promise<void>;
  /**
   * Claims the oldest batch that is neither done nor under a live lease, for `leaseSeconds`; several workers
   * claiming at once each get a different batch; with `beforeId`, only a batch queued before that one.
   * Undefined when none is free.
   */
  claim(owner: string, leaseSeconds: number, beforeId?: number): Promise<ClaimedBatch | undefined>;
  /** How many batches queued before `batchId` are not done yet (claimed or not). */
  openBefore(batchId: number): Promise<number>;
  /** Extends `owner`'s lease on a batch; false when the batch was done or claimed by another meanwhile. */
  renew(batchId: number, owner: string, leaseSeconds: number): Promise<boolean>;
  /**
   * In one transaction, serialised with every other completion: checks that `owner` still holds the batch,
   * hands `build` the logged state `stateName` as seen from `seen` (json undefined when its generation is still
   * the one seen), stores what `build` returns and marks the batch done. Returns the cursor after this batch's
   * change, or undefined (nothing stored) when the batch was lost to another worker.
   */
  complete(batchId: number, owner: string, stateName: string, seen: StateCursor | undefined,
    build: (state: LoggedState) => BatchResult): Promise<StateCursor | undefined>;
  /** A saved state with its generation, for a reader that keeps a copy and reloads only when it changed. */
  loadStateIfChanged(name: string, seenGeneration: string | undefined): Promise<VersionedState>;
  /** Batches and articles not done yet, and how many batches are under a live lease. */
  status(): Promise<{ batches: number; articles: number; leased: number }>;
}

/** A store whose analysis work can be shared by many processes. */
export interface QueueStore extends Store {
  readonly queue: WorkQueue;
}

/** The store's work queue, when it has one. */
export function workQueueOf(store: Store): WorkQueue | undefined {
  return (store as Partial<QueueStore>).queue;
}
