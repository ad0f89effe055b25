// /api/quotes?query=: who said what about X over HTTP, as the CLI lists it (test/service/quotesQuery.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { writeQueryArticles } from '../helpers/quoteArticles.js';

describe('/api/quotes with a query', () => {
  let app: FastifyInstance;
  let store: Store;
  before(async () => {
    const dir = join(tempDir('chronicle-api-quotes-query-'), 'in');
    writeQueryArticles(dir);
    const db = join(dir, '..', 'q.db');
    const ingest = await cli(['--db', db, 'ingest', dir]);
    assert.equal(ingest.status, 0, ingest.stderr);
    store = await openStore(db);
    app = await buildApp({ store });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('quotes about the query, most cited first with their article count; a bad order is a 400', async () => {
    const res = await app.inject('/api/quotes?query=Tahrir%20Square&sort=cited');
    assert.equal(res.statusCode, 200, res.body);
    const quotes = res.json() as Array<{ text: string; speaker?: string; citations: number; published: string }>;
    assert.ok(quotes.length >= 2, res.body);
    assert.match(quotes[0]!.text, /would go on for days/);
    assert.equal(quotes[0]!.citations, 2);
    assert.equal(quotes[0]!.speaker, 'Mohamed ElBaradei');
    assert.ok(!quotes.some((q) => /army should protect/.test(q.text)), res.body);
    const newest = (await app.inject('/api/quotes?query=Tahrir%20Square')).json() as Array<{ published: string }>;
    const days = newest.map((q) => q.published);
    assert.deepEqual(days, [...days].sort().reverse());
    const bad = await app.inject('/api/quotes?query=Tahrir&sort=loudest');
    assert.equal(bad.statusCode, 400, bad.body);
    const none = await app.inject('/api/quotes?query=volcano');
    assert.deepEqual(none.json(), []);
  });
});
