// Bounded work per timeline request: when more articles match than a request may read, the timeline is built
// from that many (the best-ranked and an even spread over time), says so, and cites only articles it read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestItems, timelineRequest } from '../../src/service/index.js';
import { boundArticles, TIMELINE_TEXT_CHARS } from '../../src/service/bound.js';
import { timelineDocs } from '../../src/service/timelineDocs.js';
import type { Store } from '../../src/store/store.js';
import type { RawArticle, SourceItem } from '../../src/types.js';
import { describeMatch } from '../../src/timeline/query.js';
import { STORE_KINDS } from '../helpers/stores.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

// One article a month about the ferry strike; the word "strike" is repeated more in the later ones.
const ARTICLES: RawArticle[] = MONTHS.map((month, i) => ({
  origin: `m${i + 1}`,
  published: `2021-${String(i + 1).padStart(2, '0')}-20`,
  text: `The ferry crews of the northern line held a strike on ${month} 19, 2021 over pay number ${i + 1}. ` +
    `${'The strike closed the harbour. '.repeat(1 + (i % 3))}Passengers waited for buses on ${month} 19, 2021.`,
}));

async function* itemsOf(articles: RawArticle[]): AsyncGenerator<SourceItem> {
  for (const article of articles) yield { kind: 'article', article };
}

for (const kind of STORE_KINDS) {
  describe(`timeline requests read a bounded number of articles (${kind.name})`, { skip: kind.skip }, () => {
    let store: Store;
    before(async () => {
      store = await kind.open(await kind.location());
      await ingestItems(store, itemsOf(ARTICLES));
    });
    after(async () => { await store?.close(); });

    test('within the limit nothing is left out and nothing is said about it', async () => {
      const t = await timelineRequest(store, { query: 'ferry strike' });
      assert.equal(t.matched?.read, undefined);
      assert.equal(t.matched?.query?.articles, 12);
    });

    test('over the limit: read only that many, say so, cite only what was read', async () => {
      const t = await timelineRequest(store, { query: 'ferry strike', maxArticles: 4 });
      assert.deepEqual(t.matched?.read, { articles: 4, of: 12 });
      const cited = new Set(t.entries.flatMap((e) => e.sentences.map((s) => s.articleId)));
      assert.ok(cited.size >= 1 && cited.size <= 4, `cited ${cited.size} articles`);
      assert.match(describeMatch(t.matched) ?? '', /built from 4 of the 12 matching articles/);
    });

    test('an entity-free, query-free request is bounded too and spread over the whole period', async () => {
      const all = await store.listArticleIds({ excludeNearDuplicates: true });
      const picked = await boundArticles(store, all, 4);
      assert.equal(picked.length, 4);
      const months = (await store.listArticles({ ids: picked })).map((a) => Number(a.published.slice(5, 7)));
      assert.ok(months[0]! <= 3 && months.at(-1)! >= 9, `picked months ${months.join(', ')}`);
    });

    test('ranked picks come from the matches of the query, in publication order', async () => {
      const all = await store.listArticleIds({ excludeNearDuplicates: true });
      const picked = await boundArticles(store, all, 6, { text: 'strike', match: 'all' });
      assert.equal(picked.length, 6);
      assert.equal(new Set(picked).size, 6);
      const order = picked.map((id) => all.indexOf(id));
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    });
  });
}

// A page whose story is followed by a long run of reader comments: a request reads its first TIMELINE_TEXT_CHARS.
const LONG_PAGE: RawArticle = {
  origin: 'long-page',
  published: '2021-11-02',
  text: 'Harbour pilots in Velmora walked out on November 1, 2021, said union leader Dana Pirelli. ' +
    'Pirelli said the strike would last a week. ' +
    'Reader comment: the ferries should run on time and the pilots deserve better pay. '.repeat(600) +
    'Pirelli said the harbour reopened on December 24, 2021.',
};

for (const kind of STORE_KINDS) {
  describe(`timeline requests read a bounded part of a very long page (${kind.name})`, { skip: kind.skip }, () => {
    let store: Store;
    before(async () => {
      store = await kind.open(await kind.location());
      await ingestItems(store, itemsOf([...ARTICLES, LONG_PAGE]));
    });
    after(async () => { await store?.close(); });

    test('the sentences past the bound are left out, the ones before it kept, with their entity mentions', async () => {
      assert.ok(LONG_PAGE.text.length > TIMELINE_TEXT_CHARS);
      const [id] = await store.searchIds('Velmora pilots', { match: 'all' });
      const articles = await store.listArticles({ ids: [id!], textChars: TIMELINE_TEXT_CHARS });
      assert.equal(articles[0]!.text, LONG_PAGE.text.slice(0, TIMELINE_TEXT_CHARS));
      const [doc] = await timelineDocs(store, articles, true, true, true, TIMELINE_TEXT_CHARS);
      assert.ok(doc && doc.sentences.length > 2, 'the story and some comments are read');
      assert.ok(doc.sentences.every((s) => s.end <= TIMELINE_TEXT_CHARS));
      assert.ok(doc.sentences.some((s) => s.text.includes('walked out')));
      assert.ok(!doc.sentences.some((s) => s.text.includes('reopened')));
      assert.ok(doc.entities?.some((m) => m.text === 'Dana Pirelli'));
      assert.ok(doc.entities?.every((m) => m.end <= TIMELINE_TEXT_CHARS));
    });

    test('a timeline cites nothing from past the bound, and its own dates come from the story', async () => {
      const t = await timelineRequest(store, { query: 'Pirelli' });
      const texts = t.entries.flatMap((e) => e.sentences.map((s) => s.text));
      assert.ok(texts.some((s) => s.includes('walked out')), texts.join(' | '));
      assert.ok(!texts.some((s) => s.includes('reopened')), texts.join(' | '));
      assert.ok(!t.entries.some((e) => e.date.startsWith('2021-12-24')));
    });
  });
}
