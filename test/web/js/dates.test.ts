// The page's date arithmetic (web/js/dates.js), which runs without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateEnd, dateStart, DAY, formatDate, iso, ticks } from '../../../web/js/dates.js';

test('a date of any precision spans its whole period', () => {
  assert.equal(iso(dateStart('2024')), '2024-01-01');
  assert.equal(iso(dateEnd('2024')), '2025-01-01');
  assert.equal(iso(dateStart('2024-02')), '2024-02-01');
  assert.equal(iso(dateEnd('2024-02')), '2024-03-01');
  assert.equal(iso(dateStart('2024-12-31T23:00')), '2024-12-31');
  assert.equal(iso(dateEnd('2024-12-31')), '2025-01-01');
});

test('labels are short and keep the precision of the date', () => {
  assert.equal(formatDate('2024'), '2024');
  assert.equal(formatDate('2024-03'), 'Mar 2024');
  assert.equal(formatDate('2024-03-05'), '5 Mar 2024');
});

test('ticks step by day, week, month, quarter or years as the span grows', () => {
  const at = (d: string) => dateStart(d);
  assert.deepEqual(ticks(at('2024-05-01'), at('2024-05-03'), 10).map((t) => t.label), ['1 May', '2 May', '3 May']);
  const weekly = ticks(at('2024-05-01'), at('2024-06-30'), 10);
  assert.ok(weekly.every((t, i) => i === 0 || t.t - weekly[i - 1]!.t === 7 * DAY), 'a tick a week');
  assert.deepEqual(ticks(at('2023-11-15'), at('2024-03-15'), 10).map((t) => t.label), ['Dec 23', '2024', 'Feb 24', 'Mar 24']);
  assert.deepEqual(ticks(at('2024-01-01'), at('2026-12-31'), 13).map((t) => t.label),
    ['2024', 'Apr 24', 'Jul 24', 'Oct 24', '2025', 'Apr 25', 'Jul 25', 'Oct 25', '2026', 'Apr 26', 'Jul 26', 'Oct 26']);
  assert.deepEqual(ticks(at('1990-06-01'), at('2024-01-01'), 5).map((t) => t.label), ['1995', '2002', '2009', '2016', '2023']);
});
