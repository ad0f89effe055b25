// Reproductions of the HTTP API's audit findings (issue 11): access decided on the matched route, no 5xx for bad
// input, Node-level errors in the API's JSON shape, a Host check on loopback, no server paths in replies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, startServer } from '../../src/server/app.js';
import { ingestItems, readPaths } from '../../src/service/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { STORE_KINDS, tempDbPath } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'server', 'fixtures');
const TOKEN = 'reliability-token-0123456789';
const ARTICLE = { articles: [{ published: '2024-07-01', text: 'The Orrin Dam was refilled on Monday.' }] };

/** Every API route as method and a concrete path, read from the OpenAPI document. */
async function apiRoutes(app: FastifyInstance, headers: Record<string, string>): Promise<[string, string][]> {
  const doc = (await app.inject({ url: '/openapi.json', headers })).json() as { paths: Record<string, object> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m): [string, string] => [m.toUpperCase(), path.replace(/\{\w+\}/g, '1')]));
}

const pct = (c: string): string => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Spellings of a path a careless check might not recognise as the same route. */
function variants(path: string): string[] {
  const out = new Set<string>();
  // Each letter of "api" and the first letter after it, in lower- and upper-case hex, and double-encoded.
  for (const i of [1, 2, 3, 5]) {
    const c = path[i]!;
    const at = (s: string) => path.slice(0, i) + s + path.slice(i + 1);
    out.add(at(pct(c)));
    out.add(at(pct(c).toUpperCase()));
    out.add(at(`%25${pct(c).slice(1)}`));
  }
  const segments = path.split('/');
  out.add(segments.map((s) => [...s].map(pct).join('')).join('/'));
  out.add(path.toUpperCase());
  out.add(segments.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('/'));
  for (const v of [...out, path]) out.add(`${v}/`);
  out.add(`/${path}`);
  out.add(path.replace('/api/', '/api//'));
  out.add(path.replace('/api/', '/api/./'));
  out.add(path.replace('/api/', '/x/../api/'));
  out.add(path.replace('/api/', '/api/%2e/'));
  return [...out];
}

