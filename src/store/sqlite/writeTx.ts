// The ingest write primitives on SQLite. They run inside the transaction SqliteStore.transaction opened.
import type { NearCandidate, NearLink, PreparedArticle, WriteTx } from '../store.js';
import type { StatementCache } from './statements.js';

export function sqliteWriteTx(sql: StatementCache): WriteTx {
  return {
    async findByHash(hash) {
      return sql.get<[string], { id: number }>('SELECT id FROM articles WHERE hash = ?').get(hash)?.id;
    },

    async addOrigin(articleId, origin) {
      return sql.get('INSERT OR IGNORE INTO article_origins(article_id, origin) VALUES (?, ?)')
        .run(articleId, origin).changes > 0;
    },

    async nearCandidates(bandKeys) {
      const bucket = sql.get<[number], { article_id: number }>(
        'SELECT article_id FROM minhash_bands WHERE band_key = ?');
      const textOf = sql.get<[number], { text: string; near_duplicate_of: number | null }>(
        'SELECT text, near_duplicate_of FROM articles WHERE id = ?');
      const out: NearCandidate[] = [];
      const seen = new Set<number>();
      // Band by band, ids ascending within a band: the order the dedupe policy breaks ties by.
      for (const key of bandKeys) {
        for (const { article_id: id } of bucket.all(key)) {
          if (seen.has(id)) continue;
          seen.add(id);
          const row = textOf.get(id);
          if (!row) continue;
          out.push(row.near_duplicate_of == null ? { id, text: row.text }
            : { id, text: row.text, nearDuplicateOf: row.near_duplicate_of });
        }
      }
      return out;
    },

    async insertArticle(a: PreparedArticle, near?: NearLink) {
      const info = sql.get(`INSERT INTO articles(hash, published, title, url, source, topic, text,
        near_duplicate_of, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.hash, a.published,
        a.title ?? null, a.url ?? null, a.source ?? null, a.topic ?? null, a.text, near?.of ?? null,
        near?.similarity ?? null);
      return Number(info.lastInsertRowid);
    },

    async addBands(articleId, bandKeys) {
      const add = sql.get('INSERT OR IGNORE INTO minhash_bands(band_key, article_id) VALUES (?, ?)');
      for (const key of bandKeys) add.run(key, articleId);
    },
  };
}
