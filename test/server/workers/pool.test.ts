// The timeline worker pool: the same timelines (and renderings, and service errors) as a build on this thread;
// a job past its deadline is refused and its worker replaced; jobs beyond the queue are refused as busy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestItems, readPaths, renderTimeline, ServiceError, timelineRequest } from '../../../src/service/index.js';
import { PoolRefusal, TimelinePool } from '../../../src/server/workers/pool.js';
import type { Store } from '../../../src/store/store.js';
import { STORE_KINDS } from '../../helpers/stores.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const LONG = 60_000;

for (const kind of STORE_KINDS) describe(`timeline pool (${kind.name})`, { skip: kind.skip ?? false }, () => {
  let store: Store;
  let pool: TimelinePool;

  before(async () => {
    const location = await kind.location();
    store = await kind.open(location);
    const files = readdirSync(FIXTURES).sort().map((name) => join(FIXTURES, name));
    await ingestItems(store, readPaths(files));
    pool = new TimelinePool(location, { threads: 1, queue: 0 });
    pool.warm();
  });
  after(async () => {
    await pool.close();
    await store.close();
  });

  test('builds and renders what a build on this thread gives; service errors keep their kind', async () => {
    const request = { method: 'datewise' as const, query: 'dam' };
    const here = await timelineRequest(store, request);
    const json = await pool.run({ request, format: 'json', generation: 0 }, LONG);
    assert.deepEqual(json.timeline, here);
    assert.equal(json.rendered, undefined);
    const md = await pool.run({ request, format: 'md', generation: 0 }, LONG);
    assert.equal(md.rendered, renderTimeline(here, 'md'));
    const nowhere = { method: 'datewise' as const, source: 'Nowhere' };
    await assert.rejects(pool.run({ request: nowhere, format: 'json', generation: 0 }, LONG),
      (err: unknown) => err instanceof ServiceError && err.kind === 'not_found' && err.detail.param === 'source');
  });

  test('a job past its deadline is refused as a timeout, and the next job still runs', async () => {
    await assert.rejects(pool.run({ request: { method: 'datewise' }, format: 'json', generation: 0 }, 1),
      (err: unknown) => err instanceof PoolRefusal && err.code === 'timeout' && /0\.001 s/.test(err.message));
    const next = await pool.run({ request: { method: 'datewise' }, format: 'json', generation: 0 }, LONG);
    assert.ok(next.timeline.entries.length > 0);
  });

  test('a job beyond the queue is refused as busy, with a time to retry after', async () => {
    const first = pool.run({ request: { method: 'datewise', dates: 3 }, format: 'json', generation: 0 }, LONG);
    await assert.rejects(pool.run({ request: { method: 'datewise', dates: 4 }, format: 'json', generation: 0 }, LONG),
      (err: unknown) => err instanceof PoolRefusal && err.code === 'busy' && err.retryAfterSeconds === 60);
    assert.ok((await first).timeline.entries.length > 0);
  });
});
