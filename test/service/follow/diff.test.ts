// What's new since a moment: entries compared with a snapshot by date (new, changed by new sources or sentences,
// unchanged, dropped), and by the articles' arrival when no snapshot is that old.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FollowEntry } from '../../../src/service/follow/curate.js';
import { diffByArrival, diffWithSnapshot, snapshotEntries, unreadCount } from '../../../src/service/follow/diff.js';

function entry(date: string, ...cites: [number, string][]): FollowEntry {
  return { date, granularity: 'day', sentences: cites.map(([articleId, key]) =>
    ({ text: key, articleId, sentenceIndex: 0, published: date, key })) };
}

test('against a snapshot: new dates, new sources or sentences, unchanged ones and dropped dates', () => {
  const then = snapshotEntries([entry('2023-03-14', [1, 'a']), entry('2023-03-15', [2, 'b']), entry('2023-03-16', [3, 'c']),
    entry('2023-03-20', [5, 'e'])]);
  const now = [entry('2023-03-14', [1, 'a']), entry('2023-03-15', [2, 'b'], [7, 'g']), entry('2023-03-16', [3, 'c2']),
    entry('2023-04-01', [9, 'i'])];
  const diff = diffWithSnapshot(now, then);
  assert.deepEqual(diff.changes.map((c) => c.status), ['unchanged', 'changed', 'changed', 'new']);
  assert.deepEqual(diff.changes[1], { status: 'changed', newSources: 1, newSentences: 1 });
  assert.deepEqual(diff.changes[2], { status: 'changed', newSources: 0, newSentences: 1 });
  assert.deepEqual(diff.dropped, ['2023-03-20']);
  assert.equal(unreadCount(diff), 3);
});

test('by arrival: all sources after the moment is new, some is changed, none is unchanged', () => {
  const ingested = new Map([[1, '2024-01-01T00:00:00.000Z'], [2, '2024-03-01T00:00:00.000Z'], [3, '2024-03-02T00:00:00.000Z']]);
  const now = [entry('2023-03-14', [1, 'a']), entry('2023-03-15', [1, 'b'], [2, 'c']), entry('2023-03-16', [2, 'd'], [3, 'e'])];
  const diff = diffByArrival(now, ingested, '2024-02-01T00:00:00.000Z');
  assert.deepEqual(diff.changes.map((c) => c.status), ['unchanged', 'changed', 'new']);
  assert.equal(diff.basis, 'ingest-times');
});
