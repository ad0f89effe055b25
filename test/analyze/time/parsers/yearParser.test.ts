import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../../src/analyze/time/index.js';
import { expectAll } from '../helpers.js';

test('bare years, decades and centuries', () => {
  expectAll('2020-06-21', [
    ['Meng was detained in Canada in 2018.', '2018', 'DATE', '2018'],
    ['Inflation was high in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['It was built in the 20th century.', 'the 20th century', 'DATE', '19'],
    ['Results for fiscal 1990 were weak.', 'fiscal 1990', 'DATE', '1990'],
  ]);
});

test('numbers that are counts or money are not years', () => {
  const t = tagTimexes('About 2000 people paid $1990 and 1,998 votes were cast.', '2020-06-21');
  assert.deepEqual(t, []);
});
