// Golden examples for the news rules added for TempEval-3: clause-scoped tense, TimeBank span conventions,
// holidays, spelled-out years, "noon Thursday", reporting periods, and words that only look like times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/analyze/time/index.js';
import { futureAt } from '../../../src/analyze/time/tense.js';
import { easterSunday } from '../../../src/analyze/time/parsers/newsPhraseParser.js';
import { expectAll } from './helpers.js';

test('tense is read in the clause of the expression, not anywhere in the sentence', () => {
  // Published Saturday 1999-02-06.
  expectAll('1999-02-06', [
    ['Neal Horsley said Friday that he would seek a new Internet provider.', 'Friday', 'DATE', '1999-02-05'],
    ['The monarch will meet Bush on Thursday in Kennebunkport.', 'Thursday', 'DATE', '1999-02-11'],
    ['The team planned to leave Nairobi on Thursday for Dar es Salaam.', 'Thursday', 'DATE', '1999-02-11'],
    ['The session would still be held at the summit on April 24.', 'April 24', 'DATE', '1999-04-24'],
    ['Officials postponed until Tuesday any action on the case.', 'Tuesday', 'DATE', '1999-02-09'],
    ['The loan must be paid down by May.', 'May', 'DATE', '1999-05'],
  ]);
  const s = 'He said Friday that he would go.';
  assert.equal(futureAt(s, s.indexOf('Friday'), s.indexOf('Friday') + 6), false);
  const f = 'He will go on Friday.';
  assert.equal(futureAt(f, f.indexOf('Friday'), f.indexOf('Friday') + 6), true);
});

test('amounts before "after"/"before" are durations without the signal word; TimeBank modifiers stay in', () => {
  expectAll('1989-10-26', [
    ['The warrants may be exercised until 90 days after their issue date.', '90 days', 'DURATION', 'P90D'],
    ['The banks must wait at least 30 days before closing the purchase.', 'at least 30 days', 'DURATION', 'P30D'],
    ['Inspectors resumed work, nearly two months after the team was blocked.', 'nearly two months', 'DURATION', 'P2M'],
    ['Net rose 5% in the nine months ended Sept. 30.', 'the nine months', 'DURATION', 'P9M'],
    ['Revenue was $76 million for the year ended March 31.', 'the year', 'DURATION', 'P1Y'],
    ['It will take about two years.', 'two years', 'DURATION', 'P2Y'],
  ]);
  // "18 months" is a duration, never a date.
  expectAll('2020-08-26', [['He spent 18 months in custody.', '18 months', 'DURATION', 'P18M']]);
});

test('"earlier this month" keeps "earlier" in the span; "July 1997," keeps its month', () => {
  expectAll('1998-03-05', [
    ['Sales fell earlier this month.', 'earlier this month', 'DATE', '1998-03'],
    ['In July 1997, at a summit in Madrid, the alliance agreed.', 'July 1997', 'DATE', '1997-07'],
  ]);
});

test('holidays resolve like weekdays: the last one unless the clause looks ahead', () => {
  expectAll('2000-01-07', [
    ['Elian was found Thanksgiving Day clinging to an inner tube.', 'Thanksgiving Day', 'DATE', '1999-11-25'],
    ['Violence is going to be a theme of our campaign from now to Election Day.', 'Election Day', 'DATE', '2000-11-07'],
    ['Shops will close on Christmas Eve.', 'Christmas Eve', 'DATE', '2000-12-24'],
  ]);
  assert.deepEqual(easterSunday(2000), { y: 2000, m: 4, d: 23 });
  assert.deepEqual(easterSunday(2019), { y: 2019, m: 4, d: 21 });
});

test('spelled-out years from broadcast transcripts', () => {
  expectAll('1998-02-23', [
    ['Keating was convicted in nineteen ninety-one in state court.', 'nineteen ninety-one', 'DATE', '1991'],
    ['The bug was feared in the year two thousand.', 'the year two thousand', 'DATE', '2000'],
  ]);
});

test('"noon Thursday", "midnight Friday" and "9 a.m. Tuesday" are one TIME each', () => {
  expectAll('1989-10-30', [
    ['The offer was scheduled to expire at midnight Friday.', 'midnight Friday', 'TIME', '1989-10-27T24:00'],
    ['Iraq must withdraw starting at noon Saturday, officials said.', 'noon Saturday', 'TIME', '1989-10-28T12:00'],
  ]);
  expectAll('2000-04-03', [['The INS has given the relatives until 9 a.m. Tuesday to sign.', '9 a.m. Tuesday', 'TIME', '2000-04-04T09:00']]);
});

test('reporting phrases of earnings news', () => {
  expectAll('1989-10-30', [
    ['Net fell, compared with year-earlier profit of $3.8 million in the quarter.', 'year-earlier', 'DATE', '1988-Q3'],
    ['The company expects to complete the transaction by year-end.', 'year-end', 'DATE', '1989'],
    ['Sales in the latest period were $1.76 billion.', 'the latest period', 'DATE', '1989-Q3'],
    ['Sony has cut prices in recent months.', 'recent months', 'DURATION', 'PXM'], // "recent years" is PAST_REF: pastRefRules.test.ts
    ['The Fed expects the economy to slow in coming months.', 'coming months', 'DATE', 'FUTURE_REF'],
    ['The delay reflects current market conditions.', 'current', 'DATE', 'PRESENT_REF'],
  ]);
});

test('words that only look like times are left alone', () => {
  const prices = tagTimexes('Kirschner Medical fell 4 to 15. Employees number 7,000 to 8,000.', '1989-10-30');
  assert.deepEqual(prices.map((t) => t.text), []);
  // "the day before" followed by a clause is a conjunction; at the end of a clause it is a date.
  const conj = tagTimexes('He was last seen Nov. 3, the day before authorities issued a warrant.', '1998-11-21');
  assert.deepEqual(conj.map((t) => t.text), ['Nov. 3']);
  expectAll('1998-11-21', [['He was arrested on Nov. 3. He had been seen the day before.', 'the day before', 'DATE', '1998-11-02']]);
  const finance = tagTimexes('Current assets rose while current liabilities fell.', '1989-10-30');
  assert.deepEqual(finance.map((t) => t.text), []);
});
