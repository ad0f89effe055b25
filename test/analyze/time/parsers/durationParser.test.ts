import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../../src/analyze/time/index.js';
import { expectAll } from '../helpers.js';

test('durations are never dates', () => {
  expectAll('2020-08-26', [
    ['He has been detained for 18 months.', '18 months', 'DURATION', 'P18M'],
    ['Growth slowed over the past few years.', 'the past few years', 'DURATION', 'PXY'],
    ['They signed a two-year contract.', 'two-year', 'DURATION', 'P2Y'],
    ['The meeting lasted three hours.', 'three hours', 'DURATION', 'PT3H'],
    ['The project took two decades.', 'two decades', 'DURATION', 'P20Y'],
    ['She waited for years.', 'years', 'DURATION', 'PXY'],
  ]);
});

test('"ago" points at a date of the unit\'s granularity', () => {
  expectAll('2020-08-26', [
    ['The firm was founded three years ago.', 'three years ago', 'DATE', '2017'],
    ['The firm was founded five months ago.', 'five months ago', 'DATE', '2020-03'],
    ['The firm was founded two days ago.', 'two days ago', 'DATE', '2020-08-24'],
  ]);
});

test('"a year ago" in an earnings report is the same quarter a year before', () => {
  expectAll('1989-10-26', [['Net income rose 5% from a year ago.', 'a year ago', 'DATE', '1988-Q3']]);
});

test('ages and fractions are not time expressions', () => {
  assert.deepEqual(tagTimexes('A 6-year-old boy ate three-quarters of the cake.', '2020-08-26'), []);
});

test('modifiers such as "about" stay out of the span', () => {
  const t = tagTimexes('It took about two weeks.', '2020-08-26');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['two weeks', 'P2W']]);
});
