// Day features of the date ranker, on a hand-built collection whose counts are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Collection, CollectedSentence } from '../../src/timeline/collection.js';
import { DATE_FEATURE_NAMES, dateFeatures, rankDays, type DateFeatureName } from '../../src/timeline/dateRank.js';

/** One article per entry: published on `pub`, one sentence mentioning `days`. */
function collection(articles: { pub: number; days: number[] }[]): Collection {
  const byDoc = articles.map((a, i) => {
    const s = { doc: { id: i }, index: 0, text: 'Protesters marched on the square.', pubDay: a.pub, dates: [], days: a.days,
      explicitDays: [], vector: new Map() } as unknown as CollectedSentence;
    return [s];
  });
  return { docs: [], sentences: byDoc.flat(), byDoc, tfidf: undefined as never };
}

const value = (f: ReturnType<typeof dateFeatures>, day: number, name: DateFeatureName): number =>
  f.raw[f.days.indexOf(day)]![DATE_FEATURE_NAMES.indexOf(name)]!;

test('localPeak: a day mentioned far more than its neighbours stands out; a flat stretch does not', () => {
  const arts = [
    ...Array.from({ length: 6 }, () => ({ pub: 20, days: [10] })),
    { pub: 20, days: [9] },
    { pub: 20, days: [11] },
    ...[30, 31, 32, 33].map((d) => ({ pub: 40, days: [d] })),
  ];
  const f = dateFeatures(collection(arts), 0, 50);
  assert.equal(value(f, 10, 'localPeak'), 6 / 2); // 6 articles against a busiest neighbour of 1
  assert.equal(value(f, 9, 'localPeak'), 1 / 7);
  assert.equal(value(f, 31, 'localPeak'), 1 / 2);
});

test('pubBurst: publication volume well above the trailing week scores, steady volume scores 0', () => {
  const arts = [
    ...Array.from({ length: 14 }, (_, k) => ({ pub: k, days: [] })), // one article a day, days 0..13
    ...Array.from({ length: 9 }, () => ({ pub: 14, days: [] })), // burst on day 14
  ];
  const f = dateFeatures(collection(arts), 0, 20);
  assert.equal(value(f, 10, 'pubBurst'), 0); // 2 articles on days 10-11, trailing pairs all 2
  // day 14: 9 articles (day 14) + 0 (day 15) against trailing pairs of 2 (sd 0): (9 - 2) / 1
  assert.equal(value(f, 14, 'pubBurst'), 7);
  assert.equal(value(f, 13, 'pubBurst'), 8); // days 13-14 hold the burst too: 1 + 9 against 2
});

test('rankDays orders by the weighted scaled features; ties go to the earlier day', () => {
  const arts = [
    ...Array.from({ length: 3 }, () => ({ pub: 9, days: [5] })),
    { pub: 9, days: [6] },
    { pub: 9, days: [7] },
  ];
  const f = dateFeatures(collection(arts), 0, 20);
  const w = DATE_FEATURE_NAMES.map((n) => (n === 'mentionDocs' ? 1 : 0));
  const ranked = rankDays(f, w).map((r) => r.day);
  assert.deepEqual(ranked.slice(0, 3), [5, 6, 7]);
});
