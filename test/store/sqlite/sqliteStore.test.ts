// What only the SQLite store promises: each statement is prepared once per store, however often it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore.js';
import { ftsQuery } from '../../../src/store/sqlite/sqliteStore.js';
import type { Doc } from '../../../src/types.js';
import { tempDbPath } from '../../helpers/stores.js';

/** Calls every Store method once (writes included); `round` keeps each call's inserted text unique. */
async function everyMethod(store: SqliteStore, round: number): Promise<void> {
  const text = `Round ${round}: the bridge reopened after repairs.`;
  const id = await store.transaction(async (tx) => {
    const existing = await tx.findByHash(`h${round}`);
    const inserted = existing ?? await tx.insertArticle({ text, published: '2023-01-0' + round, origin: 'o',
      hash: `h${round}`, signature: new Uint32Array(0) }, round > 1 ? { of: 1, similarity: 0.9 } : undefined);
    await tx.addOrigin(inserted, 'o');
    await tx.nearCandidates([1, 2]);
    await tx.addBands(inserted, [1, 2]);
    return inserted;
  });
  const doc: Doc = { text, published: '2023-01-01', sentences: [{ index: 0, start: 0, end: 5, text: 'Round' }],
    timexes: [], entities: [{ kind: 'PERSON', name: 'Ann Lee', start: 0, end: 5, text: 'Round' }],
    quotes: [{ speaker: 'Ann Lee', text: 'x', start: 0, end: 1, direct: true }] };
  const entityRefs = [{ key: 'p:ann', kind: 'PERSON' as const, name: 'Ann Lee' }];
  await store.saveAnalyses([{ articleId: id, version: 1, doc, entityRefs }]);
  await store.saveAnalysesLogged([{ articleId: id, version: 1, doc, entityRefs }], { name: 'r', delta: '{}' });
  await store.loadStateLog('r');
  await store.countArticles();
  await store.getArticle(id);
  await store.listArticles({ from: '2023-01-01', to: '2023-12-31', topic: 't', ids: [id], limit: 3,
    excludeNearDuplicates: true });
  await store.search('bridge', { from: '2023-01-01', to: '2023-12-31', limit: 5 });
  await store.searchIds('bridge', { from: '2023-01-01' });
  await store.dateSpan();
  await store.articlesNeedingAnalysis(2);
  await store.getAnalysis(id);
  await store.getAnalyses([id]);
  await store.listEntities({ kind: 'PERSON', limit: 3 });
  await store.articlesMentioning('ann lee');
  await store.listQuotes({ speaker: 'ann', limit: 2 });
  await store.saveState('x', '{}');
  await store.loadState('x');
  await store.articlesWithoutStory(5);
  await store.saveStoryAssignments([{ articleId: id, storyId: 1, eventId: 1 }], { name: 'c', json: '{}' });
  await store.storyArticleIds(1);
}

test('every statement is prepared once per store, not on every call', async () => {
  const store = new SqliteStore(tempDbPath());
  const prepare = store.db.prepare.bind(store.db);
  const prepared: string[] = [];
  store.db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof store.db.prepare;
  await everyMethod(store, 1);
  assert.ok(prepared.length >= 20, `the first round prepares its statements (${prepared.length})`);
  prepared.length = 0;
  await everyMethod(store, 2);
  await everyMethod(store, 3);
  assert.deepEqual(prepared, [], 'later rounds reuse them');
  await store.close();
});

test('ftsQuery quotes each word and joins them with OR; no words, no query', () => {
  assert.equal(ftsQuery('Marren "resigned" -OR- (x'), '"Marren" OR "resigned" OR "OR" OR "x"');
  assert.equal(ftsQuery(' !!! '), undefined);
});

