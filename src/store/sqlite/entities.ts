// Entities on SQLite, read from what saving an analysis keeps up to date instead of from every mention of the
// archive: per entity its mention and article counts (columns of `entities`), the days it was mentioned on
// (`entity_days`) and how often each written form names it (`entity_aliases`), and per article its mention record
// (`mention_records`, see ../mentionRecords.ts). A listing is then an indexed ORDER BY … LIMIT and an entity's
// names a few rows, whatever the archive's size.
import type { EntityMention } from '../../types.js';
import { readMentionRecord } from '../mentionRecords.js';
import { groupAliases, toStoredEntity, type AliasRow, type EntityRow } from '../rows.js';
import type { EntityAliases, EntityListing, StoredEntity } from '../store.js';
import type { StatementCache } from './statements.js';

const BATCH = 'SELECT value FROM json_each(?)';

/**
 * Adds (`sign` 1) or takes away (-1) the batch's stored mentions from the per-entity counts. Saving replaces an
 * article's mentions: the old ones are taken away before they are deleted, the new ones added once written, so
 * the counts always equal what counting the mentions gives. Runs inside the caller's write transaction.
 */
export function countMentions(sql: StatementCache, ids: number[], sign: 1 | -1): void {
  const batch = JSON.stringify(ids);
  sql.get(`UPDATE entities SET mentions = mentions + ? * d.n, articles = articles + ? * d.a
    FROM (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions
      WHERE article_id IN (${BATCH}) GROUP BY entity_id) AS d
    WHERE entities.id = d.entity_id`).run(sign, sign, batch);
  sql.get(`INSERT INTO entity_aliases(entity_id, text, mentions)
    SELECT entity_id, text, ? * count(*) FROM mentions WHERE article_id IN (${BATCH}) GROUP BY entity_id, text
    ON CONFLICT(entity_id, text) DO UPDATE SET mentions = mentions + excluded.mentions`).run(sign, batch);
  sql.get(`INSERT INTO entity_days(entity_id, day, articles)
    SELECT m.entity_id, substr(a.published, 1, 10), ? * count(DISTINCT m.article_id)
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id IN (${BATCH})
    GROUP BY m.entity_id, substr(a.published, 1, 10)
    ON CONFLICT(entity_id, day) DO UPDATE SET articles = articles + excluded.articles`).run(sign, batch);
  if (sign > 0) return;
  sql.get(`DELETE FROM entity_aliases WHERE mentions <= 0 AND (entity_id, text) IN
    (SELECT entity_id, text FROM mentions WHERE article_id IN (${BATCH}))`).run(batch);
  sql.get(`DELETE FROM entity_days WHERE articles <= 0 AND entity_id IN
    (SELECT entity_id FROM mentions WHERE article_id IN (${BATCH}))`).run(batch);
}

/** Replaces the article's mention record (none: the old one goes, it no longer describes the analysis). */
export function putMentionRecord(sql: StatementCache, articleId: number, record: Uint8Array | undefined): void {
  if (record) {
    sql.get('INSERT OR REPLACE INTO mention_records(article_id, data) VALUES (?, ?)').run(articleId,
      Buffer.from(record.buffer, record.byteOffset, record.byteLength));
  } else sql.get('DELETE FROM mention_records WHERE article_id = ?').run(articleId);
}

/** The mentions of those of `texts`' articles (id → stored text) that have a readable mention record. */
export function readMentionRecords(sql: StatementCache, texts: Map<number, string>): Map<number, EntityMention[]> {
  const out = new Map<number, EntityMention[]>();
  if (texts.size === 0) return out;
  const rows = sql.get<[string], { article_id: number; data: Uint8Array }>(`SELECT article_id, data FROM
    mention_records WHERE article_id IN (${BATCH})`).all(JSON.stringify([...texts.keys()]));
  for (const r of rows) {
    const mentions = readMentionRecord(r.data, texts.get(r.article_id)!);
    if (mentions) out.set(r.article_id, mentions);
  }
  return out;
}

export function listEntityRows(sql: StatementCache, opts: EntityListing): StoredEntity[] {
  const params: (string | number)[] = [];
  let where = 'e.mentions > 0';
  if (opts.kind) { where += ' AND e.kind = ?'; params.push(opts.kind); }
  params.push(opts.limit ?? -1, opts.offset ?? 0);
  return sql.get<(string | number)[], EntityRow>(`SELECT e.key, e.kind, e.name, e.mentions, e.articles,
      (SELECT min(day) FROM entity_days d WHERE d.entity_id = e.id) AS first,
      (SELECT max(day) FROM entity_days d WHERE d.entity_id = e.id) AS last
    FROM entities e WHERE ${where} ORDER BY e.mentions DESC, e.name LIMIT ? OFFSET ?`).all(...params)
    .map(toStoredEntity);
}

export function entityAliasRows(sql: StatementCache, name: string): EntityAliases[] {
  return groupAliases(sql.get<[string, string], AliasRow>(`WITH named AS (
      SELECT id FROM entities WHERE name = ? COLLATE NOCASE
      UNION SELECT entity_id FROM entity_aliases WHERE text = ? COLLATE NOCASE)
    SELECT e.id, e.name, e.kind, x.text, x.mentions AS n FROM named JOIN entities e ON e.id = named.id
      JOIN entity_aliases x ON x.entity_id = e.id ORDER BY e.id, x.text`).all(name, name));
}
