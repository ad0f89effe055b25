// The entity index in less room (SQLite migration 14): postings keyed by written form without counts, each
// article's counts per form packed in one row, forms found by entity id. A store written by schema 12 reads the
// same entities, names and articles after migrating, and saving an analysis again takes the migrated counts away
// exactly; quotes are numbered within their article; first and last days, kept as day numbers now, read back as before (1969 too). New stores get 2048-byte pages; existing ones keep theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteStore, PAGE_SIZE } from '../../../src/store/sqlite/sqliteStore.js';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations.js';
import { packFormCounts, unpackFormCounts } from '../../../src/store/sqlite/formCounts.js';
import type { Doc } from '../../../src/types.js';
import { tempDbPath } from '../../helpers/stores.js';

test('packed form counts read back as written, in form order, whatever the size of the ids', () => {
  const pairs: [number, number][] = [[300_000, 1], [5, 2], [127, 128], [128, 1], [2 ** 40, 3]];
  const packed = packFormCounts(pairs);
  assert.deepEqual(unpackFormCounts(packed), [...pairs].sort((a, b) => a[0] - b[0]));
  assert.deepEqual(unpackFormCounts(packFormCounts([])), []);
  assert.throws(() => unpackFormCounts(packed.subarray(0, packed.length - 1)), /end early/);
  assert.throws(() => packFormCounts([[-1, 1]]), RangeError);
});

