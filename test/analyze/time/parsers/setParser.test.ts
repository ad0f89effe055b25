import { test } from 'node:test';
import { expectAll } from '../helpers.js';

test('recurring times are SETs', () => {
  expectAll('2020-08-26', [
    ['The paper appears every week.', 'every week', 'SET', 'P1W'],
    ['The paper appears daily.', 'daily', 'SET', 'P1D'],
    ['The fair is held each July.', 'each July', 'SET', 'XXXX-07'],
    ['They meet every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['Rates are reviewed twice a year.', 'twice a year', 'SET', 'P1Y'],
    ['Elections are held every four years.', 'every four years', 'SET', 'P4Y'],
  ]);
});
