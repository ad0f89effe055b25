// Story assignment over a large batch: the clusterer's state, which grows with the corpus, is saved a bounded
// number of times per doubling of the batch rather than after every page, and the assignments are the ones a
// clusterer fed the same pages gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { updateStories } from '../../src/service/refresh.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { StoryClusterer, type StoryInput } from '../../src/stories/index.js';
import { tempDbPath } from '../helpers/stores.js';

const TOPICS = ['The bridge over the river reopened after flood repairs', 'The mayor announced a new budget for schools',
  'Striking port workers blocked the harbour again'];

test('updateStories saves its state a few times for many pages, with the same assignments as page by page', async () => {
  const store = new SqliteStore(tempDbPath());
  const inputs: StoryInput[] = [];
  for (let i = 0; i < 60; i++) {
    const published = `2023-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    const text = `${TOPICS[i % 3]} on day ${i}. Officials said more work was needed.`;
    const id = await store.transaction((tx) => tx.insertArticle({ text, published, origin: 'o', hash: `h${i}`,
      signature: new Uint32Array(0) }));
    await store.saveAnalyses([{ articleId: id, version: 1, entityRefs: [],
      doc: { text, published, sentences: [], timexes: [], entities: [], quotes: [] } }]);
    inputs.push({ id, published, text });
  }
  let saves = 0;
  const save = store.saveStoryAssignments.bind(store);
  store.saveStoryAssignments = (items, state, also) => { saves++; return save(items, state, also); };
  assert.equal(await updateStories(store, 4), 60);
  assert.ok(saves < 15 / 2, `15 pages, ${saves} saves of the state`);
  assert.deepEqual(await store.articlesWithoutStory(100), []);

  // The same pages (oldest first, 4 at a time) given to a fresh clusterer.
  const order = inputs.sort((a, b) => a.published.localeCompare(b.published) || a.id - b.id);
  const direct = new StoryClusterer();
  const expected = new Map<number, number>();
  for (let i = 0; i < order.length; i += 4) for (const a of direct.add(order.slice(i, i + 4))) expected.set(a.articleId, a.storyId);
  const rows = store.db.prepare('SELECT article_id, story_id FROM article_stories').all() as { article_id: number; story_id: number }[];
  assert.deepEqual(new Map(rows.map((r) => [r.article_id, r.story_id])), expected);
  await store.close();
});
