// Migrating a store written before the entity index (SQLite schema 8, the PostgreSQL schema before it): the counts,
// days and written forms are filled from the stored mentions, so the listing and an entity's names read the same
// as the old queries over every mention gave them; articles have no mention record until analysed again.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { STORE_KINDS } from '../helpers/stores.js';

// articles (id, published), entities (id, key, kind, name), mentions (entity, article, text)
const ARTICLES: [number, string][] = [[1, '2023-03-15T08:00:00Z'], [2, '2023-03-16'], [3, '2023-09-02']];
const ENTITIES: [number, string, string, string][] = [[1, 'p1', 'PERSON', 'Ilse Marren'],
  [2, 'l1', 'PLACE', 'Harbour Bridge'], [3, 'p2', 'PERSON', 'Quote Only']];
const MENTIONS: [number, number, string][] = [[1, 1, 'Ilse Marren'], [1, 1, 'Marren'], [2, 1, 'Harbour Bridge'],
  [2, 2, 'bridge'], [1, 3, 'Marren'], [1, 3, 'Marren']];

/** The old schema with the rows above, written with `run` (one statement, positional parameters). */
async function fill(run: (sql: string, params: (string | number)[]) => Promise<void>): Promise<void> {
  for (const [id, published] of ARTICLES) {
    await run('INSERT INTO articles(id, hash, published, text) VALUES ($1, $2, $3, $4)', [id, `h${id}`, published, 'x']);
  }
  for (const e of ENTITIES) await run('INSERT INTO entities(id, key, kind, name) VALUES ($1, $2, $3, $4)', e);
  for (const [entity, article, text] of MENTIONS) {
    await run('INSERT INTO mentions(entity_id, article_id, start_offset, end_offset, text) VALUES ($1, $2, 0, 1, $3)',
      [entity, article, text]);
  }
}

const OLDER: Record<string, (location: string) => Promise<void>> = {
  sqlite: async (location) => {
    const db = new Database(location);
    for (const sql of MIGRATIONS.slice(0, 8)) db.exec(sql);
    db.pragma('user_version = 8');
    await fill(async (sql, params) => {
      db.prepare(sql.replace(/\$\d+/g, '?').replace('start_offset, end_offset', 'start, end')).run(...params);
    });
    db.close();
  },
  postgres: async (location) => {
    const c = new pg.Client({ connectionString: location });
    await c.connect();
    // The schema just before the migration that brings the entity index (later ones follow it in the test).
    const before = PG_MIGRATIONS.findIndex((sql) => sql.includes('CREATE TABLE entity_aliases'));
    assert.ok(before > 0);
    for (const sql of PG_MIGRATIONS.slice(0, before)) await c.query(sql);
    await c.query('CREATE TABLE chronicle_schema (version INTEGER NOT NULL)');
    await c.query('INSERT INTO chronicle_schema(version) VALUES ($1)', [before]);
    await fill(async (sql, params) => { await c.query(sql, params); });
    await c.end();
  },
};

for (const kind of STORE_KINDS) {
  describe(`entity index migration (${kind.name})`, { skip: kind.skip }, () => {
    test('an older store gets its entity counts, days and written forms from its mentions', async () => {
      const location = await kind.location();
      await OLDER[kind.name]!(location);
      const store = await kind.open(location);
      assert.deepEqual(await store.listEntities(), [
        { key: 'p1', kind: 'PERSON', name: 'Ilse Marren', mentions: 4, articles: 2, first: '2023-03-15', last: '2023-09-02' },
        { key: 'l1', kind: 'PLACE', name: 'Harbour Bridge', mentions: 2, articles: 2, first: '2023-03-15', last: '2023-03-16' },
      ]);
      assert.deepEqual(await store.entityAliases('marren'), [{ name: 'Ilse Marren', kind: 'PERSON',
        aliases: [{ text: 'Marren', mentions: 3 }, { text: 'Ilse Marren', mentions: 1 }] }]);
      assert.deepEqual(await store.getEntityMentions!(new Map([[1, 'x']])), new Map(), 'no mention record yet');
      // The articles naming an entity, as the old query over every mention found them (SQLite keeps postings of
      // written forms instead of the mentions since its schema 11).
      assert.deepEqual(await store.articlesMentioning('ilse marren'), [1, 3]);
      assert.deepEqual(await store.articlesMentioning('Marren'), [1, 3]);
      assert.deepEqual(await store.articlesMentioning('BRIDGE'), [2]);
      assert.deepEqual(await store.articlesMentioning('Harbour Bridge'), [1, 2]);
      assert.deepEqual(await store.articlesMentioning('Quote Only'), []);
      // Saving an analysis replaces what the migrated postings held for its article.
      await store.saveAnalyses([{ articleId: 3, version: 1, entityRefs: [],
        doc: { text: 'x', published: '2023-09-02', sentences: [], timexes: [], entities: [], quotes: [] } }]);
      assert.deepEqual(await store.articlesMentioning('Marren'), [1]);
      assert.deepEqual((await store.listEntities()).find((e) => e.key === 'p1'), { key: 'p1', kind: 'PERSON', name: 'Ilse Marren', mentions: 2,
        articles: 1, first: '2023-03-15', last: '2023-03-15' });
      assert.deepEqual(await store.entityAliases('marren'), [{ name: 'Ilse Marren', kind: 'PERSON',
        aliases: [{ text: 'Ilse Marren', mentions: 1 }, { text: 'Marren', mentions: 1 }] }]);
      await store.close();
    });
  });
}
