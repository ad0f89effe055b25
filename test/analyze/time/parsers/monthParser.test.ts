import { test } from 'node:test';
import { expectAll } from '../helpers.js';

test('month names without a day lean to the past unless the sentence is future', () => {
  expectAll('2020-08-26', [
    ['The two were charged in December.', 'December', 'DATE', '2019-12'],
    ['The court will rule in December.', 'December', 'DATE', '2020-12'],
    ['Sales rose in June.', 'June', 'DATE', '2020-06'],
    ['Sales rose in late November.', 'late November', 'DATE', '2019-11'],
    ['Sales rose in December 2019.', 'December 2019', 'DATE', '2019-12'],
    ['He left last April.', 'last April', 'DATE', '2020-04'],
  ]);
});

test('dates with a day: "Dec. 5", "20th June, 2020"', () => {
  expectAll('2020-08-26', [
    ['He was arrested on Dec. 5.', 'Dec. 5', 'DATE', '2019-12-05'],
    ['TORONTO (UrduPoint News / Sputnik - 20th June, 2020) Canada will continue.', '20th June, 2020', 'DATE', '2020-06-20'],
    ['The ruling came on Aug. 7.', 'Aug. 7', 'DATE', '2020-08-07'],
  ]);
});

test('"may" the verb is not May the month', () => {
  expectAll('2020-08-26', [['Talks began in May.', 'May', 'DATE', '2020-05']]);
});
