import { test } from 'node:test';
import { expectAll } from '../helpers.js';

test('last/this/next week, month, year', () => {
  expectAll('2020-08-26', [
    ['Prices rose last week.', 'last week', 'DATE', '2020-W34'],
    ['Prices rose this week.', 'this week', 'DATE', '2020-W35'],
    ['Prices rose last month.', 'last month', 'DATE', '2020-07'],
    ['Prices may rise next year.', 'next year', 'DATE', '2021'],
    ['The talks started earlier this month.', 'earlier this month', 'DATE', '2020-08'],
    // Past tense on a Wednesday: the weekend just gone (TimeML resolves it like a past weekday).
    ['Trading was quiet over the weekend.', 'the weekend', 'DATE', '2020-W34-WE'],
    ['Sales fell in the fiscal year.', 'the fiscal year', 'DATE', '2020'],
  ]);
});

test('"the past week" is a duration, "the latest quarter" the one last reported', () => {
  expectAll('1989-10-26', [
    ['Shares rose 5% in the past week.', 'the past week', 'DURATION', 'P1W'],
    ['Profit rose in the latest quarter.', 'the latest quarter', 'DATE', '1989-Q3'],
  ]);
});

test('seasons with last/this', () => {
  expectAll('2020-08-26', [
    ['The plant closed last fall.', 'last fall', 'DATE', '2019-FA'],
    ['The plant reopens this summer.', 'this summer', 'DATE', '2020-SU'],
  ]);
});
