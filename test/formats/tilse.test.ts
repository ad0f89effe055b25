import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTilseTimeline, parseTilseDate, parseTilseTimeline, TILSE_SEPARATOR } from '../../src/formats/tilse.js';

const DASHES = TILSE_SEPARATOR;

test('reads dates, sentences and separators; strips lines; drops empty lines', () => {
  const text = ['2010-04-20', ' Rig explodes . ', '', 'Eleven die .', DASHES, '2010-04-22', 'Rig sinks .', DASHES, ''].join('\n');
  const { timeline, warnings } = parseTilseTimeline(text, 'a.txt');
  assert.deepEqual(warnings, []);
  assert.deepEqual([...timeline.entries], [
    ['2010-04-20', ['Rig explodes .', 'Eleven die .']],
    ['2010-04-22', ['Rig sinks .']],
  ]);
});

test('a repeated date: the later entry wins, as in tilse', () => {
  const text = ['2010-05-01', 'first', DASHES, '2010-05-02', 'x', DASHES, '2010-05-01', 'second', DASHES].join('\n');
  const { timeline } = parseTilseTimeline(text, 'a.txt');
  assert.deepEqual(timeline.entries.get('2010-05-01'), ['second']);
  assert.equal(timeline.entries.size, 2);
});

test('a malformed date is reported with file:line and its entry skipped', () => {
  const text = ['2011-03-03', 'delayed', DASHES, '2011-04-0', 'Jury selection begins .', DASHES, '2011-05-02', 'delayed again', DASHES].join('\n');
  const { timeline, warnings } = parseTilseTimeline(text, 'MJ_bbc/bbc.co.uk.txt');
  assert.deepEqual([...timeline.entries.keys()], ['2011-03-03', '2011-05-02']);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^MJ_bbc\/bbc\.co\.uk\.txt:4: malformed date/);
});

test('dates are read as Python strptime(%Y-%m-%d) reads them', () => {
  assert.equal(parseTilseDate('2010-4-5'), '2010-04-05');
  assert.equal(parseTilseDate('2010-02-29'), undefined);
  assert.equal(parseTilseDate('2012-02-29'), '2012-02-29');
  assert.equal(parseTilseDate('2010-13-01'), undefined);
  assert.equal(parseTilseDate('2010-04-20 extra'), undefined);
});

test('an unclosed last entry is ignored (as tilse) with a warning; CRLF files read the same', () => {
  const text = ['2010-01-01', 'kept', DASHES, '2010-01-02', 'lost'].join('\r\n');
  const { timeline, warnings } = parseTilseTimeline(text, 'b.txt');
  assert.deepEqual([...timeline.entries.keys()], ['2010-01-01']);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^b\.txt:4: last entry/);
});

test('a second date line before the dashes takes the sentences collected so far', () => {
  const text = ['2010-01-01', 'one', '2010-01-02', 'two', DASHES].join('\n');
  const { timeline, warnings } = parseTilseTimeline(text, 'c.txt');
  assert.deepEqual([...timeline.entries], [['2010-01-02', ['one', 'two']]]);
  assert.match(warnings[0]!, /^c\.txt:3:/);
});

test('format writes sorted dates, one sentence per line, 32 dashes; parse(format(x)) = x', () => {
  const entries = new Map([
    ['2010-06-01', ['Cap fitted .', 'Oil slows .']],
    ['2010-04-20', ['Rig explodes .']],
  ]);
  const text = formatTilseTimeline({ entries });
  assert.equal(text, `2010-04-20\nRig explodes .\n${DASHES}\n2010-06-01\nCap fitted .\nOil slows .\n${DASHES}\n`);
  assert.equal(DASHES.length, 32);
  const back = parseTilseTimeline(text, 'x');
  assert.deepEqual(back.warnings, []);
  assert.deepEqual(back.timeline.entries, new Map([...entries].sort()));
});
