// Query semantics through the service and the CLI, on both stores: a two-word name matches as a phrase (other
// Michaels and other Jacksons stay out), a query naming a known entity also finds its surname, words used apart
// match as all words, any word only as a stated fallback, and --entity keeps only sentences about the entity.
// Search lists phrase matches first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/server/app.js';
import { ingestItems, searchArticles, ServiceError, timelineRequest } from '../../src/service/index.js';
import type { Store } from '../../src/store/store.js';
import type { RawArticle, SourceItem, Timeline } from '../../src/types.js';
import { cli } from '../helpers/cli.js';
import { STORE_KINDS } from '../helpers/stores.js';

const ARTICLES: RawArticle[] = [
  { origin: 'a1', published: '2009-06-26', title: 'Singer dies', text:
    'Pop star Michael Jackson died on June 25, 2009 at his home in Los Angeles. ' +
    'Jackson had been rehearsing for a run of London concerts. He was 50 years old.' },
  { origin: 'a2', published: '2009-07-08', title: 'Memorial held', text:
    'A memorial for Michael Jackson was held in Los Angeles on July 7, 2009. ' +
    'Fans of Jackson queued outside the Staples Center for hours.' },
  { origin: 'a3', published: '2009-08-29', title: 'Inquiry', text:
    'Police said on August 28, 2009 that Michael Jackson died of an overdose. ' +
    'Jackson had taken a strong anaesthetic the night he died.' },
  { origin: 'b1', published: '2009-07-02', title: 'Old campaign recalled', text:
    'Michael Dukakis campaigned in Boston on July 1, 2009 for a health bill. ' +
    'Jesse Jackson joined the rally on July 1, 2009 and spoke about jobs.' },
  { origin: 'c1', published: '2010-05-03', title: 'Gulf spill', text:
    'The oil spill reached the coast of Louisiana on May 2, 2010. ' +
    'Crews laid booms along the marshes on May 2, 2010 as the oil spill spread.' },
  { origin: 'c2', published: '2011-03-02', title: 'Libya turmoil', text:
    'Turmoil in Libya pushed the price of oil higher on March 1, 2011. ' +
    'Analysts feared the fighting could spill over into Tunisia on March 1, 2011.' },
  // "US" is a common word once folded ("us"): the entity, not the pronoun, is what a query for it means.
  { origin: 'u1', published: '2012-01-10', title: 'Sanctions', text:
    'The US imposed new sanctions on Velmora on January 9, 2012. Officials in the US said more would follow.' },
  { origin: 'u2', published: '2012-02-15', title: 'Envoy', text:
    'The US sent an envoy to Velmora on February 14, 2012, officials said.' },
  { origin: 'u3', published: '2012-03-20', title: 'Talks', text:
    'Talks between the US and Velmora resumed on March 19, 2012.' },
  { origin: 'u4', published: '2012-03-26', title: 'Sermon', text:
    'Let us pray for peace, the bishop told worshippers on March 25, 2012.' },
];

async function* itemsOf(articles: RawArticle[]): AsyncGenerator<SourceItem> {
  for (const article of articles) yield { kind: 'article', article };
}

const texts = (t: Timeline): string[] => t.entries.flatMap((e) => e.sentences.map((s) => s.text));

for (const kind of STORE_KINDS) {
  describe(`timeline queries (${kind.name})`, { skip: kind.skip }, () => {
    let store: Store;
    let location = '';
    before(async () => {
      location = await kind.location();
      store = await kind.open(location);
      await ingestItems(store, itemsOf(ARTICLES));
    });
    after(async () => { await store?.close(); });

    test('a two-word name matches as a phrase and its surname through the entity, never other Michaels', async () => {
      const t = await timelineRequest(store, { query: 'Michael Jackson' });
      assert.equal(t.matched?.query?.mode, 'phrase');
      assert.deepEqual(t.matched?.query?.terms, ['michael jackson']);
      assert.equal(t.matched?.query?.articles, 3);
      assert.ok(texts(t).length > 0);
      for (const s of texts(t)) assert.doesNotMatch(s, /Dukakis|Jesse/);
    });

    test('a query of common words only is refused, unless it is a known entity\'s name ("US"): its timeline', async () => {
      const t = await timelineRequest(store, { query: 'US' });
      assert.ok(t.matched?.entity, JSON.stringify(t.matched));
      assert.ok(texts(t).some((s) => /Velmora/.test(s)), texts(t).join(' | '));
      for (const s of texts(t)) assert.doesNotMatch(s, /bishop|Jackson|oil/);
      await assert.rejects(timelineRequest(store, { query: 'the' }),
        (e: Error) => e instanceof ServiceError && /only common words/.test(e.message));
    });

    test('"oil spill" leaves out oil in turmoil and trouble that may spill over', async () => {
      const t = await timelineRequest(store, { query: 'oil spill' });
      assert.equal(t.matched?.query?.mode, 'phrase');
      assert.equal(t.matched?.query?.articles, 1);
      for (const s of texts(t)) assert.match(s, /oil spill/);
    });

    test('words used apart match as all words; any word only with a note saying so', async () => {
      const all = await timelineRequest(store, { query: 'Libya price' });
      assert.equal(all.matched?.query?.mode, 'all');
      assert.equal(all.matched?.query?.articles, 1);
      const any = await timelineRequest(store, { query: 'Louisiana Tunisia' });
      assert.equal(any.matched?.query?.mode, 'any');
      assert.match(any.matched?.query?.note ?? '', /any of them/);
      assert.equal(any.matched?.query?.articles, 2);
    });

    test('--entity keeps only sentences about the entity (a mention, its surname or a pronoun)', async () => {
      const t = await timelineRequest(store, { entity: 'Michael Jackson' });
      assert.equal(t.matched?.entity?.name, 'Michael Jackson');
      assert.ok(texts(t).length > 0);
      for (const s of texts(t)) assert.match(s, /Jackson|\bhe\b|\bhis\b/i);
      for (const s of texts(t)) assert.doesNotMatch(s, /Dukakis|Jesse/);
    });

    test('search lists articles with the phrase first, then all the words, then any of them', async () => {
      const hits = await searchArticles(store, 'Michael Jackson', { limit: 10 });
      const titles = hits.map((h) => h.title);
      assert.deepEqual(new Set(titles.slice(0, 3)), new Set(['Singer dies', 'Memorial held', 'Inquiry']));
      assert.equal(titles[3], 'Old campaign recalled');
      assert.equal((await store.searchIds('oil spill', { match: 'phrase' })).length, 1);
      assert.equal((await store.searchIds('oil spill', { match: 'all' })).length, 2);
      assert.equal((await store.searchIds('Louisiana Tunisia', { match: 'all' })).length, 0);
      assert.equal((await store.searchIds('Louisiana Tunisia')).length, 2);
    });

    test('the API returns what the query matched', async () => {
      const app = await buildApp({ store });
      try {
        const res = await app.inject({ method: 'GET', url: '/api/timeline?query=oil%20spill' });
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json() as Timeline;
        assert.deepEqual(body.matched?.query, { mode: 'phrase', terms: ['oil spill'], articles: 1 });
      } finally {
        await app.close();
      }
    });

    test('the CLI prints what the query matched', async () => {
      const run = await cli(['--db', location, 'timeline', '--query', 'Michael Jackson']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^matched: phrase "michael jackson" or entity Michael Jackson \(also as jackson\) in 3 article\(s\)$/m);
    });
  });
}
