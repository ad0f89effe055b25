// What every route needs: the store, the body limits, and a lock that runs store-changing work one at a time.
import type { Store } from '../store/store.js';

export interface ServerContext {
  store: Store;
  limits: { json: number; upload: number };
  /** Runs `work` after every earlier exclusive task has finished (ingest and analysis must not interleave). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function makeContext(store: Store, limits: { json: number; upload: number }): ServerContext {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    store,
    limits,
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const run = tail.then(work, work);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
