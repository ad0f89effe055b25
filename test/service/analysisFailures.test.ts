// Articles whose analysis failed are not retried by every refresh (each request would load the resolver and
// the furniture model and fail again); `retryFailed` (what `chronicle analyze` asks for) and a new analysis
// version try them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANALYSIS_VERSION } from '../../src/analyze/index.js';
import { analyzePending, FAILED_STATE, updateStories } from '../../src/service/refresh.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { tempDbPath } from '../helpers/stores.js';

async function storeWith(texts: string[]): Promise<{ store: SqliteStore; ids: number[] }> {
  const store = new SqliteStore(tempDbPath());
  const ids: number[] = [];
  for (const [i, text] of texts.entries()) {
    ids.push(await store.transaction((tx) => tx.insertArticle({ text, published: '2023-05-0' + (i + 1), origin: `o${i}`,
      hash: `h${i}`, signature: new Uint32Array(0) })));
  }
  return { store, ids };
}

test('an article recorded as failed at this version is skipped by a refresh and retried when asked', async () => {
  const { store, ids } = await storeWith(['The ferry strike ended on Monday, the union said.',
    'The harbour reopened on Tuesday after the strike.']);
  await store.saveState(FAILED_STATE, JSON.stringify({ version: ANALYSIS_VERSION, ids: [ids[1]] }));
  assert.equal(await analyzePending(store, { threads: 1 }), 1);
  assert.deepEqual(await store.articlesNeedingAnalysis(ANALYSIS_VERSION), [ids[1]]);
  // Nothing else pending: the failed one is not tried again, and the record of it stays.
  assert.equal(await analyzePending(store, { threads: 1 }), 0);
  assert.deepEqual(JSON.parse((await store.loadState(FAILED_STATE))!).ids, [ids[1]]);
  // Asked for: tried again, analysed (it does not fail now), and no longer recorded.
  assert.equal(await analyzePending(store, { threads: 1, retryFailed: true }), 1);
  assert.deepEqual(await store.articlesNeedingAnalysis(ANALYSIS_VERSION), []);
  assert.deepEqual(JSON.parse((await store.loadState(FAILED_STATE))!).ids, []);
  await store.close();
});

test('failures recorded at another analysis version do not hold an article back', async () => {
  const { store, ids } = await storeWith(['The ferry strike ended on Monday, the union said.']);
  await store.saveState(FAILED_STATE, JSON.stringify({ version: ANALYSIS_VERSION - 1, ids }));
  assert.equal(await analyzePending(store, { threads: 1 }), 1);
  await store.close();
});

test('the counts a refresh asks first follow what is pending, failures left out, and agree with the listings', async () => {
  const { store, ids } = await storeWith(['The ferry strike ended on Monday, the union said.',
    'The harbour reopened on Tuesday after the strike.', 'Ferries ran again on Wednesday.']);
  const agree = async (except: number[] = []): Promise<{ analysis: number; stories: number }> => {
    const counts = await store.pendingCounts(ANALYSIS_VERSION, except);
    const pending = (await store.articlesNeedingAnalysis(ANALYSIS_VERSION)).filter((id) => !except.includes(id));
    assert.equal(counts.analysis, pending.length);
    assert.equal(counts.stories, (await store.articlesWithoutStory(1000)).length);
    return counts;
  };
  assert.deepEqual(await agree(), { analysis: 3, stories: 0 });
  assert.deepEqual(await agree([ids[2]!]), { analysis: 2, stories: 0 });
  await store.saveState(FAILED_STATE, JSON.stringify({ version: ANALYSIS_VERSION, ids: [ids[2]] }));
  assert.equal(await analyzePending(store, { threads: 1 }), 2);
  assert.deepEqual(await agree([ids[2]!]), { analysis: 0, stories: 2 });
  assert.deepEqual(await agree(), { analysis: 1, stories: 2 });
  // With only the known failure pending, a refresh does nothing.
  assert.equal(await analyzePending(store, { threads: 1 }), 0);
  assert.equal(await updateStories(store), 2);
  assert.deepEqual(await agree([ids[2]!]), { analysis: 0, stories: 0 });
  assert.equal(await updateStories(store), 0);
  // An analysis of an older version counts as pending again.
  store.db.prepare('UPDATE analyses SET version = version - 1 WHERE article_id = ?').run(ids[0]);
  assert.deepEqual(await agree([ids[2]!]), { analysis: 1, stories: 0 });
  assert.equal(await analyzePending(store, { threads: 1 }), 1);
  assert.deepEqual(await agree([ids[2]!]), { analysis: 0, stories: 0 });
  await store.close();
});
