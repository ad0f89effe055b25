import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../../src/analyze/time/index.js';
import { expectAll } from '../helpers.js';

test('clock times take the day they are told with, else the publication day', () => {
  expectAll('2020-08-25', [['The vote starts at 10 a.m. in Ottawa.', '10 a.m.', 'TIME', '2020-08-25T10:00']]);
});

test('prices and fractions are not clock times', () => {
  const t = tagTimexes('Shares rose 3/4 to $2.50 a share.', '2020-08-25');
  assert.deepEqual(t, []);
});
