// Entities on SQLite, read from what saving an analysis keeps up to date instead of from every mention of the
// archive: per entity its mention and article counts and its first and last day (columns of `entities`), how often
// each written form names it (`entity_aliases`), which articles write each form (`alias_articles`) and how often
// (`article_aliases`), and per article its mention record (`mention_records`, see ../mentionRecords.ts). A listing is then an indexed ORDER BY … LIMIT
// and an entity's names a few rows, whatever the archive's size.
import type { Doc, EntityMention } from '../../types.js';
import { decodeDoc } from '../docCodec.js';
import { mentionRecord, readMentionRecord } from '../mentionRecords.js';
import { groupAliases, toStoredEntity, type AliasRow, type EntityRow } from '../rows.js';
import type { EntityAliases, EntityListing, StoredEntity } from '../store.js';
import type { StatementCache } from './statements.js';
import { NAMING } from './articleQuery.js';
import { type FormCount, packFormCounts, unpackFormCounts } from './formCounts.js';

const BATCH = 'SELECT value FROM json_each(?)';

/** The day an article was published, as days since 1970-01-01 (how `entities` keeps first and last days). */
const DAY = 'unixepoch(substr(a.published, 1, 10)) / 86400';

/**
 * Takes the batch's stored mentions away from the per-entity counts and drops their postings, before saving
 * replaces them (MentionWriter then adds the new ones), so the counts always equal what counting the mentions gives.
 * Returns the entities whose first or last day is one of these articles' days: those days may no longer hold, and
 * are found again after. Runs inside the caller's write transaction.
 */
export function takeMentions(sql: StatementCache, ids: number[]): number[] {
  const batch = JSON.stringify(ids);
  const taken: [number, number, number][] = [];
  for (const r of sql.get<[string], { article_id: number; counts: Uint8Array }>(`SELECT article_id, counts
    FROM article_aliases WHERE article_id IN (${BATCH})`).all(batch)) {
    for (const [aliasId, times] of unpackFormCounts(r.counts)) taken.push([aliasId, r.article_id, times]);
  }
  if (taken.length === 0) return [];
  const pairs = JSON.stringify(taken);
  const moved = sql.get<[string], { id: number }>(`WITH ${TAKEN} SELECT DISTINCT e.id FROM p
    JOIN entity_aliases x ON x.id = p.alias_id JOIN articles a ON a.id = p.article_id JOIN entities e ON e.id = x.entity_id
    WHERE ${DAY} IN (e.first_day, e.last_day)`).all(pairs).map((r) => r.id);
  sql.get(`WITH ${TAKEN} UPDATE entities SET mentions = mentions - d.n, articles = articles - d.a
    FROM (SELECT x.entity_id, sum(p.n) AS n, count(DISTINCT p.article_id) AS a FROM p
      JOIN entity_aliases x ON x.id = p.alias_id GROUP BY x.entity_id) AS d
    WHERE entities.id = d.entity_id`).run(pairs);
  sql.get(`WITH ${TAKEN} UPDATE entity_aliases SET mentions = mentions - d.n
    FROM (SELECT alias_id, sum(n) AS n FROM p GROUP BY alias_id) AS d
    WHERE entity_aliases.id = d.alias_id`).run(pairs);
  // A form no longer written anywhere goes, after the postings that name it (they reference it).
  const gone = sql.get<[string], { id: number }>(`WITH ${TAKEN} SELECT DISTINCT x.id FROM p
    JOIN entity_aliases x ON x.id = p.alias_id WHERE x.mentions <= 0`).all(pairs).map((r) => r.id);
  sql.get(`WITH ${TAKEN} DELETE FROM alias_articles WHERE (alias_id, article_id) IN (SELECT alias_id, article_id FROM p)`)
    .run(pairs);
  sql.get(`DELETE FROM article_aliases WHERE article_id IN (${BATCH})`).run(batch);
  if (gone.length) sql.get(`DELETE FROM entity_aliases WHERE id IN (${BATCH})`).run(JSON.stringify(gone));
  return moved;
}

/** The postings takeMentions takes, as a table `p` (alias_id, article_id, n) from JSON triples. */
const TAKEN = `p(alias_id, article_id, n) AS (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?))`;

/**
 * Adds articles' resolved mentions (entity id and written text each) to the counts and writes their postings: one
 * per written form and article, and each article's count per form packed in one row. Runs inside the caller's
 * write transaction, for one batch of articles; the counts of forms and entities are added up over the batch and
 * written by `finish` (one statement per form and per entity, not per article: nothing reads them in between),
 * which must run before refreshDays. A form is found once per batch and created when first met, as article by
 * article: its id is the same.
 */
export class MentionWriter {
  /** Entity id → written text → form (alias) id, as found or created in this batch. */
  private readonly aliases = new Map<number, Map<string, number>>();
  private readonly aliasTimes = new Map<number, number>();
  private readonly entities = new Map<number, { n: number; articles: number; first: string; last: string }>();

  constructor(private readonly sql: StatementCache) {}

