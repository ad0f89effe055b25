// /api/follow through app.inject on the example corpus split by date: create, list, view, edit, new articles
// arrive, what's new since the last view, export; errors name the parameter and list the saved timelines.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { ingestItems, readPaths, refresh } from '../../src/service/index.js';
import type { Store } from '../../src/store/store.js';
import { splitExamples } from '../helpers/examples.js';
import { STORE_KINDS } from '../helpers/stores.js';

async function ingest(store: Store, folder: string): Promise<void> {
  await ingestItems(store, readPaths([folder]), { analyze: false });
  await refresh(store);
}

interface Entry { date: string; status?: string; sentences: { key: string }[] }

for (const kind of STORE_KINDS) {
  describe(`/api/follow (${kind.name})`, { skip: kind.skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    const halves = splitExamples();

    before(async () => {
      store = await kind.open(await kind.location());
      app = await buildApp({ store });
      await ingest(store, halves.first);
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    test('create, list, view, edit, new articles, what is new, export, delete', async () => {
      let res = await app.inject({ method: 'POST', url: '/api/follow', payload: { name: 'bridge', query: 'Harbour Bridge' } });
      assert.equal(res.statusCode, 201, res.body);
      assert.ok(res.json().entries > 0);
      res = await app.inject({ method: 'POST', url: '/api/follow', payload: { name: 'bridge', query: 'ferry' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /already exists/);
      res = await app.inject({ method: 'POST', url: '/api/follow', payload: { name: 'c', query: 'ferry', method: 'clust' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /^body: 'method': the 'clust' method was retired .*use 'datewise'/);

      res = await app.inject('/api/follow/bridge/timeline');
      assert.equal(res.statusCode, 200, res.body);
      const first = res.json().entries as Entry[];
      const hiddenKey = first[0]!.sentences[0]!.key;
      res = await app.inject({ method: 'POST', url: '/api/follow/bridge/edit', payload: { op: 'hide-sentence', key: hiddenKey } });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().edits, 1);
      res = await app.inject({ method: 'POST', url: '/api/follow/bridge/edit', payload: { op: 'headline', text: 'x' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /'date' is required/);
      res = await app.inject({ method: 'POST', url: '/api/follow/bridge/edit', payload: { op: 'pin', date: '1999-01-01' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /'pin': the timeline has no entry on 1999-01-01/);
      res = await app.inject('/api/follow/bridge/timeline?format=text');
      assert.equal(res.statusCode, 200);

      await ingest(store, halves.second);
      res = await app.inject('/api/follow');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json()[0].name, 'bridge');
      assert.ok(res.json()[0].unread > 0, res.body);

      res = await app.inject('/api/follow/bridge/timeline?since=last-view');
      assert.equal(res.statusCode, 200, res.body);
      const view = res.json() as { digest: { new: number }; entries: Entry[] };
      assert.ok(view.digest.new > 0);
      assert.ok(view.entries.some((e) => e.status === 'new' && e.date >= '2023-07'));
      assert.ok(!view.entries.some((e) => e.sentences.some((s) => s.key === hiddenKey)), 'hidden sentence is back');
      res = await app.inject('/api/follow/bridge/timeline?since=yesterday');
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /'since': 'yesterday' is not a date/);

      res = await app.inject('/api/follow/bridge/export?format=html&download=true');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.match(String(res.headers['content-disposition']), /attachment/);
      res = await app.inject('/api/follow/bridge/export?format=tilse');
      assert.equal(res.statusCode, 400);
      res = await app.inject('/api/follow/bridge');
      assert.ok(res.json().lastExported);

      res = await app.inject('/api/follow/brige');
      assert.equal(res.statusCode, 404);
      assert.match(res.json().error.message, /saved timelines: bridge/);
      res = await app.inject({ method: 'DELETE', url: '/api/follow/bridge' });
      assert.equal(res.statusCode, 204);
      res = await app.inject('/api/follow');
      assert.deepEqual(res.json(), []);
    });
  });
}

describe('/api/follow: a timeline saved with the retired clust method', () => {
  test('lists, loads and rebuilds as datewise', async () => {
    const kind = STORE_KINDS.find((k) => !k.skip && k.name === 'postgres') ?? STORE_KINDS[0]!;
    const store = await kind.open(await kind.location());
    const app = await buildApp({ store });
    try {
      const halves = splitExamples();
      await ingest(store, halves.first);
      // As an older Chronicle saved it, before the method was retired.
      await store.saved.create({ name: 'old', definition: JSON.stringify({ query: 'Harbour Bridge', method: 'clust' }),
        createdAt: new Date().toISOString() });
      let res = await app.inject('/api/follow');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json()[0].definition.method, 'datewise');
      res = await app.inject('/api/follow/old/timeline');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().method, 'datewise');
      assert.ok(res.json().entries.length > 0);
      await ingest(store, halves.second);
      res = await app.inject('/api/follow/old/timeline?since=last-view');
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(res.json().entries.some((e: Entry) => e.status === 'new'), 'rebuilt with the new articles');
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('/api/follow names', () => {
  test('a name no saved timeline could have is a 404 listing the saved ones, on every route', async () => {
    const kind = STORE_KINDS.find((k) => !k.skip && k.name === 'postgres') ?? STORE_KINDS[0]!;
    const store = await kind.open(await kind.location());
    const app = await buildApp({ store });
    try {
      for (const [method, url] of [['GET', '/api/follow/%00'], ['DELETE', '/api/follow/a%00b'],
        ['GET', '/api/follow/%01/timeline'], ['GET', '/api/follow/%00/export']] as const) {
        const res = await app.inject({ method, url });
        assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
        assert.match(res.json().error.message, /no timeline is saved yet/);
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});
