// The stories listing is read from the listing saved with the clusterer's state, and lists exactly what restoring
// the whole state lists: after ingest, after more articles, after a merge, and for a store saved before there was
// a listing (answered from the state, then given its listing by the next refresh).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listStories, STORY_STATE } from '../../src/service/index.js';
import { STORY_LIST_STATE, STORY_MERGES_STATE, updateStories } from '../../src/service/refresh.js';
import { storyArticleIds } from '../../src/service/stories.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { sortStories, StoryClusterer } from '../../src/stories/index.js';
import type { StorySummary } from '../../src/types.js';
import { STORE_KINDS, tempDbPath } from '../helpers/stores.js';
import { background, stream } from '../stories/streams.js';

const FIXTURE = new URL('../stories/fixtures/state-v3.json', import.meta.url);

async function addArticles(store: Store, inputs: { published: string; text: string }[]): Promise<void> {
  for (const { published, text } of inputs) {
    const id = await store.transaction((tx) => tx.insertArticle({ text, published, origin: 'o', hash: `h:${text}:${published}`,
      signature: new Uint32Array(0) }));
    await store.saveAnalyses([{ articleId: id, version: 1, entityRefs: [],
      doc: { text, published, sentences: [], timexes: [], entities: [], quotes: [] } }]);
  }
}

/** The listing as it was made before there was a saved one: the whole state restored. */
async function wholeStateListing(store: Store): Promise<StorySummary[]> {
  const state = await store.loadState(STORY_STATE);
  return sortStories(state ? StoryClusterer.fromJSON(JSON.parse(state)).stories() : []);
}

for (const kind of STORE_KINDS) {
  describe(`stories listing: ${kind.name}`, { skip: kind.skip }, () => {
    test('the saved listing lists what the whole state lists, after each ingest, and pages', async () => {
      const store = await kind.open(await kind.location());
      const { inputs } = stream();
      await addArticles(store, inputs.slice(0, 16));
      await updateStories(store);
      assert.ok(await store.loadState(STORY_LIST_STATE), 'a listing is saved with the state');
      const first = await listStories(store);
      assert.ok(first.length > 1);
      assert.deepEqual(first, await wholeStateListing(store));
      await addArticles(store, [...inputs.slice(16), ...background('2021-05-20', 0)]);
      await updateStories(store);
      const second = await listStories(store);
      assert.notDeepEqual(second, first, 'the listing follows the new articles');
      assert.deepEqual(second, await wholeStateListing(store));
      assert.deepEqual(await listStories(store, { limit: 2 }), second.slice(0, 2));
      await store.close();
    });
  });
}

test('after a merge the listing shows the surviving stories as the state does', async () => {
  const store = new SqliteStore(tempDbPath());
  // A state whose run merged one story into another, continued with new articles.
  const fixture = readFileSync(FIXTURE, 'utf8');
  assert.ok(JSON.parse(fixture).aliases.length > 0);
  await store.saveState(STORY_STATE, fixture);
  await addArticles(store, stream().inputs.slice(0, 8).map((a) => ({ ...a, published: '2021-05-21' })));
  assert.equal(await updateStories(store), 8);
  const state = JSON.parse((await store.loadState(STORY_STATE))!);
  assert.ok(state.aliases.length > 0);
  assert.deepEqual(await listStories(store), await wholeStateListing(store));
  // The merges are saved on their own too, and give a story the ids the whole state gives it.
  const merges = await store.loadState(STORY_MERGES_STATE);
  assert.deepEqual(JSON.parse(merges!), { version: state.version, aliases: state.aliases });
  const whole = JSON.stringify(state);
  for (const [from, into] of state.aliases as [number, number][]) {
    assert.ok(StoryClusterer.membersIn(merges!, into).includes(from));
    assert.deepEqual(StoryClusterer.membersIn(merges!, into), StoryClusterer.membersIn(whole, into));
  }
  const story = (await listStories(store))[0]!.id;
  const withMerges = await storyArticleIds(store, story);
  assert.ok(withMerges.length > 0);
  store.db.prepare('DELETE FROM meta WHERE key = ?').run(STORY_MERGES_STATE);
  assert.deepEqual(await storyArticleIds(store, story), withMerges, 'a store without them reads the state');
  assert.equal(await updateStories(store), 0);
  assert.equal(await store.loadState(STORY_MERGES_STATE), merges, 'the next refresh saves them again');
  await store.close();
});

test('a store saved before there was a listing is answered from its state, then gets its listing', async () => {
  const store = new SqliteStore(tempDbPath());
  await addArticles(store, stream().inputs);
  await updateStories(store);
  const expected = await wholeStateListing(store);
  store.db.prepare('DELETE FROM meta WHERE key = ?').run(STORY_LIST_STATE);
  assert.deepEqual(await listStories(store), expected);
  assert.deepEqual(await listStories(store, { limit: 1 }), expected.slice(0, 1));
  assert.equal(await updateStories(store), 0);
  assert.ok(await store.loadState(STORY_LIST_STATE), 'the refresh saved a listing');
  assert.deepEqual(await listStories(store), expected);
  // A listing this build cannot read is passed over for the state.
  await store.saveState(STORY_LIST_STATE, '{"version":999,"stories":0}');
  assert.deepEqual(await listStories(store), expected);
  await store.close();
});
