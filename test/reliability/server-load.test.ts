// Audit item 6: one request must not block the server. A large timeline used to be built on the event loop
// (48 s over T17, /api/status timing out meanwhile), a build had no deadline, and a client that stopped
// sending mid-body held its connection for minutes. These start the real server over a generated store.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { ANALYSIS_VERSION, analyzeDoc } from '../../src/analyze/index.js';
import { startServer } from '../../src/server/app.js';
import { updateStories } from '../../src/service/refresh.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from '../helpers/stores.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WORDS = 'council river bridge flood vote minister budget school harbour storm rail strike court mayor'.split(' ');
/** Articles in the generated store: enough that the largest timeline takes a few seconds to build. */
const ARTICLES = 300;
const HEAVY = '/api/timeline?dates=499&perDate=50';

/** A store of ARTICLES dated articles, written directly (a dozen distinct texts analysed once, then reused). */
async function generatedStore(location: string): Promise<Store> {
  const store = await openStore(location);
  let seed = 7;
  const pick = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const templates = Array.from({ length: 12 }, (_, t) => {
    const sentences = Array.from({ length: 20 }, () => `On ${MONTHS[pick(12)]} ${1 + pick(28)}, 2021, the ` +
      `${WORDS[pick(WORDS.length)]} ${WORDS[pick(WORDS.length)]} in Orrin reported ${pick(900)} new cases.`);
    const text = sentences.join(' ');
    return { text, doc: analyzeDoc(text, `2021-${String(t + 1).padStart(2, '0')}-01`) };
  });
  const ids = await store.transaction(async (tx) => {
    const out: number[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const { text } = templates[i % templates.length]!;
      out.push(await tx.insertArticle({ text, published: `2021-${String((i % 12) + 1).padStart(2, '0')}-` +
        `${String((i % 28) + 1).padStart(2, '0')}`, title: `Report ${i}`, source: `Source ${i % 5}`,
        origin: `generated#${i}`, hash: `generated-${i}`, signature: new Uint32Array(0) }));
    }
    return out;
  });
  await store.saveAnalyses(ids.map((articleId, i) =>
    ({ articleId, version: ANALYSIS_VERSION, doc: templates[i % templates.length]!.doc, entityRefs: [] })));
  await updateStories(store);
  return store;
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - start, status: res.status, body };
}

describe('server under load', () => {
  const location = tempDbPath();
  let store: Store;

  before(async () => {
    store = await generatedStore(location);
  });
  after(async () => {
    await store.close();
  });

  describe('with room to build', () => {
    let app: FastifyInstance;
    let address: string;
    before(async () => {
      // A generous deadline: on a loaded machine the build (and the workers' start under tsx) can take long.
      ({ app, address } = await startServer({ store, location, host: '127.0.0.1', port: 0,
        timeouts: { request: 120_000 } }));
    });
    after(async () => {
      await app.close();
    });

    test('/api/status answers within a second, repeatedly, while a large timeline is being built', async () => {
      let done = false;
      const heavy = timed(address + HEAVY).finally(() => { done = true; });
      const answers: number[] = [];
      while (!done) {
        const status = await timed(`${address}/api/status`);
        assert.equal(status.status, 200, status.body);
        answers.push(status.ms);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const built = await heavy;
      assert.equal(built.status, 200, built.body.slice(0, 300));
      assert.ok(JSON.parse(built.body).entries.length > 0);
      assert.ok(answers.every((ms) => ms < 1000), `status answered in ${answers.map(Math.round).join(', ')} ms ` +
        `while the timeline took ${Math.round(built.ms)} ms`);
      assert.ok(answers.length >= 3, `the build took ${Math.round(built.ms)} ms: too short to poll`);
    });

    test('a timeline built after an ingest includes the new article', async () => {
      const url = `${address}/api/timeline?query=zeppelin`;
      assert.equal((await timed(url)).status, 422);
      const res = await fetch(`${address}/api/ingest`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articles: [{ published: '2021-07-04', source: 'Airship News',
          text: 'A zeppelin landed in Orrin on July 3, 2021, the mayor said.' }] }),
      });
      assert.equal(res.status, 200, await res.text());
      const after = await timed(url);
      assert.equal(after.status, 200, after.body);
      assert.match(after.body, /zeppelin/);
    });
  });

  describe('with tight limits', () => {
    let app: FastifyInstance;
    let address: string;
    before(async () => {
      ({ app, address } = await startServer({ store, location, host: '127.0.0.1', port: 0,
        timeouts: { request: 400, body: 1000 }, pool: { threads: 1, queue: 1 } }));
    });
    after(async () => {
      await app.close();
    });

    test('a timeline past its deadline is a 503 timeout; past the queue, a 503 busy with Retry-After',
      { timeout: 20_000 }, async () => {
      // Distinct requests (dates differ) so that none shares another's build.
      const running = timed(address + HEAVY);
      const waiting = timed(`${address}/api/timeline?dates=498&perDate=50`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await fetch(`${address}/api/timeline?dates=497&perDate=50`);
      assert.equal(refused.status, 503);
      assert.equal((await refused.json()).error.code, 'busy');
      assert.match(String(refused.headers.get('retry-after')), /^\d+$/);
      for (const r of await Promise.all([running, waiting])) {
        assert.equal(r.status, 503, r.body.slice(0, 300));
        const body = JSON.parse(r.body);
        assert.equal(body.error.code, 'timeout');
        assert.match(body.error.message, /0\.4 s/);
        assert.ok(r.ms < 3000, `answered after ${Math.round(r.ms)} ms`);
      }
      assert.equal((await timed(`${address}/api/status`)).status, 200);
    });

    test('a client that stops sending mid-body is answered 408 and cut off', { timeout: 10_000 }, async () => {
      const url = new URL(address);
      const socket = connect(Number(url.port), url.hostname);
      const start = performance.now();
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => { received += chunk; });
      socket.write('POST /api/ingest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 200\r\n\r\n{"articles": [{"published": "2021-01-01", ');
      try {
        // Waits at most 5 s, so that the old behaviour (open for minutes) fails instead of hanging the suite.
        await new Promise<void>((resolve) => {
          socket.on('close', () => resolve());
          setTimeout(resolve, 5000).unref();
        });
        const ms = performance.now() - start;
        assert.ok(!socket.readyState.includes('open') && ms < 3000, `the connection stayed open ${Math.round(ms)} ms`);
        assert.match(received, /^HTTP\/1\.1 408/);
      } finally {
        socket.destroy();
      }
    });
  });
});
