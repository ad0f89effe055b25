// Articles whose analysis failed are not retried by every refresh (each request would load the resolver and
// the furniture model and fail again); `retryFailed` (what `chronicle analyze` asks for) and a new analysis
// version try them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANALYSIS_VERSION } from '../../src/analyze/index.js';
import { analyzePending, FAILED_STATE } from '../../src/service/refresh.js';
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
