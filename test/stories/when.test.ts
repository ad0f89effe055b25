// The day an article states it reports on, and the week lists stories keep of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber } from '../../src/text/calendar.js';
import { addWeeks, isUrlLine, MAX_WHEN_WEEKS, statedDay, weeksApart } from '../../src/stories/when.js';

test('a lead states its date as a stamp, in its web address or as an ISO date', () => {
  const cases: [string, string][] = [
    ['Lindsay Lohan checks into Betty Ford Center\n\nMay 03, 2013\n\nAfter skipping out …', '2013-05-03'],
    ['Texas prisoner captured\n\n7: 15 a. m. Dec. 7, 2009\n\nA convicted sex offender …', '2009-12-07'],
    ['27 NOVEMBER, 2005\n\nDid the earth move for you?', '2005-11-27'],
    ['Report: Red Sox offer Teixeira\n\nDecember 15th, 2008, 7: 35 am\n\nDan Patrick reported …', '2008-12-15'],
    ['http: / / articles. latimes. com / 2013 / may / 03 / local / la - me - lohan\n\nLohan checks in', '2013-05-03'],
    ['http: / / www. alaskapublic. org / 2012 / 08 / 08 / dairy - building /\n\nFire', '2012-08-08'],
    ['http://secretdubai.blogspot.nl/2005/11/did-earth-move.html\n\nA tremor', '2005-11-15'],
    ['Posted 2011-03-11 by the desk. A quake struck.', '2011-03-11'],
  ];
  for (const [text, iso] of cases) assert.equal(statedDay(undefined, text), dayNumber(iso), text.slice(0, 40));
});

test('the first full date of the lead wins; a date without year, a bare year or a date past the lead do not count', () => {
  assert.equal(statedDay(undefined, 'On March 3, 2011 a quake struck; on April 20, 2010 a rig exploded.'), dayNumber('2011-03-03'));
  assert.equal(statedDay('Quake of May 2, 2012 revisited', 'On March 3, 2011 …'), dayNumber('2012-05-02'));
  assert.equal(statedDay(undefined, 'The quake struck on Saturday, March 3, in the north.'), undefined);
  assert.equal(statedDay(undefined, 'In 2005 a quake struck the same island.'), undefined);
  assert.equal(statedDay(undefined, 'February 30, 2011 is no day at all.'), undefined);
  assert.equal(statedDay(undefined, `${'Rescuers dug on. '.repeat(60)}On March 3, 2011 …`), undefined);
});

test('a web address line is recognised, prose mentioning one is not', () => {
  assert.ok(isUrlLine('http: / / www. ocregister. com / angels / million - 416271 - http - red. html'));
  assert.ok(isUrlLine('https://example.org/a/b'));
  assert.ok(!isUrlLine('Read more at http://example.org about the quake.'));
});

test('week lists stay sorted and distinct, are thinned where densest, and measure the nearest distance', () => {
  const weeks: number[] = [];
  addWeeks(weeks, [5, 1, 5, 3]);
  assert.deepEqual(weeks, [1, 3, 5]);
  assert.equal(weeksApart(weeks, [9, 20]), 28);
  assert.equal(weeksApart(weeks, [3]), 0);
  assert.equal(weeksApart([], weeks), Infinity);
  const long: number[] = [];
  addWeeks(long, Array.from({ length: MAX_WHEN_WEEKS }, (_, i) => i));
  addWeeks(long, [1000]);
  assert.equal(long.length, MAX_WHEN_WEEKS);
  assert.equal(long[0], 0, 'the earliest week is kept');
  assert.equal(long.at(-1), 1000, 'the outlying week is kept: only a dense stretch is thinned');
});