test('a state saved in steps: deltas kept in order with their analyses, across a reopen; a whole save empties the log', async () => {
  const path = tempDbPath();
  let store = new SqliteStore(path);
  const id = await store.transaction((tx) => tx.insertArticle({ text: 'The bridge reopened.', published: '2023-01-01',
    origin: 'o', hash: 'h', signature: new Uint32Array(0) }));
  const doc: Doc = { text: 'The bridge reopened.', published: '2023-01-01', sentences: [], timexes: [], entities: [], quotes: [] };
  await store.saveState('r', '{"whole":1}');
  await store.saveAnalysesLogged([{ articleId: id, version: 1, doc, entityRefs: [] }], { name: 'r', delta: 'd1' });
  await store.saveAnalysesLogged([], { name: 'r', delta: 'd2' });
  await store.saveAnalysesLogged([], { name: 'other', delta: 'x' });
  await store.close();
  store = new SqliteStore(path);
  assert.deepEqual(await store.getAnalysis(id), doc, 'the analysis went in with its delta');
  assert.deepEqual(await store.loadStateLog('r'), ['d1', 'd2']);
  // A large delta is stored compressed and read back as written.
  const large = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ name: `entity ${i}`, n: i % 7 })));
  await store.saveAnalysesLogged([], { name: 'big', delta: large });
  const row = store.db.prepare("SELECT typeof(delta) AS t, length(delta) AS n FROM state_log WHERE name = 'big'").get() as
    { t: string; n: number };
  assert.ok(row.t === 'blob' && row.n < large.length / 4, `stored compressed (${row.t}, ${row.n} bytes)`);
  assert.deepEqual(await store.loadStateLog('big'), [large]);
  await store.saveState('r', '{"whole":2}');
  assert.deepEqual(await store.loadStateLog('r'), []);
  assert.deepEqual(await store.loadStateLog('other'), ['x'], "another state's log stays");
  await store.close();
});

test('analyses written as JSON text by earlier versions stay readable next to compressed ones', async () => {
  const store = new SqliteStore(tempDbPath());
  const ids: number[] = [];
  for (const n of [1, 2]) {
    ids.push(await store.transaction((tx) => tx.insertArticle({ text: `Text ${n}.`, published: '2023-01-01',
      origin: 'o', hash: `h${n}`, signature: new Uint32Array(0) })));
  }
  const doc = (n: number): Doc => ({ text: `Text ${n}.`, published: '2023-01-01',
    sentences: [{ index: 0, start: 0, end: 7, text: `Text ${n}.` }], timexes: [], entities: [], quotes: [] });
  await store.saveAnalyses([{ articleId: ids[0]!, version: 1, doc: doc(1), entityRefs: [] }]);
  store.db.prepare('INSERT INTO analyses(article_id, version, doc) VALUES (?, 1, ?)').run(ids[1]!, JSON.stringify(doc(2)));
  const stored = store.db.prepare('SELECT typeof(doc) AS t FROM analyses ORDER BY article_id').all() as { t: string }[];
  assert.deepEqual(stored.map((r) => r.t), ['blob', 'text']);
  const back = await store.getAnalyses(ids);
  assert.deepEqual(back.get(ids[0]!), doc(1));
  assert.deepEqual(back.get(ids[1]!), doc(2));
  await store.close();
});