describe('access is decided on the matched route', () => {
  let store: Store;
  let app: FastifyInstance;
  const auth = { authorization: `Bearer ${TOKEN}` };
  before(async () => {
    store = await openStore(tempDbPath());
    app = await buildApp({ store, token: TOKEN });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('no spelling of any API route answers without the token', async () => {
    const routes = await apiRoutes(app, {});
    assert.ok(routes.length >= 10, JSON.stringify(routes));
    const leaks: string[] = [];
    let tried = 0;
    for (const [method, path] of routes) {
      for (const url of variants(path)) {
        for (const m of method === 'GET' ? ['GET', 'HEAD'] : [method]) {
          tried++;
          const res = await app.inject({ method: m as 'GET', url, ...(m === 'POST' ? { payload: ARTICLE } : {}) });
          if (res.statusCode !== 401 && res.statusCode !== 404) leaks.push(`${m} ${url} → ${res.statusCode}`);
        }
      }
    }
    assert.ok(tried > 300, `${tried} requests`);
    assert.deepEqual(leaks, []);
    const status = await app.inject({ url: '/api/status', headers: auth });
    assert.equal(status.json().articles, 0, 'nothing was stored without the token');
  });

  test('unknown paths under the API do not reveal which routes exist', async () => {
    const res = await app.inject('/api/nothing');
    assert.equal(res.statusCode, 401);
    assert.equal((await app.inject({ url: '/api/nothing', headers: auth })).statusCode, 404);
  });

  test('the token still opens every route, under any spelling the router accepts', async () => {
    assert.equal((await app.inject({ url: '/%61pi/status', headers: auth })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/status/', headers: auth })).statusCode, 200);
    assert.equal((await app.inject('/')).statusCode, 200, 'the page needs no token');
    assert.equal((await app.inject('/openapi.json')).statusCode, 200, 'nor does the API description');
  });
});

describe('bad input never gets a 5xx', () => {
  let store: Store;
  let app: FastifyInstance;
  let dir: string;
  before(async () => {
    store = await openStore(tempDbPath());
    app = await buildApp({ store });
    dir = tempDir('chronicle-origins-');
    const path = join(dir, '2024-05-02-orrin-dam-crack.txt');
    copyFileSync(join(FIXTURES, '2024-05-02-orrin-dam-crack.txt'), path);
    await ingestItems(store, readPaths([path], {}), { analyze: true });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const expect400 = (res: { statusCode: number; body: string }, what: string, status = 400) => {
    assert.equal(res.statusCode, status, `${what}: ${res.body}`);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    assert.equal(typeof body.error.code, 'string', what);
    assert.ok(body.error.message.length > 0, what);
  };

  test('ingest bodies of a type the route does not read, or none, are refused with the JSON error shape', async () => {
    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'text/xml', 'multipart/form-data; boundary=x']) {
      const res = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': type }, payload: 'hello' });
      expect400(res, type, 415);
      assert.match(res.json().error.message, /application\/json|application\/octet-stream/, type);
    }
    expect400(await app.inject({ method: 'POST', url: '/api/ingest' }), 'no body', 415);
    expect400(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' } }),
      'empty JSON body');
  });

  test('non-finite or huge numbers in the query or path are 400s naming the parameter', async () => {
    const huge = '9'.repeat(400);
    for (const route of ['/api/search?q=dam&', '/api/articles?', '/api/entities?', '/api/quotes?', '/api/stories?']) {
      for (const value of ['Infinity', '-Infinity', '1e309', huge, '1e20']) {
        const res = await app.inject(`${route}limit=${value}`);
        expect400(res, `${route}limit=${value.slice(0, 10)}`);
        assert.match(res.json().error.message, /limit/);
      }
    }
    for (const url of [`/api/articles/${huge}`, '/api/articles/Infinity', '/api/articles/1e300',
      `/api/timeline?story=${huge}`, '/api/timeline?story=1e309', `/api/timeline?dates=${huge}`]) {
      expect400(await app.inject(url), url.slice(0, 40));
    }
  });

  test('article origins name the file, not where it lies on the server', async () => {
    for (const url of ['/api/articles', '/api/articles/1']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(!res.body.includes(dir), `${url} shows the server path: ${res.body.slice(0, 300)}`);
      assert.match(res.body, /"origins":\["2024-05-02-orrin-dam-crack\.txt"\]/);
    }
  });
});

for (const kind of STORE_KINDS) {
  describe(`NUL characters over ${kind.name}`, { ...(kind.skip ? { skip: kind.skip } : {}) }, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await kind.open(await kind.location());
      app = await buildApp({ store });
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    test('a NUL in a text parameter is a 400 naming it', async () => {
      await app.inject({ method: 'POST', url: '/api/ingest', payload: ARTICLE });
      for (const [url, name] of [['/api/entities/mentions?name=a%00', 'name'], ['/api/quotes?speaker=a%00', 'speaker'],
        ['/api/timeline?entity=%00', 'entity'], ['/api/articles?topic=%00', 'topic'], ['/api/search?q=%00', 'q']]) {
        const res = await app.inject(url!);
        assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
        assert.match(res.json().error.message, new RegExp(`'${name}'.*NUL`));
      }
    });

    test('a JSON article whose url holds a control character is rejected; the rest of the batch is stored', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: { articles: [
        { published: '2024-07-02', text: 'The first article of the batch is fine.', url: 'https://a.test/1' },
        { published: '2024-07-02', text: 'The second one has a bad address.', url: 'https://a.test/\u00002' },
        { published: '2024-07-03', text: 'The third article is fine too.' },
      ] } });
      assert.equal(res.statusCode, 200, res.body);
      const reply = res.json();
      assert.equal(reply.new, 2);
      assert.deepEqual(reply.rejections, [{ origin: 'api:articles[1]', reason: "'url' contains a control character" }]);
    });
  });
}

interface RawReply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(port: number, path: string, host: string | undefined): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, setHost: false, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends bytes as they are and returns everything the server writes back before closing. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => { out += d; });
    socket.on('end', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

describe('a loopback server', () => {
  let store: Store;
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    store = await openStore(tempDbPath());
    ({ app } = await startServer({ store, host: '127.0.0.1', port: 0 }));
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('answers requests addressed to a loopback name, with or without the port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, 'localhost',
      `127.1.2.3:${port}`]) {
      const res = await get(port, '/api/status', host);
      assert.equal(res.status, 200, `${host}: ${res.body}`);
    }
  });

  test('refuses other Host names (DNS rebinding) with the JSON error shape, on every path', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`,
      `192.168.1.2:${port}`, `[::2]:${port}`]) {
      for (const path of ['/api/status', '/', '/static/app.js', '/openapi.json', '/nothing']) {
        const res = await get(port, path, host);
        assert.equal(res.status, 421, `${host} ${path}: ${res.status} ${res.body}`);
        assert.equal(JSON.parse(res.body).error.code, 'misdirected_request');
      }
    }
  });

  test('requests Node itself refuses still get the JSON error shape', async () => {
    for (const bytes of ['GARBAGE\r\n\r\n', 'GET /api/status HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n',
      `GET /api/status HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`]) {
      const reply = await raw(port, bytes);
      const [head, body] = reply.split('\r\n\r\n');
      assert.match(head ?? '', /^HTTP\/1\.1 4\d\d /, reply.slice(0, 200));
      assert.match(head ?? '', /content-type: application\/json/i);
      const json = JSON.parse(body ?? '') as { error: { code: string; message: string } };
      assert.equal(typeof json.error.code, 'string');
      assert.ok(json.error.message.length > 0);
    }
  });
});