/** A schema-12 store: three articles, two entities, their forms and per-article postings with counts. */
function schema12(path: string): void {
  const db = new Database(path);
  for (const sql of MIGRATIONS.slice(0, 12)) db.exec(sql);
  db.pragma('user_version = 12');
  const article = db.prepare('INSERT INTO articles(id, hash, published, text) VALUES (?, ?, ?, ?)');
  article.run(1, 'h1', '2023-03-15T08:00:00Z', 'Ilse Marren spoke. Marren left.');
  article.run(2, 'h2', '2023-03-16', 'The Harbour Bridge closed.');
  article.run(3, 'h3', '2023-09-02', 'Marren and Marren and the bridge.');
  article.run(4, 'h4', '1969-07-20', 'Apollo landed.');
  const entity = db.prepare(`INSERT INTO entities(id, key, kind, name, mentions, articles, first, last)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  entity.run(1, 'p1', 'PERSON', 'Ilse Marren', 4, 2, '2023-03-15', '2023-09-02');
  entity.run(2, 'l1', 'PLACE', 'Harbour Bridge', 2, 2, '2023-03-16', '2023-09-02');
  entity.run(3, 'o1', 'ORG', 'Apollo', 1, 1, '1969-07-20', '1969-07-20');
  const alias = db.prepare('INSERT INTO entity_aliases(id, entity_id, text, mentions) VALUES (?, ?, ?, ?)');
  alias.run(10, 1, 'Ilse Marren', 1);
  alias.run(11, 1, 'Marren', 3);
  alias.run(12, 2, 'Harbour Bridge', 1);
  alias.run(13, 2, 'bridge', 1);
  alias.run(14, 3, 'Apollo', 1);
  const posting = db.prepare('INSERT INTO alias_articles(article_id, alias_id, n) VALUES (?, ?, ?)');
  for (const [a, x, n] of [[1, 10, 1], [1, 11, 1], [2, 12, 1], [3, 11, 2], [3, 13, 1], [4, 14, 1]]) posting.run(a, x, n);
  const quote = db.prepare(`INSERT INTO quotes(article_id, speaker_entity_id, speaker, text, start, end, direct)
    VALUES (?, ?, ?, ?, ?, ?, 1)`);
  quote.run(3, 1, 'Ilse Marren', 'Marren and', 0, 10);
  quote.run(1, null, 'Marren', 'left', 25, 29);
  quote.run(1, 1, 'Ilse Marren', 'spoke', 12, 17);
  db.close();
}

test('a schema-12 store keeps its entities, written forms and postings after migration 14', async () => {
  const path = tempDbPath();
  schema12(path);
  const store = new SqliteStore(path);
  assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.equal(store.db.pragma('page_size', { simple: true }), 4096, 'an existing store keeps its page size');
  const counts = store.db.prepare('SELECT article_id, counts FROM article_aliases ORDER BY article_id').all() as
    { article_id: number; counts: Uint8Array }[];
  assert.deepEqual(counts.map((r) => [r.article_id, unpackFormCounts(r.counts)]),
    [[1, [[10, 1], [11, 1]]], [2, [[12, 1]]], [3, [[11, 2], [13, 1]]], [4, [[14, 1]]]]);
  const quotes = (await store.listQuotes()).map((q) => [q.articleId, q.speaker, q.text, q.start]);
  assert.deepEqual(quotes, [[1, 'Ilse Marren', 'spoke', 12], [1, 'Marren', 'left', 25], [3, 'Ilse Marren', 'Marren and', 0]]);
  assert.deepEqual(store.db.prepare('SELECT article_id, seq FROM quotes').raw().all(), [[1, 0], [1, 1], [3, 0]],
    'numbered within their article in the order they were stored');
  const apollo = { key: 'o1', kind: 'ORG', name: 'Apollo', mentions: 1, articles: 1, first: '1969-07-20', last: '1969-07-20' };
  assert.deepEqual(await store.listEntities(), [
    { key: 'p1', kind: 'PERSON', name: 'Ilse Marren', mentions: 4, articles: 2, first: '2023-03-15', last: '2023-09-02' },
    { key: 'l1', kind: 'PLACE', name: 'Harbour Bridge', mentions: 2, articles: 2, first: '2023-03-16', last: '2023-09-02' },
    apollo,
  ]);
  assert.deepEqual(await store.entityAliases('marren'), [{ name: 'Ilse Marren', kind: 'PERSON',
    aliases: [{ text: 'Marren', mentions: 3 }, { text: 'Ilse Marren', mentions: 1 }] }]);
  assert.deepEqual(await store.articlesMentioning('ilse marren'), [1, 3]);
  assert.deepEqual(await store.articlesMentioning('BRIDGE'), [3]);
  assert.deepEqual(await store.listArticleIds({ where: [{ names: ['Harbour Bridge'] }] }), [2, 3]);

  // Article 3 analysed again: it now writes "Ilse Marren" once and no bridge. Its migrated counts are taken
  // away, the form "bridge" goes (written nowhere else), and the days are found again.
  const text = 'Marren and Marren and the bridge.';
  const doc: Doc = { text, published: '2023-09-02', sentences: [], timexes: [], quotes: [],
    entities: [{ kind: 'PERSON', name: 'Ilse Marren', start: 0, end: 6, text: 'Ilse Marren' }] };
  await store.saveAnalyses([{ articleId: 3, version: 1, doc,
    entityRefs: [{ key: 'p1', kind: 'PERSON', name: 'Ilse Marren' }] }]);
  assert.deepEqual(await store.listEntities(), [
    { key: 'p1', kind: 'PERSON', name: 'Ilse Marren', mentions: 3, articles: 2, first: '2023-03-15', last: '2023-09-02' },
    apollo, // ties of counts by name
    { key: 'l1', kind: 'PLACE', name: 'Harbour Bridge', mentions: 1, articles: 1, first: '2023-03-16', last: '2023-03-16' },
  ]);
  assert.deepEqual(await store.entityAliases('marren'), [{ name: 'Ilse Marren', kind: 'PERSON',
    aliases: [{ text: 'Ilse Marren', mentions: 2 }, { text: 'Marren', mentions: 1 }] }]);
  assert.deepEqual(await store.articlesMentioning('bridge'), []);
  assert.deepEqual(await store.articlesMentioning('Marren'), [1]);
  assert.deepEqual(await store.articlesMentioning('Ilse Marren'), [1, 3]);
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM alias_articles').get() as { n: number }).n, 5);
  await store.close();
});

test('a new store is made with the smaller pages', async () => {
  const store = new SqliteStore(tempDbPath());
  assert.equal(store.db.pragma('page_size', { simple: true }), PAGE_SIZE);
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  await store.close();
});
