// A history keeps a running reference time: its yearless dates are read from the time it is telling, not from
// publication (src/analyze/time/narrative.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimexes } from '../../../src/analyze/time/index.js';

const dated = (text: string, dct: string, phrase: string): string | undefined => tagTimexes(text, dct).find((t) => t.text === phrase)?.value;

const HISTORY =
  'The offensive was launched through the Ardennes on 16 December 1944. In the autumn of 1944 the Allied advance had slowed. ' +
  'By the middle of December, the Germans had assembled 200,000 troops. Hitler planned to strike in the winter, when fog would ground Allied aircraft. ' +
  'On 19 December, Eisenhower met his generals at Verdun. Patton promised to attack by 22 December. ' +
  'In January, the Allies counterattacked. The following month, they prepared to cross the Rhine. In March, they crossed at Remagen.';

test('a history with two written years dates its yearless months, days and seasons in the time it tells', () => {
  const dct = '2011-05-20';
  assert.equal(dated(HISTORY, dct, 'the middle of December'), '1944-12');
  assert.equal(dated(HISTORY, dct, '19 December'), '1944-12-19');
  // A plan told in a history ("promised to attack by") is still of the history's time.
  assert.equal(dated(HISTORY, dct, '22 December'), '1944-12-22');
  assert.equal(dated(HISTORY, dct, 'the winter'), '1944-WI');
});

test('a history crosses the new year: a month is the occurrence nearest the month it last told', () => {
  const dct = '2011-05-20';
  assert.equal(dated(HISTORY, dct, 'January'), '1945-01');
  assert.equal(dated(HISTORY, dct, 'The following month'), '1945-02');
  assert.equal(dated(HISTORY, dct, 'March'), '1945-03');
  // Looking back a few months stays in the same year.
  const back = 'The bombs fell on Hiroshima on 6 August 1945. The war in Europe had ended in 1945 too. In March, Tokyo had been firebombed.';
  assert.equal(dated(back, dct, 'March'), '1945-03');
});

test('a report that speaks from its publication day keeps its yearless months on publication', () => {
  const report = 'Kenyon, who joined the army in 1998 and served in Bosnia in 2001, was charged on Friday. He was arrested in December after an inquiry. The court heard on Tuesday that the abuse began in May 2003.';
  assert.equal(dated(report, '2005-01-20', 'December'), '2004-12');
});

test('a bare year far from the dated moment a history tells is an aside, not the story moving on', () => {
  const text = 'The team arrived in Baghdad on June 10 1996. It was a fiasco not seen since the Bay of Pigs in 1961. On June 24, I got my chance.';
  assert.equal(dated(text, '2005-09-28', 'June 24'), '1996-06-24');
});
