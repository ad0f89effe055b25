// The team store: PostgreSQL through node-postgres. Same behaviour as the SQLite store; several Chronicle
// processes may ingest at once, so each batch takes a transaction-scoped advisory lock while it deduplicates.
import pg from 'pg';
import type { Article, Doc, EntityMention } from '../../types.js';
import { toArticle, toSearchHit, toStoredQuote } from '../rows.js';
import type { ArticleRow, HitRow, QuoteRow } from '../rows.js';
import type { ArticleFilter, EntityAliases, EntityListing, EntityRef, QuoteFilter, SearchHit, SearchMatch, SearchOptions, StoredEntity, StoredQuote, WriteTx } from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';
import { entityAliasRows, listEntityRows, readMentionRecords } from './entities.js';
import { pgWriteTx } from './writeTx.js';
import { writeAnalyses } from './analyses.js';
import { pgWorkQueue } from './queue.js';
import type { QueueStore, WorkQueue } from '../queue.js';
import { pgSaved } from './saved.js';
import { decodeDoc } from '../docCodec.js';
import type { SavedTimelineStore } from '../saved.js';

/** Advisory lock key that serialises ingest batches across processes (dedupe must see committed rows). */
const INGEST_LOCK = 0x4368726f; // 'Chro'
/**
 * Advisory lock key that serialises analysis and story writes across processes. Two processes may analyse
 * the same pending article; each replaces the article's layer rows (delete, then insert), and under READ
 * COMMITTED the second one's DELETE does not see rows the first inserted meanwhile, so without this lock it
 * would add its rows beside them (a duplicate-key error on sentences, doubled mentions and quotes), and
 * upserting shared entity rows in different orders could deadlock.
 */
const ANALYSIS_LOCK = INGEST_LOCK + 2;

/** Free text → a tsquery string matching any of its words (or all, or the words in a row); undefined for none. */
export function pgTsQuery(text: string, match: SearchMatch = 'any'): string | undefined {
  const terms = text.match(/[\p{L}\p{N}]+/gu);
  if (!terms || terms.length === 0) return undefined;
  return terms.map((t) => `'${t.replace(/'/g, '')}'`).join(match === 'phrase' ? ' <-> ' : match === 'all' ? ' & ' : ' | ');
}

const ARTICLE_COLUMNS = `a.id, a.published, a.title, a.url, a.source, a.topic, a.text, a.near_duplicate_of,
  (SELECT array_agg(origin ORDER BY origin) FROM article_origins o WHERE o.article_id = a.id) AS origins`;

/** The listing of articles a filter selects, in publication order; undefined when it selects none for sure. */
/** The articles that mention an entity named (canonical name) or written (a mention's text) as one of the names in
 * the text[] parameter `names`, case aside. */
function naming(names: string): string {
  return `SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE lower(e.name) = ANY(SELECT lower(x) FROM unnest(${names}::text[]) x)
    UNION SELECT article_id FROM mentions WHERE lower(text) = ANY(SELECT lower(x) FROM unnest(${names}::text[]) x)`;
}

/** The article columns, the text cut to `filter.textChars` characters when it asks for that. */
function articleColumns(filter: ArticleFilter): string {
  const n = filter.textChars;
  if (n === undefined) return ARTICLE_COLUMNS;
  if (!Number.isInteger(n) || n < 0) throw new Error(`textChars must be a whole number, not ${n}`);
  return ARTICLE_COLUMNS.replace('a.text,', `left(a.text, ${n}) AS text,`);
}

