// How a story is shown: the period most of its coverage falls in, and its biggest events there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainEvents, mainPeriod } from '../../src/service/stories.js';
import type { StorySummary } from '../../src/types.js';

const story = (events: [string, number][]): StorySummary => ({
  id: 1, label: 'x', articles: events.reduce((n, [, a]) => n + a, 0),
  first: events[0]![0], last: events[events.length - 1]![0],
  events: events.map(([date, articles], i) => ({ date, label: `event ${i}`, articles })),
});

test('the main period leaves out the stray early and late pieces a storyline picked up', () => {
  const s = story([['2008-10-17', 1], ['2010-04-20', 30], ['2010-05-27', 12], ['2010-07-15', 8], ['2011-02-03', 1]]);
  assert.deepEqual(mainPeriod(s), { first: '2010-04-20', last: '2010-07-15' });
  // Everything is needed when no event is small enough to leave out.
  assert.deepEqual(mainPeriod(story([['2020-01-01', 5], ['2020-03-01', 5]])), { first: '2020-01-01', last: '2020-03-01' });
});

test('the biggest events of the main period are shown in date order', () => {
  const s = story([['2008-10-17', 1], ['2010-04-20', 30], ['2010-04-21', 2], ['2010-05-27', 12], ['2010-07-15', 8], ['2011-02-03', 1]]);
  assert.deepEqual(mainEvents(s, 2).map((e) => e.date), ['2010-04-20', '2010-05-27']);
  assert.deepEqual(mainEvents(s, 10).map((e) => e.date), ['2010-04-20', '2010-04-21', '2010-05-27', '2010-07-15']);
});
