// The timeline axis (web/js/chart.js): zooming and panning stay inside the timeline's span; point labels stay
// inside the drawing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelSpan, panned, pointLabel, zoomed } from '../../../web/js/chart.js';
import { DAY } from '../../../web/js/dates.js';

const full: [number, number] = [0, 100 * DAY];

test('zooming in halves the span around the centre; zooming out never leaves the full span', () => {
  assert.deepEqual(zoomed(full, full, 0.5), [25 * DAY, 75 * DAY]);
  assert.deepEqual(zoomed(full, full, 0.5, 10 * DAY), [5 * DAY, 55 * DAY]);
  assert.deepEqual(zoomed([25 * DAY, 75 * DAY], full, 4), full);
  assert.deepEqual(zoomed([0, 10 * DAY], full, 0.01), [3.5 * DAY, 6.5 * DAY], 'at least three days stay visible');
});

test('a zoom that would cross an edge is moved back inside', () => {
  assert.deepEqual(zoomed([0, 20 * DAY], full, 1.5, 0), [0, 30 * DAY]);
  assert.deepEqual(zoomed([80 * DAY, 100 * DAY], full, 1.5, 100 * DAY), [70 * DAY, 100 * DAY]);
});

test('panning moves by a fraction of the view and stops at the edges', () => {
  assert.deepEqual(panned([40 * DAY, 60 * DAY], full, 0.5), [50 * DAY, 70 * DAY]);
  assert.deepEqual(panned([10 * DAY, 30 * DAY], full, -1), [0, 20 * DAY]);
  assert.deepEqual(panned([70 * DAY, 90 * DAY], full, 1), [80 * DAY, 100 * DAY]);
});

test('a point is labelled by its day and month, or by the month or year it stands for', () => {
  assert.equal(pointLabel('2024-03-05'), '5 Mar');
  assert.equal(pointLabel('2024-03'), 'Mar 2024');
  assert.equal(pointLabel('2024'), '2024');
});

test('a label stays inside the drawing at both edges', () => {
  const [l0, r0] = labelSpan(0, '12 May', 400);
  assert.ok(l0 >= 0 && r0 > l0);
  const [, r1] = labelSpan(399, '12 May', 400);
  assert.ok(r1 <= 400);
  assert.deepEqual(labelSpan(200, 'ab', 400), [193.5, 206.5]);
});
