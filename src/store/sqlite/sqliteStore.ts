// The embedded store: SQLite through better-sqlite3, WAL journal, FTS5 full-text indexes.
import Database from 'better-sqlite3';
import type { Article, Doc, EntityKind } from '../../types.js';
import { bandKeys } from '../../util/minhash.js';
import type {
  ArticleFilter, EntityRef, NearDuplicateTest, PreparedArticle, SearchHit, Store, StoredEntity, StoredQuote,
  WriteResult,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';

interface ArticleRow {
  id: number;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  topic: string | null;
  text: string;
  near_duplicate_of: number | null;
  origins: string | null;
}

/** Separator used to pack origins with group_concat; a control character never found in paths. */
const ORIGIN_SEP = '\u001f';

function toArticle(r: ArticleRow): Article {
  const a: Article = {
    id: r.id,
    published: r.published,
    text: r.text,
    origins: r.origins ? r.origins.split(ORIGIN_SEP) : [],
  };
  if (r.title != null) a.title = r.title;
  if (r.url != null) a.url = r.url;
  if (r.source != null) a.source = r.source;
  if (r.topic != null) a.topic = r.topic;
  if (r.near_duplicate_of != null) a.nearDuplicateOf = r.near_duplicate_of;
  return a;
}

/** Turns free text into an FTS5 query: every word must appear (prefix match on the last), quoted safely. */
export function ftsQuery(text: string): string | undefined {
  const terms = text.match(/[\p{L}\p{N}]+/gu);
  if (!terms || terms.length === 0) return undefined;
  return terms.map((t) => `"${t}"`).join(' OR ');
}

const ARTICLE_COLUMNS = `a.id, a.published, a.title, a.url, a.source, a.topic, a.text, a.near_duplicate_of,
  (SELECT group_concat(origin, char(31)) FROM article_origins o WHERE o.article_id = a.id) AS origins`;

export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(path: string) {
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`database schema version ${current} is newer than this Chronicle (${MIGRATIONS.length})`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async writeBatch(batch: PreparedArticle[], isNear: NearDuplicateTest): Promise<WriteResult[]> {
    const byHash = this.db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE hash = ?');
    const hasOrigin = this.db.prepare<[number, string], { x: number }>(
      'SELECT 1 AS x FROM article_origins WHERE article_id = ? AND origin = ?');
    const addOrigin = this.db.prepare('INSERT OR IGNORE INTO article_origins(article_id, origin) VALUES (?, ?)');
    const insert = this.db.prepare(`INSERT INTO articles(hash, published, title, url, source, topic, text,
      near_duplicate_of, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const candidates = this.db.prepare<[number], { article_id: number }>(
      'SELECT article_id FROM minhash_bands WHERE band_key = ?');
    const textOf = this.db.prepare<[number], { text: string; near_duplicate_of: number | null }>(
      'SELECT text, near_duplicate_of FROM articles WHERE id = ?');
    const addBand = this.db.prepare('INSERT OR IGNORE INTO minhash_bands(band_key, article_id) VALUES (?, ?)');

    const run = this.db.transaction((items: PreparedArticle[]): WriteResult[] => {
      const results: WriteResult[] = [];
      for (const a of items) {
        const existing = byHash.get(a.hash);
        if (existing) {
          const known = hasOrigin.get(existing.id, a.origin);
          if (!known) addOrigin.run(existing.id, a.origin);
          results.push({ status: known ? 'unchanged' : 'duplicate', articleId: existing.id });
          continue;
        }
        const keys = bandKeys(a.signature);
        let near: { id: number; similarity: number } | undefined;
        const seen = new Set<number>();
        for (const key of keys) {
          for (const c of candidates.all(key)) {
            if (seen.has(c.article_id)) continue;
            seen.add(c.article_id);
            const row = textOf.get(c.article_id);
            if (!row) continue;
            const sim = isNear(a, row.text);
            if (sim !== undefined && (!near || sim > near.similarity)) {
              // Link to the original of a chain, not to another copy.
              near = { id: row.near_duplicate_of ?? c.article_id, similarity: sim };
            }
          }
        }
        const info = insert.run(a.hash, a.published, a.title ?? null, a.url ?? null, a.source ?? null,
          a.topic ?? null, a.text, near?.id ?? null, near?.similarity ?? null);
        const id = Number(info.lastInsertRowid);
        addOrigin.run(id, a.origin);
        for (const key of keys) addBand.run(key, id);
        results.push(near
          ? { status: 'near-duplicate', articleId: id, nearDuplicateOf: near.id, similarity: near.similarity }
          : { status: 'new', articleId: id });
      }
      return results;
    });
    return run(batch);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async getArticle(id: number): Promise<Article | undefined> {
    const row = this.db.prepare<[number], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`)
      .get(id);
    return row ? toArticle(row) : undefined;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Article[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.from) { where.push('a.published >= ?'); params.push(filter.from); }
    if (filter.to) { where.push('substr(a.published, 1, 10) <= ?'); params.push(filter.to); }
    if (filter.topic) { where.push('a.topic = ?'); params.push(filter.topic); }
    if (filter.excludeNearDuplicates) where.push('a.near_duplicate_of IS NULL');
    if (filter.ids) {
      if (filter.ids.length === 0) return [];
      where.push(`a.id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(filter.ids));
    }
    let sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a`;
    if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
    sql += ' ORDER BY a.published, a.id';
    if (filter.limit) { sql += ' LIMIT ?'; params.push(filter.limit); }
    return this.db.prepare<(string | number)[], ArticleRow>(sql).all(...params).map(toArticle);
  }

  async search(text: string, opts: { from?: string; to?: string; limit?: number } = {}): Promise<SearchHit[]> {
    const q = ftsQuery(text);
    if (!q) return [];
    const where = ['articles_fts MATCH ?'];
    const params: (string | number)[] = [q];
    if (opts.from) { where.push('a.published >= ?'); params.push(opts.from); }
    if (opts.to) { where.push('substr(a.published, 1, 10) <= ?'); params.push(opts.to); }
    params.push(opts.limit ?? 20);
    const rows = this.db.prepare<(string | number)[], {
      id: number; published: string; title: string | null; snippet: string; rank: number;
    }>(`SELECT a.id, a.published, a.title, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet,
          bm25(articles_fts, 2.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ?`).all(...params);
    return rows.map((r) => {
      const hit: SearchHit = { articleId: r.id, published: r.published, snippet: r.snippet, score: -r.rank };
      if (r.title != null) hit.title = r.title;
      return hit;
    });
  }

  async searchIds(text: string, opts: { from?: string; to?: string } = {}): Promise<number[]> {
    const q = ftsQuery(text);
    if (!q) return [];
    const where = ['articles_fts MATCH ?'];
    const params: string[] = [q];
    if (opts.from) { where.push('a.published >= ?'); params.push(opts.from); }
    if (opts.to) { where.push('substr(a.published, 1, 10) <= ?'); params.push(opts.to); }
    return this.db.prepare<string[], { id: number }>(`SELECT a.id FROM articles_fts
      JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')} ORDER BY a.id`).all(...params)
      .map((r) => r.id);
  }

  async dateSpan(): Promise<{ first: string; last: string } | undefined> {
    const row = this.db.prepare<[], { first: string | null; last: string | null }>(
      'SELECT min(substr(published, 1, 10)) AS first, max(substr(published, 1, 10)) AS last FROM articles').get();
    return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
  }

  async articlesNeedingAnalysis(version: number): Promise<number[]> {
    return this.db.prepare<[number], { id: number }>(`SELECT a.id FROM articles a
      LEFT JOIN analyses n ON n.article_id = a.id WHERE n.version IS NULL OR n.version < ? ORDER BY a.id`)
      .all(version).map((r) => r.id);
  }

  async saveAnalyses(items: { articleId: number; version: number; doc: Doc; entityRefs: EntityRef[] }[]):
    Promise<void> {
    const db = this.db;
    const delSentences = db.prepare('DELETE FROM sentences WHERE article_id = ?');
    const delMentions = db.prepare('DELETE FROM mentions WHERE article_id = ?');
    const delQuotes = db.prepare('DELETE FROM quotes WHERE article_id = ?');
    const putAnalysis = db.prepare('INSERT OR REPLACE INTO analyses(article_id, version, doc) VALUES (?, ?, ?)');
    const putSentence = db.prepare('INSERT INTO sentences(article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)');
    const upsertEntity = db.prepare(`INSERT INTO entities(key, kind, name) VALUES (?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET name = excluded.name RETURNING id`);
    const putMention = db.prepare('INSERT INTO mentions(entity_id, article_id, start, end, text) VALUES (?, ?, ?, ?, ?)');
    const putQuote = db.prepare(`INSERT INTO quotes(article_id, speaker_entity_id, speaker, speaker_text, cue, text,
      start, end, direct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const entityIdByName = db.prepare<[string], { id: number }>(
      'SELECT id FROM entities WHERE name = ? COLLATE NOCASE LIMIT 1');
    db.transaction(() => {
      const idCache = new Map<string, number>();
      for (const { articleId, version, doc, entityRefs } of items) {
        delSentences.run(articleId);
        delMentions.run(articleId);
        delQuotes.run(articleId);
        putAnalysis.run(articleId, version, JSON.stringify(doc));
        for (const s of doc.sentences) putSentence.run(articleId, s.index, s.start, s.end, s.text);
        doc.entities.forEach((m, i) => {
          const ref = entityRefs[i];
          if (!ref) return;
          let id = idCache.get(ref.key);
          if (id === undefined) {
            id = (upsertEntity.get(ref.key, ref.kind, ref.name) as { id: number }).id;
            idCache.set(ref.key, id);
          }
          putMention.run(id, articleId, m.start, m.end, m.text);
        });
        for (const q of doc.quotes) {
          const speakerId = q.speaker ? entityIdByName.get(q.speaker)?.id ?? null : null;
          putQuote.run(articleId, speakerId, q.speaker ?? null, q.speakerText ?? null, q.cue ?? null, q.text,
            q.start, q.end, q.direct ? 1 : 0);
        }
      }
    })();
  }

  async getAnalysis(articleId: number): Promise<Doc | undefined> {
    const row = this.db.prepare<[number], { doc: string }>('SELECT doc FROM analyses WHERE article_id = ?')
      .get(articleId);
    return row ? (JSON.parse(row.doc) as Doc) : undefined;
  }

  async getAnalyses(ids: number[]): Promise<Map<number, Doc>> {
    const out = new Map<number, Doc>();
    if (ids.length === 0) return out;
    const rows = this.db.prepare<[string], { article_id: number; doc: string }>(
      'SELECT article_id, doc FROM analyses WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids));
    for (const r of rows) out.set(r.article_id, JSON.parse(r.doc) as Doc);
    return out;
  }

  async loadState(name: string): Promise<string | undefined> {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(name)?.value;
  }

  async saveState(name: string, json: string): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(name, json);
  }

  async articlesWithoutStory(limit: number): Promise<number[]> {
    return this.db.prepare<[number], { id: number }>(`SELECT a.id FROM articles a
      JOIN analyses n ON n.article_id = a.id LEFT JOIN article_stories s ON s.article_id = a.id
      WHERE s.article_id IS NULL ORDER BY a.published, a.id LIMIT ?`).all(limit).map((r) => r.id);
  }

  async saveStoryAssignments(items: { articleId: number; storyId: number; eventId: number }[], state: string):
    Promise<void> {
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO article_stories(article_id, story_id, event_id) VALUES (?, ?, ?)');
    const meta = this.db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('story-clusterer', ?)");
    this.db.transaction(() => {
      for (const x of items) put.run(x.articleId, x.storyId, x.eventId);
      meta.run(state);
    })();
  }

  async storyArticleIds(storyId: number): Promise<number[]> {
    return this.db.prepare<[number], { article_id: number }>(
      'SELECT article_id FROM article_stories WHERE story_id = ? ORDER BY article_id').all(storyId)
      .map((r) => r.article_id);
  }

  async listEntities(opts: { kind?: EntityKind; limit?: number } = {}): Promise<StoredEntity[]> {
    const params: (string | number)[] = [];
    let where = '';
    if (opts.kind) { where = 'WHERE e.kind = ?'; params.push(opts.kind); }
    params.push(opts.limit ?? -1);
    return this.db.prepare<(string | number)[], StoredEntity>(`SELECT e.key, e.kind, e.name,
        count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
        min(substr(a.published, 1, 10)) AS first, max(substr(a.published, 1, 10)) AS last
      FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
      ${where} GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?`).all(...params);
  }

  async articlesMentioning(name: string): Promise<number[]> {
    return this.db.prepare<[string, string], { article_id: number }>(`SELECT DISTINCT m.article_id
      FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE e.name = ? COLLATE NOCASE OR m.text = ? COLLATE NOCASE ORDER BY m.article_id`)
      .all(name, name).map((r) => r.article_id);
  }

  async listQuotes(opts: { speaker?: string; limit?: number } = {}): Promise<StoredQuote[]> {
    const params: (string | number)[] = [];
    let where = '';
    if (opts.speaker) {
      where = 'WHERE q.speaker LIKE ? OR q.speaker_text LIKE ?';
      params.push(`%${opts.speaker}%`, `%${opts.speaker}%`);
    }
    params.push(opts.limit ?? -1);
    const rows = this.db.prepare<(string | number)[], {
      article_id: number; published: string; title: string | null; speaker: string | null;
      speaker_text: string | null; cue: string | null; text: string; start: number; end: number; direct: number;
    }>(`SELECT q.article_id, a.published, a.title, q.speaker, q.speaker_text, q.cue, q.text, q.start, q.end, q.direct
      FROM quotes q JOIN articles a ON a.id = q.article_id ${where}
      ORDER BY a.published, q.article_id, q.start LIMIT ?`).all(...params);
    return rows.map((r) => {
      const q: StoredQuote = { articleId: r.article_id, published: r.published, text: r.text, start: r.start,
        end: r.end, direct: r.direct === 1 };
      if (r.title != null) q.title = r.title;
      if (r.speaker != null) q.speaker = r.speaker;
      if (r.speaker_text != null) q.speakerText = r.speaker_text;
      if (r.cue != null) q.cue = r.cue;
      return q;
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
