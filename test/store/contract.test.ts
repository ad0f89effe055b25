// The Store contract: every method, run against each store (SQLite always, PostgreSQL when CHRONICLE_TEST_PG
// is set), with the same expected values — so the two stores cannot drift apart. The corpus is written
// through the write primitives directly; the dedupe policy built on them is tested in test/ingest/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Doc, EntityRef } from '../../src/types.js';
import type { PreparedArticle, Store } from '../../src/store/store.js';
import { STORE_KINDS } from '../helpers/stores.js';

function prepared(fields: Partial<PreparedArticle> & { text: string; published: string; origin: string }):
  PreparedArticle {
  return { hash: `hash:${fields.text}`, signature: new Uint32Array(0), ...fields };
}

const A = prepared({ text: 'The Harbour Bridge collapsed on Tuesday. The bridge had been closed for repairs, and ' +
  'Minister Ilse Marren visited the bridge at night.', published: '2023-03-15T08:00:00Z', origin: 'a.txt',
title: 'Bridge collapses', url: 'https://example.org/a', source: 'Wire', topic: 'bridge' });
const B = prepared({ text: 'Ferries replaced the crossing on Wednesday while divers searched the river below the ' +
  'old bridge for a second day.', published: '2023-03-16', origin: 'b.txt', title: 'Ferry service', topic: 'bridge' });
const C = prepared({ text: 'Marren resigned as transport minister on Friday, saying she took responsibility.',
  published: '2023-09-02', origin: 'c.txt', title: 'Minister resigns', topic: 'politics' });
const D = prepared({ text: 'Marren resigned as transport minister on Friday, saying she took full responsibility.',
  published: '2023-09-02', origin: 'd.txt' });

/** Writes A, B, C and D (a near-duplicate of C) and returns their ids. */
async function writeCorpus(store: Store): Promise<{ a: number; b: number; c: number; d: number }> {
  return store.transaction(async (tx) => {
    const ids: number[] = [];
    for (const x of [A, B, C]) {
      const id = await tx.insertArticle(x);
      await tx.addOrigin(id, x.origin);
      ids.push(id);
    }
    const d = await tx.insertArticle(D, { of: ids[2]!, similarity: 0.875 });
    await tx.addOrigin(d, D.origin);
    await tx.addOrigin(ids[0]!, 'a-copy.txt');
    return { a: ids[0]!, b: ids[1]!, c: ids[2]!, d };
  });
}

function doc(a: PreparedArticle, entities: Doc['entities'], quotes: Doc['quotes'] = []): Doc {
  return { text: a.text, published: a.published.slice(0, 10), sentences: [{ index: 0, start: 0, end: 10,
    text: a.text.slice(0, 10) }], timexes: [], entities, quotes };
}

const MARREN: EntityRef = { key: 'PERSON:ilse marren', kind: 'PERSON', name: 'Ilse Marren' };
const BRIDGE: EntityRef = { key: 'PLACE:harbour bridge', kind: 'PLACE', name: 'Harbour Bridge' };

