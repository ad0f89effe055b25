// Quotes on SQLite keep their text only when the article's text cannot give it back; listing them reads the same
// quotes either way, on new stores and on stores migrated from the layout that kept every text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore.js';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations.js';
import type { Doc, Quote } from '../../../src/types.js';
import { tempDbPath } from '../../helpers/stores.js';

// An emoji (two UTF-16 units, one SQLite character) before the second quote shifts SQLite's counting by one.
const TEXT = 'Ann Lee said: "The bridge reopens in May." Fans cheered 🎉 and Bo Li said "We waited for years."';

function quoteAt(text: string, words: string, speaker: string): Quote {
  const start = TEXT.indexOf(words);
  return { speaker, text, start, end: start + words.length, direct: true };
}

const QUOTES: Quote[] = [
  quoteAt('The bridge reopens in May.', 'The bridge reopens in May.', 'Ann Lee'),
  quoteAt('We waited for years.', 'We waited for years.', 'Bo Li'),
  // analysed from a masked copy: the words differ from the stored slice and must be kept as analysed
  { ...quoteAt('The bridge ________ in May.', 'The bridge reopens in May.', 'Ann Lee'), direct: false },
];

async function storeWithArticle(path: string): Promise<{ store: SqliteStore; id: number }> {
  const store = new SqliteStore(path);
  const id = await store.transaction((tx) => tx.insertArticle({ text: TEXT, published: '2023-04-02', origin: 'o',
    hash: 'h', signature: new Uint32Array(0) }));
  return { store, id };
}

function listed(quotes: Quote[]): string[] {
  return quotes.map((q) => `${q.speaker}|${q.text}|${q.start}|${q.end}|${q.direct}`).sort();
}

test('a quote the article text gives back is stored without its text and listed with it', async () => {
  const { store, id } = await storeWithArticle(tempDbPath());
  const doc: Doc = { text: TEXT, published: '2023-04-02', sentences: [], timexes: [], entities: [], quotes: QUOTES };
  await store.saveAnalyses([{ articleId: id, version: 1, doc, entityRefs: [] }]);
  const kept = store.db.prepare('SELECT text FROM quotes ORDER BY article_id, seq').all() as { text: string | null }[];
  assert.deepEqual(kept.map((r) => r.text), [null, 'We waited for years.', 'The bridge ________ in May.']);
  assert.deepEqual(listed(await store.listQuotes()), listed(QUOTES));
  assert.deepEqual(listed(await store.listQuotes({ speaker: 'bo' })), listed([QUOTES[1]!]));
  await store.close();
});

test('a store written before migration 9 keeps listing the same quotes, and loses the texts it can rebuild', async () => {
  const path = tempDbPath();
  const old = new Database(path);
  for (const sql of MIGRATIONS.slice(0, 8)) old.exec(sql);
  old.pragma('user_version = 8');
  old.prepare(`INSERT INTO articles(id, hash, published, text) VALUES (1, 'h', '2023-04-02', ?)`).run(TEXT);
  const put = old.prepare(`INSERT INTO quotes(article_id, speaker, text, start, end, direct) VALUES (1, ?, ?, ?, ?, ?)`);
  for (const q of QUOTES) put.run(q.speaker, q.text, q.start, q.end, q.direct ? 1 : 0);
  old.close();
  const store = new SqliteStore(path);
  assert.deepEqual(listed(await store.listQuotes()), listed(QUOTES));
  const nulls = store.db.prepare('SELECT count(*) AS n FROM quotes WHERE text IS NULL').get() as { n: number };
  assert.equal(nulls.n, 1);
  const speakerIndex = store.db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'quotes_speaker'`).get();
  // migration 9 dropped an index by speaker that no query used then; 15 adds one that "who said what" uses
  assert.notEqual(speakerIndex, undefined, 'quotes are indexed by speaker again');
  await store.close();
});

test('quotes of a known speaker are found through the speaker index, not by reading every quote', async () => {
  const store = new SqliteStore(tempDbPath());
  // the shape of listQuotes with an entity: the entity by name, then its quotes, then their articles
  const plan = (store.db.prepare(`EXPLAIN QUERY PLAN SELECT q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE e.name = ? COLLATE NOCASE AND e.kind = ?
    ORDER BY a.published, q.article_id, q.start, q.seq`).all('Ilse Marren', 'PERSON') as { detail: string }[]).map((r) => r.detail);
  assert.ok(plan.some((d) => /quotes_speaker/.test(d)), plan.join('\n'));
  assert.ok(!plan.some((d) => /^SCAN q\b/.test(d)), plan.join('\n'));
  await store.close();
});
