import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, isoDay } from '../../src/stories/days.js';

test('day numbers count whole UTC days from 1970-01-01 and read back as the same date', () => {
  assert.equal(dayNumber('1970-01-02', 1), 1);
  assert.equal(dayNumber('2021-03-01T23:59:00-08:00', 1), dayNumber('2021-03-01', 1), 'the time of day is ignored');
  assert.equal(dayNumber('2021-03-01', 1) - dayNumber('2021-02-28', 1), 1);
  for (const d of ['1999-12-31', '2020-02-29', '2024-10-27']) assert.equal(isoDay(dayNumber(d, 1)), d);
});

test('an article without a usable date is refused, naming it', () => {
  assert.throws(() => dayNumber('soon', 42), /article 42 has no usable date \("soon"\)/);
  assert.throws(() => dayNumber('', 7), /article 7/);
});
