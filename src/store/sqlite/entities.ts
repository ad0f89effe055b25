// Entities on SQLite, read from what saving an analysis keeps up to date instead of from every mention of the
// archive: per entity its mention and article counts and its first and last day (columns of `entities`), how often
// each written form names it (`entity_aliases`), and per article its mention record
// (`mention_records`, see ../mentionRecords.ts). A listing is then an indexed ORDER BY … LIMIT and an entity's
// names a few rows, whatever the archive's size.
import type { EntityMention } from '../../types.js';
import { readMentionRecord } from '../mentionRecords.js';
import { groupAliases, toStoredEntity, type AliasRow, type EntityRow } from '../rows.js';
import type { EntityAliases, EntityListing, StoredEntity } from '../store.js';
import type { StatementCache } from './statements.js';

const BATCH = 'SELECT value FROM json_each(?)';

const DAY = 'substr(a.published, 1, 10)';

/**
 * Takes the batch's stored mentions away from the per-entity counts, before saving replaces them (addMentions
 * then adds the new ones), so the counts always equal what counting the mentions gives. Returns the entities whose
 * first or last day is one of these articles' days: those days may no longer hold, and are found again after.
 * Runs inside the caller's write transaction.
 */
export function takeMentions(sql: StatementCache, ids: number[]): number[] {
  const batch = JSON.stringify(ids);
  const moved = sql.get<[string], { id: number }>(`SELECT DISTINCT e.id FROM mentions m
    JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id IN (${BATCH}) AND ${DAY} IN (e.first, e.last)`).all(batch).map((r) => r.id);
  sql.get(`UPDATE entities SET mentions = mentions - d.n, articles = articles - d.a
    FROM (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions
      WHERE article_id IN (${BATCH}) GROUP BY entity_id) AS d
    WHERE entities.id = d.entity_id`).run(batch);
  sql.get(`UPDATE entity_aliases SET mentions = mentions - d.n
    FROM (SELECT entity_id, text, count(*) AS n FROM mentions WHERE article_id IN (${BATCH}) GROUP BY entity_id, text) AS d
    WHERE entity_aliases.entity_id = d.entity_id AND entity_aliases.text = d.text`).run(batch);
  sql.get(`DELETE FROM entity_aliases WHERE mentions <= 0 AND (entity_id, text) IN
    (SELECT entity_id, text FROM mentions WHERE article_id IN (${BATCH}))`).run(batch);
  return moved;
}

/** Adds the batch's stored mentions to the per-entity counts; `moved` (from takeMentions) get their days again. */
export function addMentions(sql: StatementCache, ids: number[], moved: number[]): void {
  const batch = JSON.stringify(ids);
  sql.get(`UPDATE entities SET mentions = mentions + d.n, articles = articles + d.a,
      first = CASE WHEN entities.first IS NULL OR d.first < entities.first THEN d.first ELSE entities.first END,
      last = CASE WHEN entities.last IS NULL OR d.last > entities.last THEN d.last ELSE entities.last END
    FROM (SELECT m.entity_id, count(*) AS n, count(DISTINCT m.article_id) AS a, min(${DAY}) AS first,
      max(${DAY}) AS last FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.article_id IN (${BATCH}) GROUP BY m.entity_id) AS d
    WHERE entities.id = d.entity_id`).run(batch);
  sql.get(`INSERT INTO entity_aliases(entity_id, text, mentions)
    SELECT entity_id, text, count(*) FROM mentions WHERE article_id IN (${BATCH}) GROUP BY entity_id, text
    ON CONFLICT(entity_id, text) DO UPDATE SET mentions = mentions + excluded.mentions`).run(batch);
  if (moved.length === 0) return;
  // Rare (a re-analysis of an entity's first or last article), and bounded by that entity's mentions.
  sql.get(`UPDATE entities SET
      first = (SELECT min(${DAY}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id),
      last = (SELECT max(${DAY}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id)
    WHERE id IN (${BATCH})`).run(JSON.stringify(moved));
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
      e.first, e.last
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
