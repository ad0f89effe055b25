// The service side of saved timelines that the faces do not show directly: refreshSavedTimelines (called by
// `chronicle watch` after each batch) rebuilds only when articles or edits changed, and "since" a date older
// than every snapshot falls back on the articles' arrival times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createFollow, editFollow, ingestItems, listFollows, readPaths, refresh, refreshSavedTimelines, showFollow, viewSaved,
} from '../../src/service/index.js';
import { openStore } from '../../src/store/index.js';
import { splitExamples } from '../helpers/examples.js';
import { tempDbPath } from '../helpers/stores.js';

test('refreshSavedTimelines rebuilds only after new articles or edits, and then counts what is unread', async () => {
  const store = await openStore(tempDbPath());
  try {
    const { first, second } = splitExamples();
    await ingestItems(store, readPaths([first]), { analyze: true });
    await createFollow(store, 'bridge', { query: 'Harbour Bridge', method: 'datewise' });
    // Creating it built it from the same articles: nothing to do yet.
    assert.deepEqual(await refreshSavedTimelines(store), [{ name: 'bridge', rebuilt: false }]);

    const shown = await viewSaved(store, 'bridge', 'json');
    await editFollow(store, 'bridge', { op: 'hide', date: shown.timeline.entries[0]!.date });
    assert.equal((await refreshSavedTimelines(store))[0]?.rebuilt, true);
    assert.equal((await refreshSavedTimelines(store))[0]?.rebuilt, false);

    await ingestItems(store, readPaths([second]), { analyze: false });
    await refresh(store);
    const [outcome] = await refreshSavedTimelines(store);
    assert.equal(outcome?.rebuilt, true);
    assert.ok((outcome?.entries ?? 0) > 0);

    // Every snapshot is newer than 2000-01-01: the articles' arrival decides, and all of them arrived since.
    const since = await viewSaved(store, 'bridge', 'json', '2000-01-01');
    assert.equal(since.since?.diff.basis, 'ingest-times');
    assert.ok(since.since?.diff.changes.every((c) => c.status === 'new'));
  } finally {
    await store.close();
  }
});

test('a timeline saved with the retired clust method still loads, rebuilds and takes edits, as datewise', async () => {
  const store = await openStore(tempDbPath());
  try {
    const { first, second } = splitExamples();
    await ingestItems(store, readPaths([first]), { analyze: true });
    // As an older Chronicle saved it: the definition names the method the user chose then.
    await store.saved.create({ name: 'old', definition: JSON.stringify({ query: 'Harbour Bridge', method: 'clust' }),
      createdAt: new Date().toISOString() });
    await createFollow(store, 'new', { query: 'Harbour Bridge', method: 'datewise' });

    const old = await viewSaved(store, 'old', 'json');
    assert.equal(old.timeline.method, 'datewise');
    assert.ok(old.timeline.entries.length > 0);
    assert.deepEqual(old.timeline.entries, (await viewSaved(store, 'new', 'json')).timeline.entries,
      'the same entries a datewise definition gives');
    assert.equal((await showFollow(store, 'old')).definition.method, 'datewise');
    assert.ok((await listFollows(store)).every((f) => f.definition.method === 'datewise'));

    await editFollow(store, 'old', { op: 'hide', date: old.timeline.entries[0]!.date });
    await ingestItems(store, readPaths([second]), { analyze: false });
    await refresh(store);
    const refreshed = await refreshSavedTimelines(store);
    assert.ok(refreshed.find((r) => r.name === 'old')?.rebuilt);
    const again = await viewSaved(store, 'old', 'json');
    assert.ok(!again.timeline.entries.some((e) => e.date === old.timeline.entries[0]!.date), 'the hide edit holds');
  } finally {
    await store.close();
  }
});
