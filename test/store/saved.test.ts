// Saved timelines in both stores (SQLite always, PostgreSQL when CHRONICLE_TEST_PG is set): the same calls give
// the same values, so `chronicle follow` behaves alike on either.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORE_KINDS } from '../helpers/stores.js';

for (const kind of STORE_KINDS) {
  describe(`saved timelines (${kind.name})`, { skip: kind.skip }, () => {
    test('create, refuse a taken name, update, list, snapshots at a time, delete', async () => {
      const store = await kind.open(await kind.location());
      try {
        const s = store.saved;
        assert.equal(await s.create({ name: 'bridge', definition: '{"query":"bridge"}', createdAt: '2024-01-01T00:00:00.000Z' }), true);
        assert.equal(await s.create({ name: 'bridge', definition: '{}', createdAt: '2024-01-02T00:00:00.000Z' }), false);
        await s.create({ name: 'arrests', definition: '{}', createdAt: '2024-01-03T00:00:00.000Z' });
        await s.update('bridge', { edits: '[{"op":"hide"}]', lastViewed: '2024-02-01T10:00:00.000Z' });
        const got = await s.get('bridge');
        assert.deepEqual(got, { name: 'bridge', definition: '{"query":"bridge"}', edits: '[{"op":"hide"}]',
          createdAt: '2024-01-01T00:00:00.000Z', lastViewed: '2024-02-01T10:00:00.000Z' });
        assert.deepEqual((await s.list()).map((r) => r.name), ['arrests', 'bridge']);

        for (const [at, entries] of [['2024-01-05T00:00:00.000Z', 'a'], ['2024-01-10T00:00:00.000Z', 'b'],
          ['2024-01-20T00:00:00.000Z', 'c']] as const) {
          await s.addSnapshot('bridge', { takenAt: at, kind: 'view', entries }, 2);
        }
        assert.equal((await s.snapshotAt('bridge'))?.entries, 'c');
        assert.equal((await s.snapshotAt('bridge', '2024-01-15T00:00:00.000Z'))?.entries, 'b');
        // Only the two latest are kept: nothing is at or before 2024-01-06 any more.
        assert.equal(await s.snapshotAt('bridge', '2024-01-06T00:00:00.000Z'), undefined);
        assert.equal(await s.snapshotAt('arrests'), undefined);

        assert.equal(await s.delete('bridge'), true);
        assert.equal(await s.delete('bridge'), false);
        assert.equal(await s.get('bridge'), undefined);
      } finally {
        await store.close();
      }
    });

    test('ingest times and the content stamp follow the stored articles', async () => {
      const store = await kind.open(await kind.location());
      try {
        const empty = await store.saved.contentStamp();
        const before = new Date(Date.now() - 1000).toISOString();
        const id = await store.transaction((tx) => tx.insertArticle({ text: 'The bridge reopened.', published: '2024-03-01',
          origin: 'x.txt', hash: 'h1', signature: new Uint32Array(0) }));
        const times = await store.saved.ingestTimes([id]);
        assert.match(times.get(id) ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        assert.ok(times.get(id)! > before, `${times.get(id)} after ${before}`);
        assert.notEqual(await store.saved.contentStamp(), empty);
      } finally {
        await store.close();
      }
    });
  });
}
