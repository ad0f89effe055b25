import { test } from 'node:test';
import { expectAll } from '../helpers.js';

test('quarters and halves', () => {
  expectAll('2020-10-26', [
    ['Profit fell in the third quarter.', 'the third quarter', 'DATE', '2020-Q3'],
    ['Third-quarter profit fell.', 'Third-quarter', 'DATE', '2020-Q3'],
    ['Its third-quarter profit fell.', 'third-quarter', 'DATE', '2020-Q3'],
    ['Profit fell in the year-ago quarter.', 'the year-ago quarter', 'DATE', '2019-Q3'],
    ['Profit fell in the first half of 2019.', 'the first half of 2019', 'DATE', '2019-H1'],
  ]);
  expectAll('2020-08-26', [['Sales rose in the third quarter.', 'the third quarter', 'DATE', '2020-Q3']]);
});

test('seasons after a preposition or with a year', () => {
  expectAll('2020-08-26', [
    ['The plant closed in the winter.', 'the winter', 'DATE', '2020-WI'],
    ['Sales rose in summer 2018.', 'summer 2018', 'DATE', '2018-SU'],
  ]);
});
