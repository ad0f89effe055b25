// What every route needs: the store, the body limits, a lock that runs store-changing work one at a time, and
// a generation number that changes whenever such work has run (caches key on it).
import type { SourceCount } from '../service/index.js';
import type { Store } from '../store/store.js';

export interface ServerContext {
  store: Store;
  limits: { json: number; upload: number };
  /** Runs `work` after every earlier exclusive task has finished (ingest and analysis must not interleave). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Bumped after every exclusive task: anything derived from the store before then may be stale. */
  generation(): number;
  /** Values derived from the store that routes keep between requests. */
  memo: { sources?: { count: number; list: SourceCount[] } };
}

export function makeContext(store: Store, limits: { json: number; upload: number }): ServerContext {
  let tail: Promise<unknown> = Promise.resolve();
  let generation = 0;
  const ctx: ServerContext = {
    store,
    limits,
    memo: {},
    generation: () => generation,
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const run = tail.then(work, work).finally(() => {
        generation++;
        ctx.memo = {};
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return ctx;
}