for (const kind of STORE_KINDS) {
  describe(`store contract: ${kind.name}`, { skip: kind.skip }, () => {
    const fresh = async (): Promise<Store> => kind.open(await kind.location());

    test('an empty store answers every query with nothing', async () => {
      const store = await fresh();
      assert.equal(await store.countArticles(), 0);
      assert.equal(await store.dateSpan(), undefined);
      assert.deepEqual(await store.listArticles(), []);
      assert.equal(await store.getArticle(1), undefined);
      assert.deepEqual(await store.search('bridge'), []);
      assert.deepEqual(await store.searchIds('bridge'), []);
      assert.deepEqual(await store.articlesNeedingAnalysis(1), []);
      assert.equal(await store.getAnalysis(1), undefined);
      assert.deepEqual(await store.getAnalyses([]), new Map());
      assert.deepEqual(await store.listEntities(), []);
      assert.deepEqual(await store.articlesMentioning('Marren'), []);
      assert.deepEqual(await store.listQuotes(), []);
      assert.equal(await store.loadState('anything'), undefined);
      assert.deepEqual(await store.articlesWithoutStory(10), []);
      assert.deepEqual(await store.storyArticleIds(1), []);
      await store.close();
    });

    test('write primitives: hash lookup, origins, near-duplicate links and LSH candidates', async () => {
      const store = await fresh();
      await store.transaction(async (tx) => {
        const a = await tx.insertArticle(A);
        assert.equal(await tx.findByHash(A.hash), a);
        assert.equal(await tx.findByHash('hash:absent'), undefined);
        assert.equal(await tx.addOrigin(a, 'a.txt'), true);
        assert.equal(await tx.addOrigin(a, 'a.txt'), false, 'an origin already recorded is not added again');
        await tx.addBands(a, [5, 7]);
        const b = await tx.insertArticle(B, { of: a, similarity: 0.9 });
        await tx.addBands(b, [7, 9]);
        const byId = (xs: { id: number }[]): { id: number }[] => [...xs].sort((x, y) => x.id - y.id);
        assert.deepEqual(byId(await tx.nearCandidates([7])),
          [{ id: a, text: A.text }, { id: b, text: B.text, nearDuplicateOf: a }]);
        assert.deepEqual((await tx.nearCandidates([5, 7, 9])).length, 2, 'each candidate once');
        assert.deepEqual(await tx.nearCandidates([9]), [{ id: b, text: B.text, nearDuplicateOf: a }]);
        assert.deepEqual(await tx.nearCandidates([42]), []);
      });
      const [a, b] = await store.listArticles();
      assert.deepEqual([a!.origins, b!.origins, b!.nearDuplicateOf], [['a.txt'], [], a!.id]);
      await store.close();
    });

    test('a transaction that throws stores nothing; reads issued meanwhile see only committed rows', async () => {
      const store = await fresh();
      await writeCorpus(store);
      const failing = store.transaction(async (tx) => {
        await tx.insertArticle(prepared({ text: 'Lost', published: '2024-01-01', origin: 'lost.txt' }));
        await new Promise((r) => setTimeout(r, 20));
        throw new Error('abort');
      });
      const during = store.countArticles();
      await assert.rejects(failing, /abort/);
      assert.equal(await during, 4);
      assert.equal(await store.countArticles(), 4);
      assert.equal(await store.transaction(async (tx) => tx.findByHash('hash:Lost')), undefined);
      await store.close();
    });

    test('articles: get, list with every filter, count and date span', async () => {
      const store = await fresh();
      const ids = await writeCorpus(store);
      assert.equal(await store.countArticles(), 4);
      const expectedA: Article = { id: ids.a, published: A.published, text: A.text, origins: ['a-copy.txt', 'a.txt'],
        title: A.title!, url: A.url!, source: A.source!, topic: A.topic! };
      assert.deepEqual(await store.getArticle(ids.a), expectedA);
      assert.deepEqual(await store.getArticle(ids.d), { id: ids.d, published: D.published, text: D.text,
        origins: ['d.txt'], nearDuplicateOf: ids.c });
      const list = async (f: Parameters<Store['listArticles']>[0]): Promise<number[]> =>
        (await store.listArticles(f)).map((x) => x.id);
      assert.deepEqual(await list({}), [ids.a, ids.b, ids.c, ids.d]);
      assert.deepEqual(await list({ from: '2023-03-16' }), [ids.b, ids.c, ids.d]);
      assert.deepEqual(await list({ to: '2023-03-15' }), [ids.a], 'to compares the day, whatever the time');
      assert.deepEqual(await list({ topic: 'bridge' }), [ids.a, ids.b]);
      assert.deepEqual(await list({ ids: [ids.d, ids.a] }), [ids.a, ids.d]);
      assert.deepEqual(await list({ ids: [] }), []);
      assert.deepEqual(await list({ limit: 2 }), [ids.a, ids.b]);
      assert.deepEqual(await list({ excludeNearDuplicates: true }), [ids.a, ids.b, ids.c]);
      assert.deepEqual(await list({ from: '2023-03-01', to: '2023-12-31', topic: 'politics', limit: 5 }), [ids.c]);
      assert.deepEqual(await store.dateSpan(), { first: '2023-03-15', last: '2023-09-02' });
      await store.close();
    });

    test('full-text search: same hits in the same order, dates and limits respected', async () => {
      const store = await fresh();
      const ids = await writeCorpus(store);
      const hits = await store.search('bridge');
      assert.deepEqual(hits.map((h) => [h.articleId, h.title, h.published]),
        [[ids.a, 'Bridge collapses', A.published], [ids.b, 'Ferry service', B.published]]);
      assert.ok(hits[0]!.score > hits[1]!.score, 'higher score is the better match');
      assert.ok(hits.every((h) => h.snippet.includes('[')), 'snippets mark the match');
      assert.deepEqual((await store.search('bridge', { limit: 1 })).map((h) => h.articleId), [ids.a]);
      assert.deepEqual((await store.search('bridge', { from: '2023-03-16' })).map((h) => h.articleId), [ids.b]);
      assert.deepEqual((await store.search('Marren', { to: '2023-03-31' })).map((h) => h.articleId), [ids.a]);
      const later = await store.search('resigned', { from: '2023-06-01' });
      assert.deepEqual(later.map((h) => h.articleId).sort((x, y) => x - y), [ids.c, ids.d]);
      assert.equal(later.find((h) => h.articleId === ids.d)!.title, undefined);
      assert.deepEqual(await store.search('!!! ...'), []);
      assert.deepEqual(await store.search('"quote" -OR- (bad'), []);
      assert.deepEqual(await store.searchIds('ferries marren'), [ids.a, ids.b, ids.c, ids.d]);
      assert.deepEqual(await store.searchIds('marren', { from: '2023-03-16', to: '2023-09-01' }), []);
      assert.deepEqual(await store.searchIds('divers', { to: '2023-03-16' }), [ids.b]);
      assert.deepEqual(await store.searchIds('!!!'), []);
      // With a limit, the best-ranked matches only: never more, never an article that does not match.
      const ranked = await store.searchIds('ferries marren', { limit: 2 });
      assert.equal(ranked.length, 2);
      for (const id of ranked) assert.ok([ids.a, ids.b, ids.c, ids.d].includes(id));
      assert.deepEqual([...await store.searchIds('ferries marren', { limit: 50 })].sort((x, y) => x - y),
        [ids.a, ids.b, ids.c, ids.d]);
      // Article ids in publication order, as listArticles would list the articles.
      assert.deepEqual(await store.listArticleIds(), (await store.listArticles()).map((a) => a.id));
      assert.deepEqual(await store.listArticleIds({ from: '2023-06-01' }),
        (await store.listArticles({ from: '2023-06-01' })).map((a) => a.id));
      assert.deepEqual(await store.listArticleIds({ ids: [ids.d, ids.a] }), [ids.a, ids.d]);
      assert.deepEqual(await store.listArticleIds({ ids: [] }), []);
      await store.close();
    });

    test('analyses, entities and quotes', async () => {
      const store = await fresh();
      const ids = await writeCorpus(store);
      const m = (ref: EntityRef, start: number, text: string): Doc['entities'][number] =>
        ({ kind: ref.kind, name: ref.name, start, end: start + text.length, text });
      const docA = doc(A, [m(BRIDGE, 4, 'Harbour Bridge'), m(MARREN, 96, 'Ilse Marren')]);
      // the article's own canonical name is 'Marren'; the resolver tied it to the corpus entity Ilse Marren
      const docC = doc(C, [{ ...m(MARREN, 0, 'Marren'), name: 'Marren' }], [{ speaker: 'Marren', speakerText: 'she', cue: 'saying',
        text: 'she took responsibility', start: 56, end: 79, direct: false, saidOn: '2023-09-01' }]);
      // the second quote of B has no source at all: words the article gives no speaker for
      const docB = doc(B, [], [{ text: 'We keep searching', start: 0, end: 17, direct: true },
        { cue: 'searched', text: 'the river below the old bridge', start: 65, end: 95, direct: false }]);
      await store.saveAnalyses([
        { articleId: ids.a, version: 1, doc: docA, entityRefs: [BRIDGE, MARREN] },
        { articleId: ids.b, version: 2, doc: docB, entityRefs: [] },
        { articleId: ids.c, version: 2, doc: docC, entityRefs: [MARREN] },
      ]);
      assert.deepEqual(await store.getAnalysis(ids.a), docA);
      assert.deepEqual(await store.getAnalyses([ids.c, ids.d, ids.b]), new Map([[ids.b, docB], [ids.c, docC]]));
      assert.deepEqual(await store.articlesNeedingAnalysis(1), [ids.d]);
      assert.deepEqual(await store.articlesNeedingAnalysis(2), [ids.a, ids.d]);
      // Saving again replaces the rows of an article rather than adding to them.
      await store.saveAnalyses([{ articleId: ids.a, version: 2, doc: docA, entityRefs: [BRIDGE, MARREN] }]);
      assert.deepEqual(await store.listEntities(), [
        { key: MARREN.key, kind: 'PERSON', name: 'Ilse Marren', mentions: 2, articles: 2, first: '2023-03-15',
          last: '2023-09-02' },
        { key: BRIDGE.key, kind: 'PLACE', name: 'Harbour Bridge', mentions: 1, articles: 1, first: '2023-03-15',
          last: '2023-03-15' },
      ]);
      assert.deepEqual((await store.listEntities({ kind: 'PLACE' })).map((e) => e.name), ['Harbour Bridge']);
      assert.deepEqual((await store.listEntities({ limit: 1 })).map((e) => e.name), ['Ilse Marren']);
      assert.deepEqual(await store.articlesMentioning('ilse MARREN'), [ids.a, ids.c]);
      assert.deepEqual(await store.articlesMentioning('marren'), [ids.c], 'a mention as written also matches');
      // listed under the entity's name, the entity's key kept: every spelling of one speaker is one speaker
      const quoteC = { articleId: ids.c, published: C.published, title: 'Minister resigns', speaker: 'Ilse Marren',
        speakerKey: MARREN.key, speakerText: 'she', cue: 'saying', text: 'she took responsibility', start: 56, end: 79, direct: false,
        saidOn: '2023-09-01' };
      const quoteB = { articleId: ids.b, published: B.published, title: 'Ferry service', text: 'We keep searching',
        start: 0, end: 17, direct: true };
      const unsourced = { articleId: ids.b, published: B.published, title: 'Ferry service', cue: 'searched', text: 'the river below the old bridge',
        start: 65, end: 95, direct: false };
      assert.deepEqual(await store.listQuotes(), [quoteB, unsourced, quoteC]);
      assert.deepEqual(await store.listQuotes({ sourced: true }), [quoteB, quoteC], 'words with no source left out');
      assert.deepEqual(await store.listQuotes({ sourced: true, limit: 2 }), [quoteB, quoteC]);
      assert.deepEqual(await store.listQuotes({ speaker: 'marren' }), [quoteC]);
      assert.deepEqual(await store.listQuotes({ speaker: 'SHE' }), [quoteC], 'speaker as written matches too');
      assert.deepEqual(await store.listQuotes({ limit: 1 }), [quoteB]);
      assert.deepEqual(await store.listQuotes({ entity: { name: 'ilse MARREN', kind: 'PERSON' } }), [quoteC]);
      assert.deepEqual(await store.listQuotes({ entity: { name: 'Ilse Marren', kind: 'ORG' } }), []);
      await store.close();
    });

    test('component state and story assignments', async () => {
      const store = await fresh();
      const ids = await writeCorpus(store);
      await store.saveState('resolver', '{"v":1}');
      await store.saveState('resolver', '{"v":2}');
      assert.equal(await store.loadState('resolver'), '{"v":2}');
      assert.equal(await store.hasState('resolver'), true);
      assert.equal(await store.hasState('never-saved'), false);
      assert.deepEqual(await store.articlesWithoutStory(10), [], 'only analysed articles can join a story');
      await store.saveAnalyses([ids.d, ids.c, ids.b, ids.a].map((articleId) =>
        ({ articleId, version: 1, doc: doc(A, []), entityRefs: [] })));
      assert.deepEqual(await store.articlesWithoutStory(10), [ids.a, ids.b, ids.c, ids.d]);
      assert.deepEqual(await store.articlesWithoutStory(2), [ids.a, ids.b]);
      await store.saveStoryAssignments([{ articleId: ids.a, storyId: 7, eventId: 1 },
        { articleId: ids.b, storyId: 7, eventId: 2 }], { name: 'my-clusterer', json: '{"stories":1}' });
      assert.equal(await store.loadState('my-clusterer'), '{"stories":1}');
      assert.equal(await store.loadState('story-clusterer'), undefined, 'the store names no component');
      assert.deepEqual(await store.storyArticleIds(7), [ids.a, ids.b]);
      assert.deepEqual(await store.articlesWithoutStory(10), [ids.c, ids.d]);
      await store.saveStoryAssignments([{ articleId: ids.b, storyId: 8, eventId: 1 }],
        { name: 'my-clusterer', json: '{"stories":2}' });
      assert.deepEqual([await store.storyArticleIds(7), await store.storyArticleIds(8)], [[ids.a], [ids.b]]);
      // Assignments page by article id, as a relabelling reads them.
      assert.deepEqual(await store.storyAssignments(0, 10), [{ articleId: ids.a, storyId: 7, eventId: 1 }, { articleId: ids.b, storyId: 8, eventId: 1 }]);
      assert.deepEqual(await store.storyAssignments(ids.a, 1), [{ articleId: ids.b, storyId: 8, eventId: 1 }]);
      await store.saveStoryAssignments([], { name: 'my-clusterer', json: '{"stories":3}' });
      assert.equal(await store.loadState('my-clusterer'), '{"stories":3}');
      await store.close();
    });
  });
}
