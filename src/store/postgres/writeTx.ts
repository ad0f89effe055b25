// The ingest write primitives on PostgreSQL, on the client of the transaction PgStore.transaction opened.
import type pg from 'pg';
import type { NearCandidate, WriteTx } from '../store.js';

export function pgWriteTx(c: pg.PoolClient): WriteTx {
  return {
    async findByHash(hash) {
      const r = await c.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [hash]);
      return r.rows[0] ? Number(r.rows[0].id) : undefined;
    },

    async addOrigin(articleId, origin) {
      const r = await c.query('INSERT INTO article_origins(article_id, origin) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [articleId, origin]);
      return (r.rowCount ?? 0) > 0;
    },

    async nearCandidates(bandKeys) {
      const r = await c.query<{ id: string; text: string; near_duplicate_of: string | null }>(
        `SELECT DISTINCT a.id, a.text, a.near_duplicate_of FROM minhash_bands b JOIN articles a ON a.id = b.article_id
         WHERE b.band_key = ANY($1::bigint[])`, [bandKeys]);
      return r.rows.map((row): NearCandidate => row.near_duplicate_of == null
        ? { id: Number(row.id), text: row.text }
        : { id: Number(row.id), text: row.text, nearDuplicateOf: Number(row.near_duplicate_of) });
    },

    async insertArticle(a, near) {
      const r = await c.query<{ id: string }>(`INSERT INTO articles(hash, published, title, url, source, topic,
        text, near_duplicate_of, similarity) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [a.hash, a.published, a.title ?? null, a.url ?? null, a.source ?? null, a.topic ?? null, a.text,
        near?.of ?? null, near?.similarity ?? null]);
      return Number(r.rows[0]!.id);
    },

    async addBands(articleId, bandKeys) {
      await c.query(`INSERT INTO minhash_bands(band_key, article_id) SELECT unnest($1::bigint[]), $2
        ON CONFLICT DO NOTHING`, [bandKeys, articleId]);
    },
  };
}
