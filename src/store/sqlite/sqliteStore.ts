// The embedded store: SQLite through better-sqlite3, WAL journal, FTS5 full-text indexes. Every statement is
// prepared once per store (StatementCache). better-sqlite3 is synchronous, but an ingest transaction awaits
// the dedupe policy between its statements, so calls arriving meanwhile wait until it ends (see exclusive):
// otherwise they would run inside it, reading uncommitted rows or being rolled back with it.
import Database from 'better-sqlite3';
import type { Article, Doc, EntityMention } from '../../types.js';
import { speakerRefs, toArticle, toSearchHit, toStoredQuote } from '../rows.js';
import type { ArticleRow, HitRow, QuoteRow } from '../rows.js';
import type {
  AnalysisItem, ArticleFilter, ArticleSample, EntityAliases, EntityListing, QuoteFilter, SearchHit, SearchOptions, Store, StoredEntity, StoredQuote,
  WriteTx,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';
import { PACK_FORM_COUNTS } from './formCounts.js';
import { BUSY_TIMEOUT_MS, retryBusy, retryBusySync } from './locking.js';
import { decodeState, encodeState } from './stateCodec.js';
import { StatementCache } from './statements.js';
import { sqliteWriteTx } from './writeTx.js';
import { sqliteSaved } from './saved.js';
import type { SavedTimelineStore } from '../saved.js';
import { encodeDoc } from '../docCodec.js';
import { putTimelineRecord, readTimelineRecords } from './timelineRecords.js';
import {
  ANALYSIS_COLUMNS, ANALYSIS_JOINS, type AnalysisRow, articlesNaming, decodeAnalysis, entityAliasRows,
  listEntityRows, MentionWriter, mentionRecordOf, putMentionRecord, readMentionRecords, refreshDays, takeMentions,
} from './entities.js';
import { QUOTE_TEXT, quoteWriter } from './quotes.js';
import { ARTICLE_COLUMNS, articleColumns, articleQuery, matchClause, sampleArticleIds, type Params } from './articleQuery.js';

export { ftsQuery } from './articleQuery.js';

/** Bytes per page of a new store (the 10k benchmark store: 21.2 → 20.9 KB per article compacted at 2048). */
export const PAGE_SIZE = 2048;

type Assignment = { articleId: number; storyId: number; eventId: number };

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly sql: StatementCache;
  private readonly writeTx: WriteTx;
  readonly saved: SavedTimelineStore;
  /** Settles when the open ingest transaction ends; undefined when none is open. */
  private openTx: Promise<void> | undefined;

  constructor(path: string) {
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
    }
    // The wait comes first: another process may be creating or migrating the same file right now.
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    retryBusySync(() => {
      // Only a file without tables takes a page size (before WAL is on); existing stores keep theirs. Half of
      // SQLite's default leaves half the slack in pages of articles and records that do not fill them.
      this.db.pragma(`page_size = ${PAGE_SIZE}`);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.aggregate(PACK_FORM_COUNTS.name, PACK_FORM_COUNTS);
      this.migrate();
    }, path);
    this.sql = new StatementCache(this.db);
    this.writeTx = sqliteWriteTx(this.sql);
    this.saved = sqliteSaved(this.sql, (op) => this.exclusive(op), (op) => this.write(op));
  }

  /**
   * Brings the schema up to date. The version is read under the write lock, so when two processes open a new
   * file at once the second finds the first one's work done instead of creating the tables again.
   */
  private migrate(): void {
    if (this.db.pragma('user_version', { simple: true }) === MIGRATIONS.length) return;
    this.db.transaction(() => {
      const current = this.db.pragma('user_version', { simple: true }) as number;
      if (current > MIGRATIONS.length) {
        throw new Error(`database schema version ${current} is newer than this Chronicle (${MIGRATIONS.length})`);
      }
      for (let v = current; v < MIGRATIONS.length; v++) {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
  }

  /**
   * Runs `op` now when no ingest transaction is open, else as soon as none is. The check and `op` run in one
   * synchronous step, so nothing can slip in between.
   */
  private exclusive<T>(op: () => T): Promise<T> {
    if (this.openTx) return this.openTx.then(() => this.exclusive(op));
    try {
      return Promise.resolve(op());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  transaction<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    if (this.openTx) return this.openTx.then(() => this.transaction(fn));
    let release!: () => void;
    this.openTx = new Promise<void>((r) => { release = r; });
    return (async () => {
      try {
        await retryBusy(() => this.db.exec('BEGIN IMMEDIATE'), this.db.name);
        const result = await fn(this.writeTx);
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      } finally {
        this.openTx = undefined;
        release();
      }
    })();
  }

  /**
   * Runs a synchronous write as one transaction that holds the write lock from its start (see locking.ts),
   * retried while another process holds it. Nothing is written by an attempt that was refused.
   */
  private write<T>(op: () => T): Promise<T> {
    const tx = this.db.transaction(op);
    return retryBusy(() => this.exclusive(() => tx.immediate()), this.db.name);
  }

  countArticles(): Promise<number> {
    return this.exclusive(() => this.sql.get<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n);
  }

  getArticle(id: number): Promise<Article | undefined> {
    return this.exclusive(() => {
      const row = this.sql.get<[number], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`)
        .get(id);
      return row ? toArticle(row) : undefined;
    });
  }

  listArticles(filter: ArticleFilter = {}): Promise<Article[]> {
    return this.exclusive(() => {
      const q = articleQuery(filter, articleColumns(filter));
      return q ? this.sql.get<Params, ArticleRow>(q.sql).all(...q.params).map(toArticle) : [];
    });
  }

  listArticleIds(filter: ArticleFilter = {}): Promise<number[]> {
    return this.exclusive(() => {
      const q = articleQuery(filter, 'a.id');
      return q ? this.sql.get<Params, { id: number }>(q.sql).all(...q.params).map((r) => r.id) : [];
    });
  }

  sampleArticleIds(filter: ArticleFilter, size: number): Promise<ArticleSample> {
    return this.exclusive(() => sampleArticleIds(this.sql, filter, size));
  }

  search(text: string, opts: SearchOptions & { limit?: number } = {}): Promise<SearchHit[]> {
    return this.exclusive(() => {
      const match = matchClause(text, opts);
      if (!match) return [];
      const { where, params } = match;
      params.push(opts.limit ?? 20);
      const rows = this.sql.get<Params, HitRow & { rank: number }>(`SELECT a.id, a.published, a.title,
          snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts, 2.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ?`).all(...params);
      // bm25 is lower for better matches; hits report higher-is-better.
      return rows.map((r) => toSearchHit(r, -r.rank));
    });
  }

  searchIds(text: string, opts: SearchOptions = {}): Promise<number[]> {
    return this.exclusive(() => {
      const match = matchClause(text, opts);
      if (!match) return [];
      const { where, params } = match;
      const ranked = opts.limit !== undefined;
      if (ranked) params.push(opts.limit!);
      return this.sql.get<Params, { id: number }>(`SELECT a.id FROM articles_fts
        JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')}
        ${ranked ? 'ORDER BY bm25(articles_fts, 2.0, 1.0), a.id LIMIT ?' : 'ORDER BY a.id'}`).all(...params)
        .map((r) => r.id);
    });
  }

  dateSpan(): Promise<{ first: string; last: string } | undefined> {
    return this.exclusive(() => {
      const row = this.sql.get<[], { first: string | null; last: string | null }>(
        // The prefix of the least date is the least prefix, and a lone min or max of the indexed column is one
        // index step, where min and max of an expression read every article (25 ms of every request at 100k).
        `SELECT substr((SELECT min(published) FROM articles), 1, 10) AS first,
          substr((SELECT max(published) FROM articles), 1, 10) AS last`).get();
      return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
    });
  }

  pendingCounts(version: number, except: number[] = []): Promise<{ analysis: number; stories: number }> {
    // Every analysis and every story row belongs to an article, and none is ever deleted: differences of counts
    // tell what is missing.
    return this.exclusive(() => this.sql.get<[number, string, number], { analysis: number; stories: number }>(`SELECT
        (SELECT count(*) FROM articles) - (SELECT count(*) FROM analyses WHERE version >= ?) - (SELECT count(*)
          FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))
          AND NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.version >= ?)) AS analysis,
        (SELECT count(*) FROM analyses) - (SELECT count(*) FROM article_stories) AS stories`)
      .get(version, JSON.stringify(except), version)!);
  }

  articlesNeedingAnalysis(version: number): Promise<number[]> {
    return this.exclusive(() => this.sql.get<[number], { id: number }>(`SELECT a.id FROM articles a
      LEFT JOIN analyses n ON n.article_id = a.id WHERE n.version IS NULL OR n.version < ? ORDER BY a.id`)
      .all(version).map((r) => r.id));
  }

  /** The rows of `items`' analyses; runs inside the transaction saveAnalyses opens. */
  private writeAnalyses(items: AnalysisItem[]): void {
    const s = this.sql;
    const delQuotes = s.get('DELETE FROM quotes WHERE article_id = ?');
    const putAnalysis = s.get('INSERT OR REPLACE INTO analyses(article_id, version, doc) VALUES (?, ?, ?)');
    const upsertEntity = s.get<[string, string, string], { id: number }>(`INSERT INTO entities(key, kind, name)
      VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name RETURNING id`);
    const putQuote = quoteWriter(s);
    const articleText = s.get<[number], { text: string; published: string }>(
      'SELECT text, published FROM articles WHERE id = ?');
    const idCache = new Map<string, number>();
    const ids = items.map((x) => x.articleId);
    const moved = takeMentions(s, ids);
    const mentionWriter = new MentionWriter(s);
    for (const { articleId, version, doc, entityRefs, timelineRecord, packed } of items) {
      delQuotes.run(articleId);
      const row = articleText.get(articleId);
      const stored = row?.text;
      // Encoded ahead for this very text (sqlite/packed.ts gives what the lines below give then).
      if (packed && doc.text === stored) {
        putAnalysis.run(articleId, version, Buffer.from(packed.doc.buffer, packed.doc.byteOffset, packed.doc.byteLength));
        putMentionRecord(s, articleId, packed.mentions);
      } else {
        const mentions = mentionRecordOf(doc, stored, doc.text === stored && timelineRecord !== undefined);
        putAnalysis.run(articleId, version, encodeDoc(doc, stored, mentions.kept));
        putMentionRecord(s, articleId, mentions.record);
      }
      putTimelineRecord(s, articleId, doc.text === stored ? timelineRecord : undefined);
      const resolved: { entityId: number; text: string }[] = [];
      doc.entities.forEach((m, i) => {
        const ref = entityRefs[i];
        if (!ref) return;
        let id = idCache.get(ref.key);
        if (id === undefined) {
          id = upsertEntity.get(ref.key, ref.kind, ref.name)!.id;
          idCache.set(ref.key, id);
        }
        resolved.push({ entityId: id, text: m.text });
      });
      if (row) mentionWriter.add(articleId, row.published.slice(0, 10), resolved);
      const speakers = speakerRefs(doc, entityRefs);
      doc.quotes.forEach((q, i) => {
        const ref = speakers[i];
        const speakerId = ref ? idCache.get(ref.key) ?? upsertEntity.get(ref.key, ref.kind, ref.name)!.id : null;
        putQuote(articleId, i, speakerId, q);
      });
    }
    mentionWriter.finish();
    refreshDays(s, moved);
  }

  saveAnalyses(items: AnalysisItem[]): Promise<void> {
    return this.write(() => this.writeAnalyses(items));
  }

  saveAnalysesLogged(items: AnalysisItem[], log: { name: string; delta: string }): Promise<void> {
    return this.write(() => {
      this.writeAnalyses(items);
      // A change log of a page of analyses runs to hundreds of KB of JSON: kept compressed as a whole state is.
      this.sql.get('INSERT INTO state_log(name, delta) VALUES (?, ?)').run(log.name, encodeState(log.delta));
    });
  }

  loadStateLog(name: string): Promise<string[]> {
    return this.exclusive(() => this.sql.get<[string], { delta: string | Buffer }>(
      'SELECT delta FROM state_log WHERE name = ? ORDER BY seq').all(name).map((r) => decodeState(r.delta)!));
  }

  /** Writes a state whole; the change log appended since is part of it now. Runs inside a write transaction. */
  private putState(name: string, json: string): void {
    this.sql.get('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(name, encodeState(json));
    this.sql.get('DELETE FROM state_log WHERE name = ?').run(name);
  }

  getAnalysis(articleId: number): Promise<Doc | undefined> {
    return this.exclusive(() => {
      const row = this.sql.get<[number], AnalysisRow>(
        `SELECT ${ANALYSIS_COLUMNS} FROM ${ANALYSIS_JOINS} WHERE n.article_id = ?`).get(articleId);
      return row ? decodeAnalysis(row) : undefined;
    });
  }

  getAnalyses(ids: number[]): Promise<Map<number, Doc>> {
    return this.exclusive(() => {
      const out = new Map<number, Doc>();
      if (ids.length === 0) return out;
      const rows = this.sql.get<[string], AnalysisRow & { article_id: number }>(`SELECT n.article_id,
        ${ANALYSIS_COLUMNS} FROM ${ANALYSIS_JOINS} WHERE n.article_id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids));
      for (const r of rows) out.set(r.article_id, decodeAnalysis(r));
      return out;
    });
  }

  getTimelineRecords(ids: number[]): Promise<Map<number, Uint8Array>> {
    return this.exclusive(() => readTimelineRecords(this.sql, ids));
  }

  getEntityMentions(texts: Map<number, string>): Promise<Map<number, EntityMention[]>> {
    return this.exclusive(() => readMentionRecords(this.sql, texts));
  }

  loadState(name: string): Promise<string | undefined> {
    return this.exclusive(() => decodeState(
      this.sql.get<[string], { value: string | Buffer }>('SELECT value FROM meta WHERE key = ?').get(name)?.value));
  }

  hasState(name: string): Promise<boolean> {
    return this.exclusive(() => this.sql.get<[string], { one: number }>('SELECT 1 AS one FROM meta WHERE key = ?')
      .get(name) !== undefined);
  }

  saveState(name: string, json: string): Promise<void> {
    return this.write(() => this.putState(name, json));
  }

  articlesWithoutStory(limit: number): Promise<number[]> {
    return this.exclusive(() => this.sql.get<[number], { id: number }>(`SELECT a.id FROM articles a
      JOIN analyses n ON n.article_id = a.id LEFT JOIN article_stories s ON s.article_id = a.id
      WHERE s.article_id IS NULL ORDER BY a.published, a.id LIMIT ?`).all(limit).map((r) => r.id));
  }

  saveStoryAssignments(items: Assignment[], state: { name: string; json: string },
    also: { name: string; json: string }[] = []): Promise<void> {
    return this.write(() => {
      const put = this.sql.get(
        'INSERT OR REPLACE INTO article_stories(article_id, story_id, event_id) VALUES (?, ?, ?)');
      for (const x of items) put.run(x.articleId, x.storyId, x.eventId);
      for (const st of [state, ...also]) this.putState(st.name, st.json);
    });
  }

  storyArticleIds(storyId: number): Promise<number[]> {
    return this.exclusive(() => this.sql.get<[number], { article_id: number }>(
      'SELECT article_id FROM article_stories WHERE story_id = ? ORDER BY article_id').all(storyId)
      .map((r) => r.article_id));
  }
  storyAssignments(afterArticleId: number, limit: number): Promise<Assignment[]> {
    return this.exclusive(() => this.sql.get<[number, number], Assignment>(`SELECT article_id articleId, story_id storyId,
      event_id eventId FROM article_stories WHERE article_id > ? ORDER BY article_id LIMIT ?`).all(afterArticleId, limit));
  }

  listEntities(opts: EntityListing = {}): Promise<StoredEntity[]> {
    return this.exclusive(() => listEntityRows(this.sql, opts));
  }

  articlesMentioning(name: string): Promise<number[]> {
    return this.exclusive(() => articlesNaming(this.sql, name));
  }

  entityAliases(name: string): Promise<EntityAliases[]> {
    return this.exclusive(() => entityAliasRows(this.sql, name));
  }

  listQuotes(opts: QuoteFilter = {}): Promise<StoredQuote[]> {
    return this.exclusive(() => {
      const params: Params = [];
      const where: string[] = [];
      if (opts.entity) {
        where.push('e.name = ? COLLATE NOCASE AND e.kind = ?');
        params.push(opts.entity.name, opts.entity.kind);
      }
      if (opts.speaker) {
        where.push('(e.name LIKE ? OR q.speaker LIKE ? OR q.speaker_text LIKE ?)');
        params.push(`%${opts.speaker}%`, `%${opts.speaker}%`, `%${opts.speaker}%`);
      }
      if (opts.sourced) where.push('(q.direct = 1 OR q.speaker_entity_id IS NOT NULL OR q.speaker IS NOT NULL OR q.speaker_text IS NOT NULL)');
      params.push(opts.limit ?? -1);
      // the speaker is its entity's current name: the resolver may have renamed it since the quote was stored
      return this.sql.get<Params, QuoteRow>(`SELECT q.article_id, a.published, a.title,
          coalesce(e.name, q.speaker) AS speaker, e.key AS speaker_key, q.speaker_text,
          q.cue, ${QUOTE_TEXT} AS text, q.start, q.end, q.direct, q.said_on
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.published, q.article_id, q.start, q.seq LIMIT ?`).all(...params).map(toStoredQuote);
    });
  }

  close(): Promise<void> {
    return this.exclusive(() => { this.db.close(); });
  }
}