function articleQuery(filter: ArticleFilter, columns: string): { sql: string; params: unknown[] } | undefined {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
  if (filter.from) where.push(`a.published >= ${p(filter.from)}`);
  if (filter.to) where.push(`substr(a.published, 1, 10) <= ${p(filter.to)}`);
  if (filter.topic) where.push(`a.topic = ${p(filter.topic)}`);
  if (filter.excludeNearDuplicates) where.push('a.near_duplicate_of IS NULL');
  if (filter.ids) {
    if (filter.ids.length === 0) return undefined;
    where.push(`a.id = ANY(${p(filter.ids)}::bigint[])`);
  }
  for (const c of filter.where ?? []) {
    const any: string[] = [];
    if (c.ids && c.ids.length > 0) any.push(`a.id = ANY(${p(c.ids)}::bigint[])`);
    const names = [...new Set(c.names ?? [])];
    if (names.length > 0) any.push(`a.id IN (${naming(p(names))})`);
    if (any.length === 0) return undefined;
    where.push(`(${any.join(' OR ')})`);
  }
  let sql = `SELECT ${columns} FROM articles a`;
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ' ORDER BY a.published, a.id';
  if (filter.limit) sql += ` LIMIT ${p(filter.limit)}`;
  return { sql, params };
}

export class PgStore implements QueueStore {
  /** Analysis work shared by every process that opens this database (service/workers.ts). */
  readonly queue: WorkQueue;
  readonly saved: SavedTimelineStore;

  private constructor(private readonly pool: pg.Pool) {
    this.queue = pgWorkQueue(pool, ANALYSIS_LOCK);
    this.saved = pgSaved(pool, (fn) => this.tx(fn));
  }

