// Several processes may write one SQLite file (two `chronicle ingest` runs, a server and a CLI). SQLite lets
// one of them write at a time. A transaction that starts by reading and only later writes (BEGIN DEFERRED)
// must upgrade its lock; when another process committed meanwhile, that upgrade fails at once with
// SQLITE_BUSY whatever busy_timeout says, because waiting could not help (its snapshot is stale). So every
// writing transaction here takes the write lock when it begins (BEGIN IMMEDIATE), where busy_timeout does
// wait; a writer still refused after that wait is retried with backoff, up to a deadline that ends the run
// with a message rather than letting it hang.

/** How long one attempt blocks inside SQLite waiting for the lock (PRAGMA busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;
/** How long a writer keeps trying, in all, before giving up. */
export const WRITE_WAIT_MS = 60_000;

/** Whether `err` is SQLite saying the database is locked by another connection (any SQLITE_BUSY_* code). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY, waiting a little longer (with jitter, so that two
 * waiting processes do not retry in step) each time. After `waitMs` the busy error becomes one that says
 * which file is busy.
 */
export async function retryBusy<T>(attempt: () => T | Promise<T>, file: string, waitMs = WRITE_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  let pause = 20;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (Date.now() >= deadline) {
        throw new Error(`database ${file} is busy: another process has held its write lock for over ` +
          `${waitMs / 1000} s (${(err as Error).message})`);
      }
      await new Promise((r) => setTimeout(r, pause * (0.5 + Math.random())));
      pause = Math.min(pause * 2, 1000);
    }
  }
}

/**
 * `retryBusy` for the store's constructor, which cannot wait asynchronously. Switching a file to WAL mode and
 * the first schema read need a lock that SQLite refuses at once, without its busy wait, while another process
 * is creating the same file; the thread sleeps between attempts instead.
 */
export function retryBusySync<T>(attempt: () => T, file: string, waitMs = WRITE_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let pause = 20;
  for (;;) {
    try {
      return attempt();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (Date.now() >= deadline) {
        throw new Error(`database ${file} is busy: another process has held its lock for over ` +
          `${waitMs / 1000} s (${(err as Error).message})`);
      }
      Atomics.wait(sleeper, 0, 0, pause * (0.5 + Math.random()));
      pause = Math.min(pause * 2, 1000);
    }
  }
}
