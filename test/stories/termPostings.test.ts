import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { StorySet } from '../../src/stories/storySet.js';
import { weekOf } from '../../src/stories/when.js';
import { vectorsOf } from './vectorsOf.js';

const o = DEFAULT_STORY_OPTIONS;
const years = (n: number): number => Math.round(n * 365);
/** The first week an article of `day` must reach: stories reporting on no week since then need names in common. */
const sinceFor = (day: number): number => weekOf(day) - o.distantDays / 7;

/** Stories one a year for `n` years, each holding "quak" and a word of its own, archived as of the last year. */
function yearly(n: number): StorySet {
  const set = new StorySet(o);
  for (let y = 0; y < n; y++) set.grow(set.create(years(y)), vectorsOf(years(y), { quak: 1, [`word${y}`]: 1 }));
  set.archiveBefore(years(n - 1));
  return set;
}

test('a walk for a recent article reads every story reported on in its years, with the dot products of a full walk', () => {
  const set = yearly(20);
  const q = new Map([['quak', 0.6], ['word19', 0.8]]);
  const all = set.termDots(q);
  assert.equal(all.size, 20);
  const since = sinceFor(years(19));
  const recent = set.termDots(q, since);
  for (const s of set.list) {
    if (s.whenWeeks.at(-1)! >= since) assert.equal(recent.get(s), all.get(s), `story of day ${s.first}`);
  }
  assert.ok(recent.size < 5, `old stories are left out (${recent.size} read)`);
  assert.ok(set.leavesOut(since));
  for (const [s, d] of recent) assert.equal(d, all.get(s));
  // An article dated years back reads the archive too.
  assert.equal(set.termDots(q, sinceFor(years(5))).size, 20);
  assert.ok(!set.leavesOut(sinceFor(years(5))));
});

test('an archived story reported on again comes back, and merges and pruning keep the postings in step', () => {
  const set = yearly(10);
  const [first, second] = set.list;
  const q = new Map([['quak', 1]]);
  const since = sinceFor(years(9));
  assert.ok(!set.termDots(q, since).has(first!));
  set.grow(first!, vectorsOf(years(9) + 5, { quak: 1 }, {}, years(9) + 5));
  assert.ok(set.termDots(q, since).has(first!), 'reported on again in year 9');
  set.merge(first!, second!);
  assert.ok(!set.termDots(q).has(second!), 'merged away');
  assert.ok(set.termDots(new Map([['word1', 1]]), since).has(first!), 'its words now lead to the survivor');
  // Pruning drops keys from a centroid and from the postings alike.
  const big = set.create(years(9));
  const words: Record<string, number> = {};
  for (let i = 0; i < 2 * o.storyTerms + 10; i++) words[`w${i}`] = 1 + (i % 7);
  set.grow(big, vectorsOf(years(9), words));
  set.pruneCentroids();
  let read = 0;
  for (const k of Object.keys(words)) if (set.termDots(new Map([[k, 1]])).has(big)) read++;
  assert.equal(read, big.terms.weights.size);
  assert.equal(read, o.storyTerms);
});

test('a story restored from a saved state behind the boundary is posted in the archive, and still read by a full walk', () => {
  const old = yearly(1).list[0]!;
  const set = new StorySet(o);
  set.archiveBefore(years(10));
  set.restore(old);
  const q = new Map([['quak', 1]]);
  assert.ok(set.leavesOut(sinceFor(years(10))));
  assert.ok(!set.termDots(q, sinceFor(years(10))).has(old));
  assert.ok(set.termDots(q).has(old));
});
