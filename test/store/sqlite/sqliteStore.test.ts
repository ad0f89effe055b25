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
