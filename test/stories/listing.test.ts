// The stories listing kept beside the clusterer's state: it lists what restoring the state lists, and a page of
// it reads only its own lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readListing, sortStories, StoryClusterer, writeListing } from '../../src/stories/index.js';
import type { StorySummary } from '../../src/types.js';
import { FIXTURE_OPTIONS, fixtureBatches } from './streams.js';

const summary = (id: number, articles: number, label: string): StorySummary => ({
  id, label, articles, first: '2021-03-01', last: '2021-03-02', events: [{ date: '2021-03-01', label, articles }],
});

test('a listing reads back in listing order, whole or a page of it, labels with line breaks and quotes intact', () => {
  const stories = [summary(3, 2, 'a "quoted"\nlabel'), summary(1, 5, 'big'), summary(2, 2, 'tie, older id first')];
  const text = writeListing(stories);
  const all = sortStories([...stories]);
  assert.deepEqual(all.map((s) => s.id), [1, 2, 3]);
  assert.deepEqual(readListing(text), all);
  assert.deepEqual(readListing(text, 2), all.slice(0, 2));
  assert.deepEqual(readListing(text, 10), all);
  assert.deepEqual(readListing(writeListing([])), []);
});

test('a listing of another version or cut short is not read', () => {
  const text = writeListing([summary(1, 5, 'big'), summary(2, 2, 'small')]);
  assert.equal(readListing(text.replace('"version":1', '"version":0')), undefined);
  assert.equal(readListing(text.slice(0, text.lastIndexOf('\n'))), undefined);
  assert.equal(readListing('{"stories":[]}'), undefined);
  assert.equal(readListing('not json'), undefined);
});

test('the summaries of a saved state are those its restored clusterer lists, merged stories included', () => {
  // A clusterer fed its articles holds unrounded weights; its labels must still be those of the saved, rounded state.
  const clusterer = new StoryClusterer(FIXTURE_OPTIONS);
  for (const batch of fixtureBatches()) clusterer.add(batch);
  const saved = clusterer.toJSON();
  assert.ok(saved.aliases.length > 0, 'the run merged stories');
  const restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(saved)), FIXTURE_OPTIONS).stories();
  assert.deepEqual(clusterer.savedSummaries(saved), restored);
});