test('an analysis reads back exactly as saved, though the article text it repeats (whole and in pieces) is stored once', async () => {
  const { analyzeDoc } = await import('../../../src/analyze/index.js');
  const store = new SqliteStore(tempDbPath());
  const text = 'SUBSCRIBE NOW FOR FULL ACCESS. Ann Lee, the mayor, said on Monday: "The bridge reopens in May." '
    + 'Work began on 3 March 2023 after the flood.';
  const id = await store.transaction((tx) => tx.insertArticle({ text, published: '2023-04-02', origin: 'o',
    hash: 'h', signature: new Uint32Array(0) }));
  // Furniture blanked inside a sentence: that sentence's analysed text differs from the article's and is kept.
  const at = text.indexOf('the mayor,') + 9;
  const doc = analyzeDoc(text, '2023-04-02', [[at, at + 1]]);
  assert.ok(doc.sentences.some((s) => s.text !== text.slice(s.start, s.end)), 'the fixture has a masked sentence');
  await store.saveAnalyses([{ articleId: id, version: 1, doc, entityRefs: [] }]);
  assert.equal(JSON.stringify(await store.getAnalysis(id)), JSON.stringify(doc));
  assert.equal(JSON.stringify((await store.getAnalyses([id])).get(id)), JSON.stringify(doc));
  const { brotliDecompressSync } = await import('node:zlib');
  const row = store.db.prepare('SELECT doc FROM analyses').get() as { doc: Buffer };
  const stored = brotliDecompressSync(row.doc).toString('utf8');
  assert.ok(!stored.includes('Work began on 3 March 2023 after the flood.'), 'the article text is not stored again');
  assert.ok(doc.quotes.length > 0 && doc.entities.length > 0 && doc.timexes.length > 0, 'the fixture has every piece');
  const pieces = JSON.parse(stored) as Record<'quotes' | 'entities' | 'timexes', { text: unknown }[]>;
  for (const piece of [...pieces.quotes, ...pieces.entities, ...pieces.timexes]) {
    assert.equal(piece.text, 0, 'a slice of the text is not stored again');
  }
  await store.close();
});

test('an analysis saved with its mention record leaves its mentions to the record and reads back exactly', async () => {
  const { analyzeDoc } = await import('../../../src/analyze/index.js');
  const { timelineRecord } = await import('../../../src/timeline/record.js');
  const { brotliDecompressSync } = await import('node:zlib');
  const store = new SqliteStore(tempDbPath());
  const text = 'Ann Lee, the mayor of Kessel Ford, said on Monday: "The bridge reopens in May." Lee met Tomas Verhoef.';
  const ids: number[] = [];
  for (const n of [1, 2]) {
    ids.push(await store.transaction((tx) => tx.insertArticle({ text, published: '2023-04-02', origin: `o${n}`,
      hash: `h${n}`, signature: new Uint32Array(0) })));
  }
  const doc = analyzeDoc(text, '2023-04-02');
  assert.ok(doc.entities.length > 1, 'the fixture names entities');
  const record = timelineRecord(doc, text);
  assert.ok(record);
  // The second analysis's mentions would not serialise the same from a record (other key order): kept inline.
  const reordered: Doc = { ...doc, entities: doc.entities.map(({ kind, name, start, end, text: t }) => ({ name, kind, start, end, text: t })) as Doc['entities'] };
  await store.saveAnalyses([{ articleId: ids[0]!, version: 1, doc, entityRefs: [], timelineRecord: record },
    { articleId: ids[1]!, version: 1, doc: reordered, entityRefs: [], timelineRecord: record }]);
  const stored = (store.db.prepare('SELECT doc FROM analyses ORDER BY article_id').all() as { doc: Buffer }[])
    .map((r) => JSON.parse(brotliDecompressSync(r.doc).toString('utf8')) as { entities: unknown });
  assert.equal(stored[0]!.entities, 1, 'the mentions are left to the mention record');
  assert.ok(Array.isArray(stored[1]!.entities), 'mentions a record cannot give back as they were stay in the analysis');
  assert.equal(JSON.stringify(await store.getAnalysis(ids[0]!)), JSON.stringify(doc));
  const both = await store.getAnalyses(ids);
  assert.equal(JSON.stringify(both.get(ids[0]!)), JSON.stringify(doc));
  assert.equal(JSON.stringify(both.get(ids[1]!)), JSON.stringify(reordered));
  // Re-saved without a record (no timeline record): the mentions go back into the analysis.
  await store.saveAnalyses([{ articleId: ids[0]!, version: 2, doc, entityRefs: [] }]);
  assert.equal(JSON.stringify(await store.getAnalysis(ids[0]!)), JSON.stringify(doc));
  await store.close();
});
