// The HTTP API through app.inject: ingest, every query route, validation, limits, errors, auth, OpenAPI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, startServer } from '../../src/server/app.js';
import { bindRefusal, isLoopbackAuthority, isLoopbackHost, isPublicRoute } from '../../src/server/auth.js';
import { publicOrigin } from '../../src/server/routes/query.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from '../helpers/stores.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

async function upload(app: FastifyInstance, name: string): Promise<{ statusCode: number; json: Record<string, unknown> }> {
  const res = await app.inject({
    method: 'POST', url: `/api/ingest?filename=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream' }, payload: readFileSync(join(FIXTURES, name)),
  });
  return { statusCode: res.statusCode, json: res.json() };
}

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;

  before(async () => {
    store = await openStore(tempDbPath());
    app = await buildApp({ store, limits: { json: 64 * 1024, upload: 256 * 1024 } });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('an empty store answers timeline requests with a 422 explaining why', async () => {
    const res = await app.inject('/api/timeline');
    assert.equal(res.statusCode, 422);
    assert.match(res.json().error.message, /empty/);
  });

  test('uploaded files are ingested and analysed; a second upload is a duplicate', async () => {
    for (const name of readdirSync(FIXTURES).sort()) {
      const { statusCode, json } = await upload(app, name);
      assert.equal(statusCode, 200, JSON.stringify(json));
      assert.equal(json.new, 1, name);
      assert.equal(json.analyzed, 1, name);
    }
    const again = await upload(app, '2024-05-02-orrin-dam-crack.txt');
    assert.equal(again.json.new, 0);
    assert.equal(Number(again.json.duplicate) + Number(again.json.unchanged), 1);
  });

  test('JSON articles are ingested with their source', async () => {
    const res = await app.inject({
      method: 'POST', url: '/api/ingest',
      payload: { articles: [{ published: '2024-07-01', source: 'Marrow Post', title: 'Dam refilled',
        text: 'The Orrin Dam reservoir was refilled on Monday, the Marrowland Water Authority said. ' +
          'Talia Verhoef, who resigned in June, did not comment.' }] },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().new, 1);
    const sources = (await app.inject('/api/sources')).json();
    assert.deepEqual(sources, [{ source: 'Marrow Post', articles: 1 }]);
  });

  test('status, search and article list reflect the stored articles', async () => {
    const status = (await app.inject('/api/status')).json();
    assert.equal(status.articles, 6);
    assert.equal(status.first, '2024-05-02');
    const hits = (await app.inject('/api/search?q=evacuated')).json();
    assert.ok(hits.length >= 1);
    for (const h of hits) assert.match(h.snippet, /evacua/i);
    const list = (await app.inject('/api/articles?from=2024-05&to=2024-05&limit=10')).json();
    assert.equal(list.length, 4);
    assert.ok(list.every((a: { published: string; text?: string }) => a.published.startsWith('2024-05') && a.text === undefined));
  });

  test('an article comes with its annotations and offsets into its text', async () => {
    const id = (await app.inject('/api/search?q=inquiry%20blames')).json()[0].articleId;
    const res = await app.inject(`/api/articles/${id}`);
    assert.equal(res.statusCode, 200);
    const a = res.json();
    assert.equal(a.analysed, true);
    assert.ok(a.sentences.length >= 3);
    for (const layer of [a.sentences, a.timexes, a.entities, a.quotes]) {
      for (const x of layer) assert.equal(a.article.text.slice(x.start, x.end), x.text);
    }
    assert.ok(a.timexes.some((t: { value: string }) => t.value.startsWith('2024-06')), JSON.stringify(a.timexes));
    assert.ok(a.quotes.some((q: { text: string }) => /warning signs/.test(q.text)));
    assert.equal((await app.inject('/api/articles/99999')).statusCode, 404);
  });

  test('entities, mentions over time, quotes and stories', async () => {
    const entities = (await app.inject('/api/entities?limit=50')).json();
    assert.ok(entities.length > 0);
    const people = (await app.inject('/api/entities?kind=PERSON')).json();
    assert.ok(people.every((e: { kind: string }) => e.kind === 'PERSON'));
    const verhoef = entities.find((e: { name: string }) => /Verhoef/.test(e.name));
    assert.ok(verhoef, JSON.stringify(entities.map((e: { name: string }) => e.name)));
    const mentions = (await app.inject(`/api/entities/mentions?name=${encodeURIComponent(verhoef.name)}`)).json();
    assert.ok(mentions.articles >= 3);
    assert.equal(mentions.byDate.reduce((s: number, d: { articles: number }) => s + d.articles, 0), mentions.articles);
    assert.equal((await app.inject('/api/entities/mentions?name=Nobody%20Atall')).statusCode, 404);
    const quotes = (await app.inject('/api/quotes')).json();
    assert.ok(quotes.length >= 3);
    assert.ok(quotes.every((q: { articleId: number; text: string }) => q.articleId > 0 && q.text.length > 0));
    // a resolved speaker comes with its entity's key, so a client can group one speaker's quotes
    const named = quotes.filter((q: { speaker?: string }) => q.speaker);
    assert.ok(named.length > 0 && named.every((q: { speakerKey?: string }) => typeof q.speakerKey === 'string'), JSON.stringify(named));
    // every listed quote has a source unless words with none are asked for too
    type Q = { direct: boolean; speaker?: string; speakerText?: string };
    assert.ok(quotes.every((q: Q) => q.direct || q.speaker || q.speakerText), JSON.stringify(quotes));
    const withUnsourced = await app.inject('/api/quotes?unsourced=true');
    assert.equal(withUnsourced.statusCode, 200, withUnsourced.body);
    assert.ok(withUnsourced.json().length >= quotes.length);
    const stories = await app.inject('/api/stories');
    assert.equal(stories.statusCode, 200, stories.body);
    assert.ok(stories.json().length >= 1);
  });

  test('timelines in every format, with filters', async () => {
    const res = await app.inject('/api/timeline?query=dam');
    assert.equal(res.statusCode, 200, res.body);
    const t = res.json();
    assert.ok(t.entries.length >= 2);
    for (const e of t.entries) for (const s of e.sentences) assert.ok(s.articleId > 0 && s.text.length > 0);
    const dates = t.entries.map((e: { date: string }) => e.date);
    assert.deepEqual(dates, [...dates].sort());

    const ranged = (await app.inject('/api/timeline?from=2024-05-05&to=2024-05-31')).json();
    for (const e of ranged.entries) assert.ok(e.date >= '2024-05' && e.date <= '2024-05-31', e.date);

    const md = await app.inject('/api/timeline?query=dam&format=md&download=true');
    assert.equal(md.statusCode, 200);
    assert.match(String(md.headers['content-type']), /markdown/);
    assert.match(String(md.headers['content-disposition']), /timeline\.md/);
    const tjs = await app.inject('/api/timeline?query=dam&format=timelinejs');
    assert.equal(tjs.statusCode, 200);
    assert.doesNotThrow(() => JSON.parse(tjs.body));

    const bySource = await app.inject('/api/timeline?source=Marrow%20Post');
    assert.equal(bySource.statusCode, 200, bySource.body);
    for (const e of bySource.json().entries) for (const s of e.sentences) assert.equal(s.source, 'Marrow Post');
    assert.equal((await app.inject('/api/timeline?source=Nowhere')).statusCode, 404);
    const noMatch = await app.inject('/api/timeline?query=zeppelin');
    assert.equal(noMatch.statusCode, 422);
    assert.match(noMatch.json().error.message, /zeppelin/);
  });

  test('bad parameters are 400 JSON errors naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/api/timeline?from=2024-13-01', /from/],
      ['/api/timeline?from=May', /from/],
      ['/api/timeline?from=2024-06-01&to=2024-05-01', /after/],
      ['/api/timeline?dates=0', /dates/],
      ['/api/timeline?format=pdf', /format.*md/],
      ['/api/timeline?method=magic', /'method' must be one of datewise/],
      ['/api/timeline?method=clust', /'method': the 'clust' method was retired because .*; use 'datewise'/],
      ['/api/timeline?qeury=dam', /qeury/],
      ['/api/search', /'q' is required/],
      ['/api/articles?limit=abc', /limit/],
      ['/api/articles/abc', /id/],
      ['/api/entities?kind=ANIMAL', /kind/],
      ['/api/articles?from=2023-02-30', /not a real date/],
    ];
    for (const [url, message] of cases) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.match(res.json().error.message, message, url);
      assert.doesNotMatch(res.body, /\n\s+at /, 'no stack trace');
    }
  });

  test('bad ingest requests: bad JSON, missing fields, no filename, wrong type, too big', async () => {
    const post = (payload: string | Buffer, type: string, url = '/api/ingest') =>
      app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload });
    const broken = await post('{"articles": [', 'application/json');
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'invalid_request');
    const missing = await post(JSON.stringify({ articles: [{ text: 'x' }] }), 'application/json');
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().error.message, /published/);
    const noName = await post(Buffer.from('date 2024-01-01\nText.'), 'application/octet-stream');
    assert.equal(noName.statusCode, 400);
    assert.match(noName.json().error.message, /filename/);
    const wrongType = await post('hello', 'text/xml');
    assert.equal(wrongType.statusCode, 415);
    const bigJson = await post(JSON.stringify({ articles: [{ published: '2024-01-01', text: 'x'.repeat(70 * 1024) }] }),
      'application/json');
    assert.equal(bigJson.statusCode, 413);
    assert.equal(bigJson.json().error.code, 'payload_too_large');
    const bigFile = await post(Buffer.alloc(300 * 1024, 97), 'application/octet-stream', '/api/ingest?filename=a.txt');
    assert.equal(bigFile.statusCode, 413);
    assert.match(bigFile.json().error.message, /262144 bytes/);
  });

  test('unknown routes are 404 JSON; the page and the OpenAPI document are served', async () => {
    const res = await app.inject('/api/nothing');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
    assert.equal((await app.inject('/static/..%2Fpackage.json')).statusCode, 404);
    const page = await app.inject('/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /<script[^>]+src="\/static\/app\.js"/);
    const js = await app.inject('/static/app.js');
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /javascript/);
    const doc = (await app.inject('/openapi.json')).json();
    assert.equal(doc.openapi, '3.0.3');
    for (const path of ['/api/ingest', '/api/timeline', '/api/search', '/api/articles/{id}', '/api/entities',
      '/api/quotes', '/api/stories']) {
      assert.ok(doc.paths[path], path);
    }
    const formats = doc.paths['/api/timeline'].get.parameters.find((p: { name: string }) => p.name === 'format');
    assert.ok(formats.schema.enum.includes('timelinejs'));
    // The description names the retired methods, the enum only those a client may send.
    const method = doc.paths['/api/timeline'].get.parameters.find((p: { name: string }) => p.name === 'method');
    assert.deepEqual(method.schema.enum, ['datewise']);
    assert.match(method.schema.description ?? method.description, /retired.*clust/);
  });
});

describe('API tokens', () => {
  test('loopback needs no token; any other address needs a long enough one', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.8.9.10']) assert.ok(isLoopbackHost(h), h);
    for (const h of ['0.0.0.0', '::', '192.168.1.4', 'example.org']) assert.ok(!isLoopbackHost(h), h);
    assert.equal(bindRefusal('127.0.0.1', undefined), undefined);
    assert.match(bindRefusal('0.0.0.0', undefined) ?? '', /token/);
    assert.match(bindRefusal('0.0.0.0', 'short') ?? '', /too short/);
    assert.equal(bindRefusal('0.0.0.0', 'a-long-enough-secret-token'), undefined);
  });

  test('Host headers: loopback names and addresses with an optional port; nothing else', () => {
    for (const h of ['localhost', 'localhost:8080', 'LocalHost.:1', '127.0.0.1:80', '127.9.9.9', '[::1]:8080', '[::1]']) {
      assert.ok(isLoopbackAuthority(h), h);
    }
    for (const h of [undefined, '', 'evil.test', 'localhost.evil.test', '127.0.0.1.evil.test', '::1', '[::2]:80',
      'localhost:80:80', 'localhost:abc', 'user@localhost', '0.0.0.0:80']) {
      assert.ok(!isLoopbackAuthority(h), String(h));
    }
  });

  test('only the page and the API description are public; unmatched requests are not', () => {
    for (const r of ['/', '/static/*', '/openapi.json']) assert.ok(isPublicRoute(r), r);
    for (const r of [undefined, '/api', '/api/status', '/api/articles/:id']) assert.ok(!isPublicRoute(r), String(r));
  });

  test('origins shown to API clients name the file, never its folder on the server', () => {
    assert.equal(publicOrigin('/srv/news/2024/a.txt'), 'a.txt');
    assert.equal(publicOrigin('/srv/news/feed.jsonl:12'), 'feed.jsonl:12');
    assert.equal(publicOrigin('/srv/news/tls.jsonl#https://x.test/a/b'), 'tls.jsonl#https://x.test/a/b');
    assert.equal(publicOrigin('C:\\Users\\me\\a.csv:3'), 'a.csv:3');
    assert.equal(publicOrigin('relative/dir/a.txt'), 'a.txt');
    for (const kept of ['api:https://x.test/a/b', 'upload:a.jsonl:3', 'api:articles[2]', '-', '-:4']) {
      assert.equal(publicOrigin(kept), kept);
    }
  });

  test('startServer refuses a non-loopback address without a token', async () => {
    const store = await openStore(tempDbPath());
    try {
      await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), /refusing to listen/);
    } finally {
      await store.close();
    }
  });

  test('with a token, /api requests need it; the page itself does not', async () => {
    const store = await openStore(tempDbPath());
    const token = 'test-token-0123456789abcdef';
    const app = await buildApp({ store, token });
    try {
      const none = await app.inject('/api/status');
      assert.equal(none.statusCode, 401);
      assert.equal(none.json().error.code, 'unauthorized');
      const wrong = await app.inject({ url: '/api/status', headers: { authorization: 'Bearer nope' } });
      assert.equal(wrong.statusCode, 401);
      const right = await app.inject({ url: '/api/status', headers: { authorization: `Bearer ${token}` } });
      assert.equal(right.statusCode, 200);
      assert.equal((await app.inject('/')).statusCode, 200);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('timeline building', () => {
  test('identical concurrent requests share one build; with the cache off, later ones build again', async () => {
    const inner = await openStore(tempDbPath());
    let builds = 0;
    const store = new Proxy(inner, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          // Each build reads the analysed articles once, from their timeline records or, without them, their analyses.
          if (key === 'getTimelineRecords' || key === 'getAnalyses') builds++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const app = await buildApp({ store, timelineCache: 0 });
    try {
      for (const name of readdirSync(FIXTURES).sort()) assert.equal((await upload(app, name)).statusCode, 200);
      builds = 0;
      const replies = await Promise.all([1, 2, 3].map(() => app.inject('/api/timeline?query=dam')));
      for (const r of replies) assert.equal(r.statusCode, 200, r.body);
      assert.equal(new Set(replies.map((r) => r.body)).size, 1);
      assert.equal(builds, 1);
      assert.equal((await app.inject('/api/timeline?query=dam')).statusCode, 200);
      assert.equal(builds, 2);
    } finally {
      await app.close();
      await inner.close();
    }
  });
});
