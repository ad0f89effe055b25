// The PostgreSQL work queue's own rules: concurrent claims never share a batch, a lease that runs out lets
// another worker take the batch over, and then only the new holder can store it; a logged state is handed to
// each completion as the changes it has not seen, or whole when it was rewritten since.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { PgStore } from '../../../src/store/postgres/pgStore.js';
import { workQueueOf, type BatchResult, type LoggedState, type StateCursor } from '../../../src/store/queue.js';
import { STORE_KINDS } from '../../helpers/stores.js';

const POSTGRES = STORE_KINDS.find((k) => k.name === 'postgres')!;

const nothing = (): BatchResult => ({ items: [], state: { name: 'test-state', delta: '{}' } });

describe('PostgreSQL analysis queue', { skip: POSTGRES.skip }, () => {
  test('claims made at the same moment from many connections each get a different batch', async () => {
    const url = await POSTGRES.location();
    const stores = [await POSTGRES.open(url), await POSTGRES.open(url), await POSTGRES.open(url)];
    const queues = stores.map((s) => workQueueOf(s)!);
    await queues[0]!.enqueue(Array.from({ length: 12 }, (_, i) => [i + 1]));
    // Another transaction holds the first batch's row, as a worker in the middle of its claim would: claims
    // must pass it by rather than wait for it and then take it too.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('BEGIN');
    const held = await blocker.query<{ id: string }>('SELECT id FROM analysis_queue ORDER BY id LIMIT 1 FOR UPDATE');
    const pending = Promise.all(Array.from({ length: 11 }, (_, i) => queues[i % 3]!.claim(`w${i}`, 60)));
    await new Promise((r) => setTimeout(r, 300));
    await blocker.query('COMMIT');
    await blocker.end();
    const ids = (await pending).map((c) => c?.id);
    assert.equal(new Set(ids).size, 11, `11 distinct batches: ${JSON.stringify(ids)}`);
    assert.ok(!ids.includes(Number(held.rows[0]!.id)), 'the batch being claimed elsewhere was passed by');
    assert.equal((await queues[0]!.claim('w11', 60))?.id, Number(held.rows[0]!.id), 'then it is free again');
    assert.equal(await queues[0]!.claim('late', 60), undefined, 'nothing is free while every lease is live');
    assert.deepEqual(await queues[0]!.status(), { batches: 12, articles: 12, leased: 12 });
    for (const s of stores) await s.close();
  });

  test('an expired lease is taken over; the first holder can neither renew nor store the batch', async () => {
    const store = await POSTGRES.open(await POSTGRES.location()) as PgStore;
    const q = store.queue;
    await q.enqueue([[1, 2, 3]]);
    const first = await q.claim('slow', 1);
    assert.deepEqual(first, { id: first!.id, articleIds: [1, 2, 3], attempt: 1 });
    assert.equal(await q.claim('other', 1), undefined, 'a live lease is respected');
    await new Promise((r) => setTimeout(r, 1200));
    const second = await q.claim('other', 60);
    assert.equal(second?.id, first!.id);
    assert.equal(second?.attempt, 2);
    assert.equal(await q.renew(first!.id, 'slow', 60), false);
    let built = 0;
    const count = (): BatchResult => { built++; return nothing(); };
    assert.equal(await q.complete(first!.id, 'slow', 'test-state', undefined, count), undefined,
      'the worker that lost its lease stores nothing');
    assert.equal(built, 0);
    const cursor = await q.complete(second!.id, 'other', 'test-state', undefined, count);
    assert.equal(typeof cursor?.seq, 'number');
    assert.equal(built, 1);
    assert.equal(await q.complete(second!.id, 'other', 'test-state', cursor, count), undefined,
      'a batch is stored once');
    assert.deepEqual(await q.status(), { batches: 0, articles: 0, leased: 0 });
    await store.close();
  });

  test('a claim can be limited to batches queued before a given one; open earlier batches are counted', async () => {
    const store = await POSTGRES.open(await POSTGRES.location()) as PgStore;
    const q = store.queue;
    await q.enqueue([[1], [2], [3]]);
    const first = await q.claim('a', 60);
    const second = await q.claim('a', 60);
    assert.equal(await q.claim('b', 60, second!.id), undefined, 'the one earlier batch is leased');
    assert.equal(await q.openBefore(second!.id + 1), 2);
    assert.equal((await q.claim('b', 60, second!.id + 1)), undefined, 'the third batch is not before itself');
    assert.notEqual(await q.complete(first!.id, 'a', 'test-state', undefined, nothing), undefined);
    assert.equal(await q.openBefore(second!.id), 0);
    assert.equal(await q.openBefore(second!.id + 1), 1);
    await store.close();
  });

  test('a state\'s generation changes when it is rewritten, and its text is sent only then', async () => {
    const store = await POSTGRES.open(await POSTGRES.location()) as PgStore;
    assert.deepEqual(await store.queue.loadStateIfChanged('s', undefined), { generation: undefined, json: undefined });
    await store.saveState('s', '{"a":1}');
    const one = await store.queue.loadStateIfChanged('s', undefined);
    assert.equal(one.json, '{"a":1}');
    assert.deepEqual(await store.queue.loadStateIfChanged('s', one.generation), { generation: one.generation, json: undefined });
    await store.saveState('s', '{"a":2}');
    const two = await store.queue.loadStateIfChanged('s', one.generation);
    assert.notEqual(two.generation, one.generation);
    assert.equal(two.json, '{"a":2}');
    await store.close();
  });

  test('a logged state: each completion sees the changes logged since its cursor; a whole rewrite restarts the log', async () => {
    const store = await POSTGRES.open(await POSTGRES.location()) as PgStore;
    const q = store.queue;
    await q.enqueue([[1], [2], [3], [4]]);
    const seen: LoggedState[] = [];
    const step = async (owner: string, cursor: StateCursor | undefined, delta: string, whole?: string) => {
      const batch = await q.claim(owner, 60);
      return q.complete(batch!.id, owner, 's', cursor, (state) => {
        seen.push(state);
        return { items: [], state: { name: 's', delta, ...(whole ? { whole } : {}) } };
      });
    };
    const a1 = await step('a', undefined, 'd1');
    const b1 = await step('b', undefined, 'd2');
    assert.deepEqual(seen.map((s) => s.deltas), [[], ['d1']], 'a new reader gets every change');
    const a2 = await step('a', a1, 'd3', 'whole after d3');
    assert.deepEqual(seen[2]!.deltas, ['d2'], 'a reader gets only the changes it has not applied');
    assert.equal(seen[2]!.json, undefined, 'nor the whole it holds');
    assert.deepEqual(await store.loadStateLog('s'), [], 'the whole includes the log, which restarts');
    await step('b', b1, 'd4');
    assert.equal(seen[3]!.json, 'whole after d3', 'a reader of an older whole gets the new one');
    assert.deepEqual(seen[3]!.deltas, []);
    assert.notEqual(a2?.generation, a1?.generation);
    assert.deepEqual(await store.loadStateLog('s'), ['d4']);
    assert.equal(await store.loadState('s'), 'whole after d3');
    await store.saveState('s', 'saved whole');
    assert.deepEqual(await store.loadStateLog('s'), [], 'a whole save empties the log');
    await store.close();
  });
});
