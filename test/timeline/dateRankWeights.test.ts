// The date ranker's mean-difference trainer, on hand-made feature tables whose answer is known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_FEATURE_NAMES, type DateFeatures } from '../../src/timeline/dateRank.js';
import { rankingDateF1, trainDateWeightsByMeanDifference } from '../../src/timeline/dateRankWeights.js';

const n = DATE_FEATURE_NAMES.length;
const A = DATE_FEATURE_NAMES.indexOf('mentionDocs');
const B = DATE_FEATURE_NAMES.indexOf('pubDocs');

/** Days 0..k-1 with the given (mentionDocs, pubDocs) scaled values; every other feature 0. */
function table(values: [number, number][]): DateFeatures {
  const scaled = values.map(([a, b]) => {
    const r = new Array<number>(n).fill(0);
    r[A] = a;
    r[B] = b;
    return r;
  });
  return { days: values.map((_, i) => i), raw: scaled, scaled };
}

test('mean difference: a feature higher on gold days gets positive weight, a lower one negative, largest |w| is 1', () => {
  // gold days 0, 1: mentionDocs 0.9 / 0.7 (others 0.1 / 0.3), pubDocs 0.2 / 0.2 (others 0.4 / 0.4)
  const f = table([[0.9, 0.2], [0.7, 0.2], [0.1, 0.4], [0.3, 0.4]]);
  const w = trainDateWeightsByMeanDifference([{ features: f, gold: new Set([0, 1]) }]);
  // mean differences: mentionDocs 0.8 - 0.2 = 0.6, pubDocs 0.2 - 0.4 = -0.2; scaled by 0.6
  assert.ok(Math.abs(w[A]! - 1) < 1e-12);
  assert.ok(Math.abs(w[B]! + 1 / 3) < 1e-12);
  for (let k = 0; k < n; k++) if (k !== A && k !== B) assert.equal(w[k], 0);
  assert.equal(rankingDateF1([{ features: f, gold: new Set([0, 1]) }], w), 1);
});

test('mean difference: every timeline counts once, whatever its number of days; one-class timelines are skipped', () => {
  // Timeline 1 (4 days) favours mentionDocs by 0.5; timeline 2 (8 days) favours pubDocs by 0.5.
  const t1 = table([[1, 0], [0.5, 0], [0.5, 0], [0.5, 0]]);
  const t2 = table([[0, 1], [0, 1], [0, 0.5], [0, 0.5], [0, 0.5], [0, 0.5], [0, 0.5], [0, 0.5]]);
  const allGold = table([[0.2, 0.9], [0.3, 0.8]]);
  const w = trainDateWeightsByMeanDifference([
    { features: t1, gold: new Set([0]) },
    { features: t2, gold: new Set([0, 1]) },
    { features: allGold, gold: new Set([0, 1]) },
  ]);
  assert.ok(Math.abs(w[A]! - w[B]!) < 1e-12, `weights ${w[A]} vs ${w[B]}`);
  assert.ok(w[A]! > 0);
});

test('mean difference: no example with both gold and other days gives all-zero weights', () => {
  const w = trainDateWeightsByMeanDifference([{ features: table([[1, 1]]), gold: new Set([0]) }]);
  assert.deepEqual(w, new Array<number>(n).fill(0));
});
