// Saved timelines in the PostgreSQL store: the same tables and behaviour as the SQLite store; times are kept as
// ISO text so that both stores compare and return them alike.
import type pg from 'pg';
import { PATCH_COLUMNS, toSavedRecord, toSnapshot, type SavedRow, type SavedTimelineStore, type SnapshotRow } from '../saved.js';

type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

export function pgSaved(pool: pg.Pool, tx: Tx): SavedTimelineStore {
  return {
    create: async (r) => (await pool.query(`INSERT INTO saved_timelines(name, definition, edits, created_at)
      VALUES ($1, $2, '[]', $3) ON CONFLICT (name) DO NOTHING`, [r.name, r.definition, r.createdAt])).rowCount === 1,
    list: async () => (await pool.query<SavedRow>('SELECT * FROM saved_timelines ORDER BY name')).rows.map(toSavedRecord),
    get: async (name) => {
      const row = (await pool.query<SavedRow>('SELECT * FROM saved_timelines WHERE name = $1', [name])).rows[0];
      return row ? toSavedRecord(row) : undefined;
    },
    update: async (name, patch) => {
      const keys = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
      if (keys.length === 0) return;
      const sets = keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 1}`).join(', ');
      await pool.query(`UPDATE saved_timelines SET ${sets} WHERE name = $${keys.length + 1}`,
        [...keys.map((k) => patch[k]), name]);
    },
    delete: (name) => tx(async (c) => {
      await c.query('DELETE FROM timeline_snapshots WHERE name = $1', [name]);
      return (await c.query('DELETE FROM saved_timelines WHERE name = $1', [name])).rowCount === 1;
    }),
    addSnapshot: (name, s, keep) => tx(async (c) => {
      await c.query('INSERT INTO timeline_snapshots(name, taken_at, kind, entries) VALUES ($1, $2, $3, $4)',
        [name, s.takenAt, s.kind, s.entries]);
      await c.query(`DELETE FROM timeline_snapshots WHERE name = $1 AND id NOT IN
        (SELECT id FROM timeline_snapshots WHERE name = $1 ORDER BY taken_at DESC, id DESC LIMIT $2)`, [name, keep]);
    }),
    snapshotAt: async (name, at) => {
      const row = (await pool.query<SnapshotRow>(`SELECT taken_at, kind, entries FROM timeline_snapshots
        WHERE name = $1 AND taken_at <= $2 ORDER BY taken_at DESC, id DESC LIMIT 1`, [name, at ?? '9999'])).rows[0];
      return row ? toSnapshot(row) : undefined;
    },
    ingestTimes: async (ids) => {
      const r = await pool.query<{ id: string; at: string }>(`SELECT id,
        to_char(ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
        FROM articles WHERE id = ANY($1::bigint[])`, [ids]);
      return new Map(r.rows.map((x) => [Number(x.id), x.at]));
    },
    contentStamp: async () => {
      const r = (await pool.query<{ a: string; m: string | null; n: string; v: string | null }>(`SELECT
        (SELECT count(*) FROM articles) AS a, (SELECT max(id) FROM articles) AS m,
        (SELECT count(*) FROM analyses) AS n, (SELECT sum(version) FROM analyses) AS v`)).rows[0]!;
      return `${r.a}:${r.m ?? 0}:${r.n}:${r.v ?? 0}`;
    },
  };
}
