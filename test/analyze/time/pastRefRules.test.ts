// Golden examples for the value rules of time round 2 (2026-11): "recent years" / "past years" as an era of
// the past (PAST_REF, while "recent months" stays a vague duration), "the past year" as the year before the
// story, a future-leaning deadline a few days gone staying in the past, the ordinal "a second", programme
// titles in quotes, a coordinated "and was …" after the expression. Each fails without its rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/analyze/time/index.js';
import { expectAll } from './helpers.js';

test('"recent years" and "past years" are PAST_REF; shorter vague units stay durations', () => {
  expectAll('2004-06-09', [
    ['Exports to the region have doubled in recent years, the ministry said.', 'recent years', 'DATE', 'PAST_REF'],
    ['The funds suffered heavy outflows in past years as well.', 'past years', 'DATE', 'PAST_REF'],
    ['Home prices have risen sharply in recent months.', 'recent months', 'DURATION', 'PXM'],
  ]);
});

test('"the past year" is the year before publication; "the past week" remains a duration', () => {
  expectAll('2011-05-03', [
    ['Membership of the club grew by a third over the past year.', 'the past year', 'DATE', '2010'],
    ['Shares rose 5% in the past week.', 'the past week', 'DURATION', 'P1W'],
  ]);
});

test('a future-leaning date only days before publication is not read as next year', () => {
  expectAll('2003-03-15', [
    // "by" looks ahead, but the next March 12 is a year away and the last one three days back.
    ['Lawyers said they would fight the order to release the documents by March 12.', 'March 12', 'DATE', '2003-03-12'],
    // A deadline still ahead keeps the future reading.
    ['The agency must release the documents by March 20.', 'March 20', 'DATE', '2003-03-20'],
  ]);
  expectAll('2003-03-15', [
    // Far enough back, the future reading of a deadline stands (the rule only covers the last two weeks).
    ['The agency will have to release the documents by Feb. 2.', 'Feb. 2', 'DATE', '2004-02-02'],
  ]);
});

test('"a second" before its noun is the ordinal, not one second', () => {
  const found = tagTimexes('A second group of investors joined the bid, and it was a second blow to the board.', '1995-04-03');
  assert.deepEqual(found.map((t) => t.text), []);
  // The duration itself is still found.
  expectAll('1995-04-03', [['The light flashed for a second and went out.', 'a second', 'DURATION', 'PT1S']]);
});

test('a programme title in quotes is no time expression', () => {
  const found = tagTimexes('The senator said on ABC\'s "This Week" and later on CBS\'s "60 Minutes" that the talks had failed.', '1996-09-09');
  assert.deepEqual(found.map((t) => t.text), []);
  // Quoted speech that starts with an ordinary time expression keeps it.
  expectAll('1996-09-09', [['"This week we will vote," he said.', 'This week', 'DATE', '1996-W37']]);
});

test('a verb coordinated after the expression ("and was …") does not set its tense', () => {
  // Wednesday 2012-05-09: "plans" governs "on Monday"; "and was negotiating" is the subject's second verb.
  expectAll('2012-05-09', [
    ['The union plans a large strike at the main plant on Monday and was negotiating with the owners.', 'Monday', 'DATE', '2012-05-14'],
  ]);
});
