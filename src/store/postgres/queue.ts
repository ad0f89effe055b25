// The analysis work queue on PostgreSQL. Claims use FOR UPDATE SKIP LOCKED, so concurrent workers never wait
// for one another's row and never get the same batch; a claim is a lease with an expiry, so the batch of a
// worker that died (or stalled past its lease) is claimed again by the next worker that asks. Completion
// re-checks ownership in the transaction that stores the analyses: a batch is stored by exactly one worker.
// A state's generation is its meta row's xmin, the id of the transaction that last wrote it: free, and it
// changes on every rewrite. The entity resolver is kept whole plus a log of each batch's changes (state_log), so
// a batch writes what it changed and a worker reads what others changed, not the whole state every time.
import type pg from 'pg';
import type { BatchResult, ClaimedBatch, LoggedState, QueueLock, StateCursor, VersionedState, WorkQueue } from '../queue.js';
import { writeAnalyses } from './analyses.js';

/** Session advisory lock keys; the analysis lock is the one PgStore's analysis and story writes take. */
const LOCK_KEYS: Record<QueueLock, number> = { enqueue: 0x4368726f + 3, stories: 0x4368726f + 4 };

export function pgWorkQueue(pool: pg.Pool, analysisLock: number): WorkQueue {
  const tx = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  };

  return {
    async exclusive(lock, fn) {
      // A session lock on a connection of its own: fn may use the pool freely, and if this process dies the
      // server ends the session and frees the lock.
      const c = await pool.connect();
      try {
        await c.query('SELECT pg_advisory_lock($1)', [LOCK_KEYS[lock]]);
        try {
          return await fn();
        } finally {
          await c.query('SELECT pg_advisory_unlock($1)', [LOCK_KEYS[lock]]);
        }
      } finally {
        c.release();
      }
    },

    async queuedArticleIds() {
      const r = await pool.query<{ id: string }>(
        'SELECT unnest(article_ids) AS id FROM analysis_queue WHERE done_at IS NULL');
      return new Set(r.rows.map((row) => Number(row.id)));
    },

    async enqueue(batches) {
      if (batches.length === 0) return;
      // Done batches are kept a day, for whoever checks what ran; then they go.
      await pool.query("DELETE FROM analysis_queue WHERE done_at < now() - interval '1 day'");
      await pool.query(`INSERT INTO analysis_queue(article_ids)
        SELECT ARRAY(SELECT jsonb_array_elements_text(b)::bigint) FROM jsonb_array_elements($1::jsonb)
          WITH ORDINALITY AS x(b, n) ORDER BY n`, [JSON.stringify(batches)]);
    },

    async claim(owner, leaseSeconds, beforeId): Promise<ClaimedBatch | undefined> {
      const r = await pool.query<{ id: string; article_ids: string[]; attempts: number }>(`UPDATE analysis_queue q
        SET owner = $1, lease_until = now() + make_interval(secs => $2), attempts = q.attempts + 1
        WHERE q.id = (SELECT id FROM analysis_queue WHERE done_at IS NULL AND (lease_until IS NULL OR lease_until < now())
          AND ($3::bigint IS NULL OR id < $3) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING q.id, q.article_ids, q.attempts`, [owner, leaseSeconds, beforeId ?? null]);
      const row = r.rows[0];
      return row ? { id: Number(row.id), articleIds: row.article_ids.map(Number), attempt: row.attempts } : undefined;
    },

    async openBefore(batchId) {
      const r = await pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM analysis_queue WHERE done_at IS NULL AND id < $1', [batchId]);
      return Number(r.rows[0]!.n);
    },

    async renew(batchId, owner, leaseSeconds) {
      const r = await pool.query(`UPDATE analysis_queue SET lease_until = now() + make_interval(secs => $3)
        WHERE id = $1 AND owner = $2 AND done_at IS NULL`, [batchId, owner, leaseSeconds]);
      return (r.rowCount ?? 0) > 0;
    },

    complete(batchId, owner, stateName, seen, build: (s: LoggedState) => BatchResult) {
      return tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [analysisLock]);
        const held = await c.query('SELECT 1 FROM analysis_queue WHERE id = $1 AND owner = $2 AND done_at IS NULL FOR UPDATE',
          [batchId, owner]);
        if (held.rowCount === 0) return undefined;
        const state = await readLoggedState(c, stateName, seen);
        const result = build(state);
        await writeAnalyses(c, result.items);
        const { name, delta, whole } = result.state;
        let cursor: StateCursor;
        if (whole !== undefined) {
          // the whole includes this batch's change: the log restarts empty from it
          const saved = await c.query<{ generation: string }>(`INSERT INTO meta(key, value) VALUES ($1, $2)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value RETURNING xmin::text AS generation`, [name, whole]);
          await c.query('DELETE FROM state_log WHERE name = $1', [name]);
          cursor = { generation: saved.rows[0]!.generation, seq: 0 };
        } else {
          const logged = await c.query<{ seq: string }>('INSERT INTO state_log(name, delta) VALUES ($1, $2) RETURNING seq',
            [name, delta]);
          cursor = { generation: state.cursor.generation, seq: Number(logged.rows[0]!.seq) };
        }
        await c.query('UPDATE analysis_queue SET done_at = now() WHERE id = $1', [batchId]);
        return cursor;
      });
    },

    async loadStateIfChanged(name, seenGeneration) {
      const c = await pool.connect();
      try {
        return await readState(c, name, seenGeneration);
      } finally {
        c.release();
      }
    },

    async status() {
      const r = await pool.query<{ batches: string; articles: string | null; leased: string }>(`SELECT count(*) AS batches,
          sum(cardinality(article_ids)) AS articles, count(*) FILTER (WHERE lease_until > now()) AS leased
        FROM analysis_queue WHERE done_at IS NULL`);
      const row = r.rows[0]!;
      return { batches: Number(row.batches), articles: Number(row.articles ?? 0), leased: Number(row.leased) };
    },
  };
}

/**
 * A logged state as seen from `seen`: the whole when it changed since (then every change logged after it), else
 * only the changes logged after the last one `seen` applied. Completions append under the analysis lock, so
 * sequence order is commit order.
 */
async function readLoggedState(c: pg.ClientBase, name: string, seen: StateCursor | undefined): Promise<LoggedState> {
  const whole = await readState(c, name, seen?.generation);
  const after = whole.generation === seen?.generation ? seen?.seq ?? 0 : 0;
  const r = await c.query<{ seq: string; delta: string }>(
    'SELECT seq, delta FROM state_log WHERE name = $1 AND seq > $2 ORDER BY seq', [name, after]);
  const last = r.rows.at(-1);
  return { ...whole, deltas: r.rows.map((row) => row.delta),
    cursor: { generation: whole.generation, seq: last ? Number(last.seq) : after } };
}

async function readState(c: pg.ClientBase, name: string, seen: string | undefined): Promise<VersionedState> {
  // One statement, so the generation and the value belong together; the value is sent only when it changed.
  const r = await c.query<{ generation: string; value: string | null }>(`SELECT xmin::text AS generation,
      CASE WHEN xmin::text IS NOT DISTINCT FROM $2 THEN NULL ELSE value END AS value FROM meta WHERE key = $1`,
  [name, seen ?? null]);
  const row = r.rows[0];
  return { generation: row?.generation, json: row?.value ?? undefined };
}
