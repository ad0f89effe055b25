// The date-redundancy figure of `chronicle eval timelines`: chosen days that are not gold and sit within two
// days of another chosen day count against the timeline; gold days and isolated days never do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRedundancy } from '../../src/evaluate/timelines.js';

test('dateRedundancy: non-gold days close to another chosen day, as a share of the chosen days', () => {
  // 10 and 11 are neighbours (11 is gold, 10 is not); 13 is two days from 11 and not gold; 30 stands alone.
  assert.equal(dateRedundancy([10, 11, 13, 30], new Set([11])), 2 / 4);
  // Three days apart is no longer suspect.
  assert.equal(dateRedundancy([10, 13], new Set()), 0);
  assert.equal(dateRedundancy([], new Set()), 0);
  // A repeated day counts once.
  assert.equal(dateRedundancy([5, 5, 6], new Set([5])), 1 / 2);
});
