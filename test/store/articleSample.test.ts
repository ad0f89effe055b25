// Sampling the articles of a well-covered entity (Store.sampleArticleIds): when one condition of names selects far
// more articles than a request reads, the store hands back an even part of them by id hash, in publication order,
// with an estimate of the whole; a small or mixed selection comes back whole and exact.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestItems, timelineRequest } from '../../src/service/index.js';
import { describeMatch } from '../../src/timeline/query.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import type { RawArticle, SourceItem } from '../../src/types.js';
import { tempDbPath } from '../helpers/stores.js';

const DAYS = 120;
const WORDS = ['cargo', 'ferries', 'cranes', 'tugboats', 'grain', 'timber', 'steel', 'coal', 'fuel', 'fish', 'salt',
  'wool', 'copper', 'cement', 'paper', 'glass', 'rice', 'sugar', 'cotton', 'rubber', 'tin', 'zinc', 'olive', 'wine'];
/** Words of article i, different enough from every other article's that none is taken for a near-duplicate. */
function wordsOf(i: number): string {
  let x = i * 7919 + 17;
  return Array.from({ length: 14 }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return WORDS[x % WORDS.length];
  }).join(' ');
}
// Every article names the harbour master; every tenth also names the union leader.
const ARTICLES: RawArticle[] = Array.from({ length: DAYS }, (_, i) => {
  const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
  const lead = i % 10 === 0 ? 'Union leader Dana Pirelli answered. ' : '';
  return { origin: `o${i}`, published: day, text: `${lead}Harbour master Marco Ferreti listed ${wordsOf(i)}. ` +
    `Dockers moved ${wordsOf(i + 1000)} on ${day}.` };
});

async function* itemsOf(articles: RawArticle[]): AsyncGenerator<SourceItem> {
  for (const article of articles) yield { kind: 'article', article };
}

describe('sampling the articles of a well-covered entity (SQLite)', () => {
  let store: Store;
  before(async () => {
    store = new SqliteStore(tempDbPath());
    await ingestItems(store, itemsOf(ARTICLES));
  });
  after(async () => { await store?.close(); });

  test('a large selection: an even part in publication order, with an estimate of the whole', async () => {
    const filter = { excludeNearDuplicates: true, where: [{ names: ['Marco Ferreti'] }] };
    const all = await store.listArticleIds(filter);
    assert.equal(all.length, DAYS);
    const sample = await store.sampleArticleIds!(filter, 10);
    assert.equal(sample.exact, false);
    assert.ok(sample.ids.length >= 15 && sample.ids.length <= 60, `about 30 of ${DAYS}: ${sample.ids.length}`);
    const order = new Map(all.map((id, i) => [id, i]));
    const places = sample.ids.map((id) => order.get(id));
    assert.ok(places.every((p) => p !== undefined), 'only matching articles');
    assert.deepEqual(places, [...places].sort((a, b) => a! - b!), 'publication order');
    // Spread over the whole run, not bunched at one end.
    assert.ok(places.filter((p) => p! < DAYS / 2).length >= sample.ids.length / 4);
    assert.ok(places.filter((p) => p! >= DAYS / 2).length >= sample.ids.length / 4);
    assert.ok(Math.abs(sample.total - DAYS) <= DAYS / 2, `estimate ${sample.total} of ${DAYS}`);
  });

  test('a small selection, or one mixed with ids, comes back whole', async () => {
    const few = { where: [{ names: ['Dana Pirelli'] }] };
    assert.deepEqual(await store.sampleArticleIds!(few, 10),
      { ids: await store.listArticleIds(few), total: 12, exact: true });
    // A date window narrows further than the posting's count tells: nothing is thinned.
    const late = { from: '2021-04-01', where: [{ names: ['Marco Ferreti'] }] };
    const window = await store.sampleArticleIds!(late, 10);
    assert.equal(window.exact, true);
    assert.deepEqual(window.ids, await store.listArticleIds(late));
    const mixed = { where: [{ names: ['Marco Ferreti'], ids: [1] }] };
    const whole = await store.sampleArticleIds!(mixed, 10);
    assert.equal(whole.exact, true);
    assert.deepEqual(whole.ids, await store.listArticleIds(mixed));
  });

  test('an entity timeline over many articles reads a spread of a sample and says the count is estimated', async () => {
    const t = await timelineRequest(store, { entity: 'Marco Ferreti', maxArticles: 3 });
    assert.equal(t.matched?.read?.articles, 3);
    assert.equal(t.matched?.read?.estimated, true);
    assert.ok(Math.abs(t.matched!.read!.of - DAYS) <= DAYS / 2, `estimate ${t.matched!.read!.of}`);
    assert.match(describeMatch(t.matched) ?? '', /built from 3 of about \d+ matching articles \(an even spread/);
    const cited = new Set(t.entries.flatMap((e) => e.sentences.map((s) => s.articleId)));
    assert.ok(cited.size >= 1 && cited.size <= 3, `cited ${cited.size} articles`);
  });
});