  add(articleId: number, day: string, mentions: { entityId: number; text: string }[]): void {
    const { sql } = this;
    const forms = new Map<number, Map<string, number>>();
    for (const m of mentions) {
      let texts = forms.get(m.entityId);
      if (!texts) forms.set(m.entityId, (texts = new Map()));
      texts.set(m.text, (texts.get(m.text) ?? 0) + 1);
    }
    if (forms.size === 0) return;
    // Found by entity (a few forms each) then exact text: no unique index holds every text a second time.
    const findAlias = sql.get<[number, string], { id: number }>(
      'SELECT id FROM entity_aliases WHERE entity_id = ? AND text = ?');
    const newAlias = sql.get('INSERT INTO entity_aliases(entity_id, text, mentions) VALUES (?, ?, 0)');
    const putPosting = sql.get('INSERT INTO alias_articles(alias_id, article_id) VALUES (?, ?)');
    const counts: FormCount[] = [];
    for (const [entityId, texts] of forms) {
      let n = 0;
      let known = this.aliases.get(entityId);
      if (!known) this.aliases.set(entityId, (known = new Map()));
      for (const [text, times] of texts) {
        let aliasId = known.get(text);
        if (aliasId === undefined) {
          aliasId = findAlias.get(entityId, text)?.id ?? Number(newAlias.run(entityId, text).lastInsertRowid);
          known.set(text, aliasId);
        }
        this.aliasTimes.set(aliasId, (this.aliasTimes.get(aliasId) ?? 0) + times);
        putPosting.run(aliasId, articleId);
        counts.push([aliasId, times]);
        n += times;
      }
      const e = this.entities.get(entityId);
      if (!e) this.entities.set(entityId, { n, articles: 1, first: day, last: day });
      else {
        e.n += n;
        e.articles++;
        if (day < e.first) e.first = day;
        if (day > e.last) e.last = day;
      }
    }
    sql.get('INSERT INTO article_aliases(article_id, counts) VALUES (?, ?)').run(articleId, packFormCounts(counts));
  }

  /** Writes the batch's counts of forms and entities. */
  finish(): void {
    const countAlias = this.sql.get('UPDATE entity_aliases SET mentions = mentions + ? WHERE id = ?');
    for (const [aliasId, times] of this.aliasTimes) countAlias.run(times, aliasId);
    const count = this.sql.get(`UPDATE entities SET mentions = mentions + ?, articles = articles + ?,
      first_day = min(coalesce(first_day, d.first), d.first), last_day = max(coalesce(last_day, d.last), d.last)
      FROM (SELECT unixepoch(?) / 86400 AS first, unixepoch(?) / 86400 AS last) AS d WHERE id = ?`);
    for (const [entityId, e] of this.entities) count.run(e.n, e.articles, e.first, e.last, entityId);
    this.aliases.clear();
    this.aliasTimes.clear();
    this.entities.clear();
  }
}

/** Finds again the first and last day of the entities takeMentions returned (rare: bounded by their postings). */
export function refreshDays(sql: StatementCache, moved: number[]): void {
  if (moved.length === 0) return;
  const days = `FROM entity_aliases x JOIN alias_articles p ON p.alias_id = x.id JOIN articles a ON a.id = p.article_id
    WHERE x.entity_id = entities.id`;
  sql.get(`UPDATE entities SET first_day = (SELECT min(${DAY}) ${days}), last_day = (SELECT max(${DAY}) ${days})
    WHERE id IN (${BATCH})`).run(JSON.stringify(moved));
}

/** The articles that mention an entity named `name` or write `name` for one (case-folded), in id order. */
export function articlesNaming(sql: StatementCache, name: string): number[] {
  return sql.get<[string, string], { article_id: number }>(`SELECT DISTINCT article_id FROM (${NAMING}) ORDER BY 1`)
    .all(name, name).map((r) => r.article_id);
}

/**
 * The mention record to store beside an analysis of the stored text `stored` (none without a timeline record, as
 * before), and whether reading it back gives the analysis's mentions exactly as they serialise: then the analysis
 * is saved without them (docCodec) and read back with the record's.
 */
export function mentionRecordOf(doc: Doc, stored: string | undefined, timelineRecord: boolean):
  { record: Uint8Array | undefined; kept: boolean } {
  const record = stored !== undefined && doc.text === stored && timelineRecord ? mentionRecord(doc.entities, stored) : undefined;
  const back = record && readMentionRecord(record, stored!);
  return { record, kept: back !== undefined && JSON.stringify(back) === JSON.stringify(doc.entities) };
}

/** Columns and joins that read an analysis with what decodeAnalysis needs (`n`: analyses, `a`: articles). */
export const ANALYSIS_COLUMNS = 'n.doc, a.text, r.data AS mentions';
export const ANALYSIS_JOINS = `analyses n JOIN articles a ON a.id = n.article_id
  LEFT JOIN mention_records r ON r.article_id = n.article_id`;
export interface AnalysisRow { doc: Buffer | string; text: string; mentions: Uint8Array | null }

export function decodeAnalysis(row: AnalysisRow): Doc {
  return decodeDoc(row.doc, row.text, () => (row.mentions ? readMentionRecord(row.mentions, row.text) : undefined));
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
      date(e.first_day * 86400, 'unixepoch') AS first, date(e.last_day * 86400, 'unixepoch') AS last
    FROM entities e WHERE ${where} ORDER BY e.mentions DESC, e.name, e.id LIMIT ? OFFSET ?`).all(...params)
    .map(toStoredEntity);
}

export function entityAliasRows(sql: StatementCache, name: string): EntityAliases[] {
  return groupAliases(sql.get<[string, string], AliasRow>(`WITH named AS (
      SELECT id FROM entities WHERE name = ? COLLATE NOCASE
      UNION SELECT entity_id FROM entity_aliases WHERE text = ? COLLATE NOCASE)
    SELECT e.id, e.name, e.kind, x.text, x.mentions AS n FROM named JOIN entities e ON e.id = named.id
      JOIN entity_aliases x ON x.entity_id = e.id ORDER BY e.id, x.text`).all(name, name));
}
