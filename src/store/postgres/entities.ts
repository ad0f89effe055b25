// Entities on PostgreSQL, read from what saving an analysis keeps up to date (as sqlite/entities.ts does): per
// entity its mention and article counts and first and last day, how often each written form names it,
// and per article its mention record (../mentionRecords.ts). Writes run in the caller's transaction, which holds
// the analysis lock, so two writers never update the same counts at once.
import type pg from 'pg';
import type { EntityMention } from '../../types.js';
import { mentionRecord, readMentionRecord } from '../mentionRecords.js';
import { groupAliases, toStoredEntity, type AliasRow, type EntityRow } from '../rows.js';
import type { AnalysisItem, EntityAliases, EntityListing, StoredEntity } from '../store.js';

const DAY = 'substr(a.published, 1, 10)';

/**
 * Takes the stored mentions of articles `ids` away from the per-entity counts, before saving replaces them
 * (addMentions then adds the new ones). Returns the entities whose first or last day is one of these articles'
 * days: those days may no longer hold, and are found again after.
 */
export async function takeMentions(c: pg.ClientBase, ids: number[]): Promise<number[]> {
  const moved = await c.query<{ id: string }>(`SELECT DISTINCT e.id FROM mentions m
    JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = ANY($1::bigint[]) AND ${DAY} IN (e.first, e.last)`, [ids]);
  await c.query(`UPDATE entities e SET mentions = e.mentions - d.n, articles = e.articles - d.a
    FROM (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions
      WHERE article_id = ANY($1::bigint[]) GROUP BY entity_id) AS d
    WHERE e.id = d.entity_id`, [ids]);
  await c.query(`UPDATE entity_aliases x SET mentions = x.mentions - d.n
    FROM (SELECT entity_id, text, count(*) AS n FROM mentions WHERE article_id = ANY($1::bigint[])
      GROUP BY entity_id, text) AS d
    WHERE x.entity_id = d.entity_id AND x.text = d.text`, [ids]);
  await c.query(`DELETE FROM entity_aliases WHERE mentions <= 0 AND (entity_id, text) IN
    (SELECT entity_id, text FROM mentions WHERE article_id = ANY($1::bigint[]))`, [ids]);
  return moved.rows.map((r) => Number(r.id));
}

/** Adds the stored mentions of articles `ids` to the per-entity counts; `moved` get their days found again. */
export async function addMentions(c: pg.ClientBase, ids: number[], moved: number[]): Promise<void> {
  await c.query(`UPDATE entities e SET mentions = e.mentions + d.n, articles = e.articles + d.a,
      first = LEAST(e.first, d.first), last = GREATEST(e.last, d.last)
    FROM (SELECT m.entity_id, count(*) AS n, count(DISTINCT m.article_id) AS a, min(${DAY}) AS first,
      max(${DAY}) AS last FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.article_id = ANY($1::bigint[]) GROUP BY m.entity_id) AS d
    WHERE e.id = d.entity_id`, [ids]);
  await c.query(`INSERT INTO entity_aliases(entity_id, text, mentions)
    SELECT entity_id, text, count(*) FROM mentions WHERE article_id = ANY($1::bigint[]) GROUP BY entity_id, text
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = entity_aliases.mentions + excluded.mentions`, [ids]);
  if (moved.length === 0) return;
  // Rare (a re-analysis of an entity's first or last article), and bounded by that entity's mentions.
  await c.query(`UPDATE entities e SET
      first = (SELECT min(${DAY}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id),
      last = (SELECT max(${DAY}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id)
    WHERE e.id = ANY($1::bigint[])`, [moved]);
}

/**
 * Replaces the items' mention records. An item gets one with its timeline record (both are read only together,
 * and only when the analysis's text is the article's); the others lose theirs, which no longer fit.
 */
export async function writeMentionRecords(c: pg.ClientBase, items: AnalysisItem[], ids: number[]): Promise<void> {
  await c.query('DELETE FROM mention_records WHERE article_id = ANY($1::bigint[])', [ids]);
  const article: number[] = [];
  const data: Buffer[] = [];
  for (const x of items) {
    const record = x.timelineRecord ? mentionRecord(x.doc.entities, x.doc.text) : undefined;
    if (!record) continue;
    article.push(x.articleId);
    data.push(Buffer.from(record.buffer, record.byteOffset, record.byteLength));
  }
  if (article.length === 0) return;
  await c.query('INSERT INTO mention_records(article_id, data) SELECT * FROM unnest($1::bigint[], $2::bytea[])',
    [article, data]);
}

export async function readMentionRecords(pool: pg.Pool, texts: Map<number, string>):
  Promise<Map<number, EntityMention[]>> {
  const out = new Map<number, EntityMention[]>();
  if (texts.size === 0) return out;
  const r = await pool.query<{ article_id: string; data: Buffer }>(
    'SELECT article_id, data FROM mention_records WHERE article_id = ANY($1::bigint[])', [[...texts.keys()]]);
  for (const row of r.rows) {
    const id = Number(row.article_id);
    const mentions = readMentionRecord(row.data, texts.get(id)!);
    if (mentions) out.set(id, mentions);
  }
  return out;
}

export async function listEntityRows(pool: pg.Pool, opts: EntityListing): Promise<StoredEntity[]> {
  const params: unknown[] = [];
  let where = 'e.mentions > 0';
  if (opts.kind) { params.push(opts.kind); where += ` AND e.kind = $${params.length}`; }
  let page = '';
  if (opts.limit !== undefined) { params.push(opts.limit); page += ` LIMIT $${params.length}`; }
  if (opts.offset) { params.push(opts.offset); page += ` OFFSET $${params.length}`; }
  const r = await pool.query<EntityRow>(`SELECT e.key, e.kind, e.name, e.mentions, e.articles,
      e.first, e.last
    FROM entities e WHERE ${where} ORDER BY e.mentions DESC, e.name${page}`, params);
  return r.rows.map(toStoredEntity);
}

export async function entityAliasRows(pool: pg.Pool, name: string): Promise<EntityAliases[]> {
  const r = await pool.query<AliasRow>(`WITH named AS (
      SELECT id FROM entities WHERE lower(name) = lower($1)
      UNION SELECT entity_id FROM entity_aliases WHERE lower(text) = lower($1))
    SELECT e.id, e.name, e.kind, x.text, x.mentions AS n FROM named JOIN entities e ON e.id = named.id
      JOIN entity_aliases x ON x.entity_id = e.id ORDER BY e.id, x.text`, [name]);
  return groupAliases(r.rows);
}
