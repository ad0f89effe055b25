// The timeline index on SQLite: one BLOB per analysed article (timeline/record.ts says what it holds), replaced
// with the analysis. An analysis saved without a record drops the old one, which no longer describes it.
import type { StatementCache } from './statements.js';

/** Replaces the article's record; runs inside the caller's write transaction. */
export function putTimelineRecord(sql: StatementCache, articleId: number, record: Uint8Array | undefined): void {
  if (record) {
    sql.get('INSERT OR REPLACE INTO timeline_records(article_id, data) VALUES (?, ?)').run(articleId,
    Buffer.from(record.buffer, record.byteOffset, record.byteLength));
  } else sql.get('DELETE FROM timeline_records WHERE article_id = ?').run(articleId);
}

export function readTimelineRecords(sql: StatementCache, ids: number[]): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  if (ids.length === 0) return out;
  const rows = sql.get<[string], { article_id: number; data: Uint8Array }>(`SELECT article_id, data FROM
    timeline_records WHERE article_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  for (const r of rows) out.set(r.article_id, r.data);
  return out;
}
