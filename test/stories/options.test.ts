import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysApart, DEFAULT_STORY_OPTIONS, gapPenalty, mixedScore } from '../../src/stories/options.js';

const o = DEFAULT_STORY_OPTIONS;

test('a pause costs nothing within a week, then grows with its logarithm up to a cap', () => {
  assert.equal(gapPenalty(0, o), 0);
  assert.equal(gapPenalty(7, o), 0);
  assert.ok(Math.abs(gapPenalty(14, o) - o.gapPenaltyPerDoubling) < 1e-12);
  assert.ok(Math.abs(gapPenalty(28, o) - 2 * o.gapPenaltyPerDoubling) < 1e-12);
  assert.equal(gapPenalty(3650, o), o.maxGapPenalty);
});

test('spans of days are apart by the days between them, 0 when they overlap', () => {
  assert.equal(daysApart(10, 12, 15, 20), 3);
  assert.equal(daysApart(15, 20, 10, 12), 3);
  assert.equal(daysApart(10, 16, 15, 20), 0);
  assert.equal(daysApart(5, 5, 5, 5), 0);
});

test('text and name similarity mix by the text weight', () => {
  assert.equal(mixedScore(1, 0, o), o.textWeight);
  assert.ok(Math.abs(mixedScore(0, 1, o) - (1 - o.textWeight)) < 1e-12);
  assert.equal(mixedScore(0.4, 0.2, { ...o, textWeight: 0.5 }), 0.30000000000000004);
});
