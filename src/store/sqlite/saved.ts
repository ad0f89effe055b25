// Saved timelines in the SQLite store. Reads and writes go through the store's own gates (exclusive, write), so
// they wait for an open ingest transaction like every other call.
import { PATCH_COLUMNS, toSavedRecord, toSnapshot, type SavedRow, type SavedTimelineStore, type SnapshotRow } from '../saved.js';
import type { StatementCache } from './statements.js';

type Gate = <T>(op: () => T) => Promise<T>;

export function sqliteSaved(sql: StatementCache, read: Gate, write: Gate): SavedTimelineStore {
  return {
    create: (r) => write(() => sql.get(`INSERT INTO saved_timelines(name, definition, edits, created_at)
      VALUES (?, ?, '[]', ?) ON CONFLICT(name) DO NOTHING`).run(r.name, r.definition, r.createdAt).changes === 1),
    list: () => read(() => sql.get<[], SavedRow>('SELECT * FROM saved_timelines ORDER BY name').all().map(toSavedRecord)),
    get: (name) => read(() => {
      const row = sql.get<[string], SavedRow>('SELECT * FROM saved_timelines WHERE name = ?').get(name);
      return row ? toSavedRecord(row) : undefined;
    }),
    update: (name, patch) => write(() => {
      const keys = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
      if (keys.length === 0) return;
      sql.get<(string | undefined)[]>(`UPDATE saved_timelines SET ${keys.map((k) => `${PATCH_COLUMNS[k]} = ?`).join(', ')}
        WHERE name = ?`).run(...keys.map((k) => patch[k]), name);
    }),
    delete: (name) => write(() => {
      sql.get('DELETE FROM timeline_snapshots WHERE name = ?').run(name);
      return sql.get('DELETE FROM saved_timelines WHERE name = ?').run(name).changes === 1;
    }),
    addSnapshot: (name, s, keep) => write(() => {
      sql.get('INSERT INTO timeline_snapshots(name, taken_at, kind, entries) VALUES (?, ?, ?, ?)')
        .run(name, s.takenAt, s.kind, s.entries);
      sql.get(`DELETE FROM timeline_snapshots WHERE name = ? AND id NOT IN
        (SELECT id FROM timeline_snapshots WHERE name = ? ORDER BY taken_at DESC, id DESC LIMIT ?)`).run(name, name, keep);
    }),
    snapshotAt: (name, at) => read(() => {
      const row = sql.get<[string, string], SnapshotRow>(`SELECT taken_at, kind, entries FROM timeline_snapshots
        WHERE name = ? AND taken_at <= ? ORDER BY taken_at DESC, id DESC LIMIT 1`).get(name, at ?? '9999');
      return row ? toSnapshot(row) : undefined;
    }),
    ingestTimes: (ids) => read(() => {
      const rows = sql.get<[string], { id: number; ingested_at: string }>(
        'SELECT id, ingested_at FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
      return new Map(rows.map((r) => [r.id, r.ingested_at]));
    }),
    contentStamp: () => read(() => {
      const r = sql.get<[], { a: number; m: number | null; n: number; v: number | null }>(`SELECT
        (SELECT count(*) FROM articles) AS a, (SELECT max(id) FROM articles) AS m,
        (SELECT count(*) FROM analyses) AS n, (SELECT sum(version) FROM analyses) AS v`).get()!;
      return `${r.a}:${r.m ?? 0}:${r.n}:${r.v ?? 0}`;
    }),
  };
}

