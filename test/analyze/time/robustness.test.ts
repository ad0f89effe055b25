import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/analyze/time/index.js';

test('empty text gives no timexes', () => {
  assert.deepEqual(tagTimexes('', '2020-08-26'), []);
});

test('a huge paragraph without punctuation does not crash and stays fast', () => {
  const words = 'the minister met officials on Tuesday and talked for 18 months about trade in 2018 while markets fell ';
  const text = words.repeat(3000); // ~300 kB, no sentence ends
  // CPU time, not wall time: a loaded machine must not fail the test (speed itself is measured in bench/).
  const before = process.cpuUsage();
  const found = tagTimexes(text, '2020-08-26');
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  assert.ok(found.length >= 3000 * 2, `found ${found.length}`);
  assert.ok(seconds < 5, `took ${seconds.toFixed(2)} CPU-s`);
  for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'sorted and non-overlapping');
});

test('non-English text does not crash', () => {
  const text = '北京时间8月26日，中国外交部发言人赵立坚表示。Привет, мир! Der Minister sagte am Dienstag ¿Qué?';
  const found = tagTimexes(text, '2020-08-26');
  for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
});

test('a bad DCT is reported, not silently used', () => {
  assert.throws(() => tagTimexes('on Friday', 'June 2020'), /YYYY-MM-DD/);
});

test('results are sorted, non-overlapping, and point into the text', () => {
  const text = 'On Friday, Oct. 23, 1998, at 10 a.m. the talks, which lasted two weeks, ended; a year ago they began.';
  const found = tagTimexes(text, '1998-11-21');
  assert.ok(found.length >= 3);
  for (let i = 0; i < found.length; i++) {
    assert.equal(text.slice(found[i].start, found[i].end), found[i].text);
    if (i) assert.ok(found[i].start >= found[i - 1].end);
  }
});
