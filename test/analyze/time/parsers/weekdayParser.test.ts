import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAll, timexOf } from '../helpers.js';

test('weekdays lean to the past in news (seed articles)', () => {
  // Seed 000: published Wednesday 2020-08-26.
  expectAll('2020-08-26', [
    ['Champagne raised the cases of former diplomat Michael Kovrig on Tuesday during a meeting.', 'Tuesday', 'DATE', '2020-08-25'],
    ['Zhao Lijian said during a news conference in Beijing on Wednesday.', 'Wednesday', 'DATE', '2020-08-26'],
  ]);
  // Seed 003: published Sunday 2020-06-21; the charges came on Friday 2020-06-19.
  expectAll('2020-06-21', [['Champagne said in a statement on Friday.', 'Friday', 'DATE', '2020-06-19']]);
});

test('a future cue in the sentence turns the weekday forward', () => {
  expectAll('2020-08-26', [
    ['The ministers will meet on Thursday in Rome.', 'Thursday', 'DATE', '2020-08-27'],
    ['Talks are scheduled for Monday.', 'Monday', 'DATE', '2020-08-31'],
  ]);
});

test('last / next weekday and parts of the day', () => {
  expectAll('2020-08-26', [
    ['He left last Friday.', 'last Friday', 'DATE', '2020-08-21'],
    ['He returns next Monday.', 'next Monday', 'DATE', '2020-08-31'],
    ['The blast came Tuesday morning.', 'Tuesday morning', 'TIME', '2020-08-25TMO'],
  ]);
});

test('a weekday with its date is one expression and keeps the date', () => {
  const t = timexOf('The vote was held Friday, Oct. 23, 1998.', '1998-11-21', 'Friday, Oct. 23, 1998');
  assert.equal(t.value, '1998-10-23');
});

test('a weekday with a clock time becomes a TIME', () => {
  expectAll('2020-08-26', [['Officials met on Tuesday at 10 a.m. in Rome.', 'Tuesday at 10 a.m.', 'TIME', '2020-08-25T10:00']]);
});

test('lowercase weekday words are not dates', () => {
  const found = timexOf('The deal closed on Friday.', '2020-08-26', 'Friday');
  assert.equal(found.granularity, 'day');
});