  static async open(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      const client = await pool.connect();
      client.release();
    } catch (err) {
      await pool.end();
      throw new Error(`cannot connect to PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//…@')}: ${(err as Error).message}`);
    }
    const store = new PgStore(pool);
    await store.migrate();
    return store;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK + 1]);
      await c.query('CREATE TABLE IF NOT EXISTS chronicle_schema (version INTEGER NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM chronicle_schema');
      let current = r.rows[0]?.version ?? 0;
      if (r.rows.length === 0) await c.query('INSERT INTO chronicle_schema(version) VALUES (0)');
      if (current > PG_MIGRATIONS.length) {
        throw new Error(`database schema version ${current} is newer than this Chronicle (${PG_MIGRATIONS.length})`);
      }
      for (; current < PG_MIGRATIONS.length; current++) {
        await c.query(PG_MIGRATIONS[current]!);
        await c.query('UPDATE chronicle_schema SET version = $1', [current + 1]);
      }
    });
  }

  transaction<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      return fn(pgWriteTx(c));
    });
  }

  async countArticles(): Promise<number> {
    const r = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM articles');
    return Number(r.rows[0]!.n);
  }

  async getArticle(id: number): Promise<Article | undefined> {
    const r = await this.pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [id]);
    return r.rows[0] ? toArticle(r.rows[0]) : undefined;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Article[]> {
    const q = articleQuery(filter, articleColumns(filter));
    return q ? (await this.pool.query<ArticleRow>(q.sql, q.params)).rows.map(toArticle) : [];
  }

  async listArticleIds(filter: ArticleFilter = {}): Promise<number[]> {
    const q = articleQuery(filter, 'a.id');
    return q ? (await this.pool.query<{ id: string }>(q.sql, q.params)).rows.map((r) => Number(r.id)) : [];
  }

  async search(text: string, opts: SearchOptions & { limit?: number } = {}): Promise<SearchHit[]> {
    const q = pgTsQuery(text, opts.match);
    if (!q) return [];
    const params: unknown[] = [q];
    const where = ["a.fts @@ to_tsquery('english', $1)"];
    if (opts.from) { params.push(opts.from); where.push(`a.published >= $${params.length}`); }
    if (opts.to) { params.push(opts.to); where.push(`substr(a.published, 1, 10) <= $${params.length}`); }
    params.push(opts.limit ?? 20);
    const r = await this.pool.query<HitRow & { score: number }>(`SELECT a.id, a.published, a.title,
        ts_headline('english', a.text, to_tsquery('english', $1), 'StartSel=[, StopSel=], MaxWords=20, MinWords=8')
          AS snippet,
        ts_rank_cd(a.fts, to_tsquery('english', $1)) AS score
      FROM articles a WHERE ${where.join(' AND ')} ORDER BY score DESC, a.id LIMIT $${params.length}`, params);
    return r.rows.map((row) => toSearchHit(row, Number(row.score)));
  }

  async searchIds(text: string, opts: SearchOptions = {}): Promise<number[]> {
    const q = pgTsQuery(text, opts.match);
    if (!q) return [];
    const params: unknown[] = [q];
    const where = ["a.fts @@ to_tsquery('english', $1)"];
    if (opts.from) { params.push(opts.from); where.push(`a.published >= $${params.length}`); }
    if (opts.to) { params.push(opts.to); where.push(`substr(a.published, 1, 10) <= $${params.length}`); }
    let order = 'ORDER BY a.id';
    if (opts.limit !== undefined) {
      params.push(opts.limit);
      order = `ORDER BY ts_rank_cd(a.fts, to_tsquery('english', $1)) DESC, a.id LIMIT $${params.length}`;
    }
    const r = await this.pool.query<{ id: string }>(`SELECT a.id FROM articles a WHERE ${where.join(' AND ')}
      ${order}`, params);
    return r.rows.map((row) => Number(row.id));
  }

  async dateSpan(): Promise<{ first: string; last: string } | undefined> {
    const r = await this.pool.query<{ first: string | null; last: string | null }>(
      // Two index steps (see the SQLite store) instead of reading every article.
      `SELECT substr((SELECT min(published) FROM articles), 1, 10) AS first,
        substr((SELECT max(published) FROM articles), 1, 10) AS last`);
    const row = r.rows[0];
    return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
  }

  async articlesNeedingAnalysis(version: number): Promise<number[]> {
    const r = await this.pool.query<{ id: string }>(`SELECT a.id FROM articles a
      LEFT JOIN analyses n ON n.article_id = a.id WHERE n.version IS NULL OR n.version < $1 ORDER BY a.id`, [version]);
    return r.rows.map((row) => Number(row.id));
  }

  async saveAnalyses(items: { articleId: number; version: number; doc: Doc; entityRefs: EntityRef[] }[]):
    Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [ANALYSIS_LOCK]);
      await writeAnalyses(c, items);
    });
  }

  async getAnalysis(articleId: number): Promise<Doc | undefined> {
    return (await this.getAnalyses([articleId])).get(articleId);
  }

  async getAnalyses(ids: number[]): Promise<Map<number, Doc>> {
    const out = new Map<number, Doc>();
    if (ids.length === 0) return out;
    // `doc`: JSON text, written before analyses were packed (PG migration 10)
    const r = await this.pool.query<{ article_id: string; doc: string | null; packed: Buffer | null; text: string | null }>(
      `SELECT n.article_id, n.doc, n.packed, CASE WHEN n.packed IS NOT NULL THEN a.text END AS text
      FROM analyses n JOIN articles a ON a.id = n.article_id WHERE n.article_id = ANY($1::bigint[])`, [ids]);
    for (const row of r.rows) {
      out.set(Number(row.article_id), row.packed ? decodeDoc(row.packed, row.text!) : JSON.parse(row.doc!) as Doc);
    }
    return out;
  }

  async getTimelineRecords(ids: number[]): Promise<Map<number, Uint8Array>> {
    const out = new Map<number, Uint8Array>();
    if (ids.length === 0) return out;
    const r = await this.pool.query<{ article_id: string; data: Buffer }>(
      'SELECT article_id, data FROM timeline_records WHERE article_id = ANY($1::bigint[])', [ids]);
    for (const row of r.rows) out.set(Number(row.article_id), row.data);
    return out;
  }

  listEntities(opts: EntityListing = {}): Promise<StoredEntity[]> {
    return listEntityRows(this.pool, opts);
  }

  getEntityMentions(texts: Map<number, string>): Promise<Map<number, EntityMention[]>> {
    return readMentionRecords(this.pool, texts);
  }

  async articlesMentioning(name: string): Promise<number[]> {
    const r = await this.pool.query<{ article_id: string }>(`SELECT DISTINCT article_id FROM (${naming('$1')}) n
      ORDER BY article_id`, [[name]]);
    return r.rows.map((row) => Number(row.article_id));
  }

  entityAliases(name: string): Promise<EntityAliases[]> {
    return entityAliasRows(this.pool, name);
  }

  async listQuotes(opts: QuoteFilter = {}): Promise<StoredQuote[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (opts.entity) {
      params.push(opts.entity.name, opts.entity.kind);
      where.push(`lower(e.name) = lower($${params.length - 1}) AND e.kind = $${params.length}`);
    }
    if (opts.speaker) {
      params.push(`%${opts.speaker}%`);
      const p = `$${params.length}`;
      where.push(`(e.name ILIKE ${p} OR q.speaker ILIKE ${p} OR q.speaker_text ILIKE ${p})`);
    }
    if (opts.sourced) where.push('(q.direct OR q.speaker_entity_id IS NOT NULL OR q.speaker IS NOT NULL OR q.speaker_text IS NOT NULL)');
    let limit = '';
    if (opts.limit) { params.push(opts.limit); limit = `LIMIT $${params.length}`; }
    // the speaker is its entity's current name: the resolver may have renamed it since the quote was stored
    const r = await this.pool.query<QuoteRow>(`SELECT q.article_id, a.published, a.title,
        coalesce(e.name, q.speaker) AS speaker, e.key AS speaker_key,
        q.speaker_text, q.cue, q.text, q.start_offset AS start, q.end_offset AS "end", q.direct, q.said_on
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.published, q.article_id, q.start_offset ${limit}`, params);
    return r.rows.map(toStoredQuote);
  }

  async loadState(name: string): Promise<string | undefined> {
    const r = await this.pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [name]);
    return r.rows[0]?.value;
  }

  async hasState(name: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM meta WHERE key = $1', [name])).rowCount! > 0;
  }

  /** Writes a state whole: the changes logged since (queue.ts) are part of it now. */
  async saveState(name: string, json: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query(`INSERT INTO meta(key, value) VALUES ($1, $2)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [name, json]);
      await c.query('DELETE FROM state_log WHERE name = $1', [name]);
    });
  }

  async loadStateLog(name: string): Promise<string[]> {
    const r = await this.pool.query<{ delta: string }>('SELECT delta FROM state_log WHERE name = $1 ORDER BY seq', [name]);
    return r.rows.map((row) => row.delta);
  }

  async articlesWithoutStory(limit: number): Promise<number[]> {
    const r = await this.pool.query<{ id: string }>(`SELECT a.id FROM articles a
      JOIN analyses n ON n.article_id = a.id LEFT JOIN article_stories s ON s.article_id = a.id
      WHERE s.article_id IS NULL ORDER BY a.published, a.id LIMIT $1`, [limit]);
    return r.rows.map((row) => Number(row.id));
  }

  async saveStoryAssignments(items: { articleId: number; storyId: number; eventId: number }[],
    state: { name: string; json: string }, also: { name: string; json: string }[] = []): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [ANALYSIS_LOCK]);
      if (items.length) {
        await c.query(`INSERT INTO article_stories(article_id, story_id, event_id)
          SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[])
          ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, event_id = excluded.event_id`,
        [items.map((x) => x.articleId), items.map((x) => x.storyId), items.map((x) => x.eventId)]);
      }
      for (const st of [state, ...also]) {
        await c.query(`INSERT INTO meta(key, value) VALUES ($1, $2)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [st.name, st.json]);
      }
    });
  }

  async storyArticleIds(storyId: number): Promise<number[]> {
    const r = await this.pool.query<{ article_id: string }>(
      'SELECT article_id FROM article_stories WHERE story_id = $1 ORDER BY article_id', [storyId]);
    return r.rows.map((row) => Number(row.article_id));
  }

  async storyAssignments(afterArticleId: number, limit: number): Promise<{ articleId: number; storyId: number; eventId: number }[]> {
    const r = await this.pool.query<{ a: string; s: number; e: number }>(`SELECT article_id a, story_id s, event_id e
      FROM article_stories WHERE article_id > $1 ORDER BY article_id LIMIT $2`, [afterArticleId, limit]);
    return r.rows.map((row) => ({ articleId: Number(row.a), storyId: Number(row.s), eventId: Number(row.e) }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
