import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../../src/analyze/time/index.js';

test('"the day before" is anchored to the previous date mentioned', () => {
  const text = 'The two were charged on June 19. The day before, Canada protested.';
  const t = tagTimexes(text, '2020-06-21').find((x) => /day before/i.test(x.text));
  assert.ok(t);
  assert.equal(t.value, '2020-06-18');
  assert.equal(t.anchoredTo, 'previous');
});

test('"the next day" with no earlier date falls back to the publication date', () => {
  const t = tagTimexes('He flew home the next day.', '2020-06-21').find((x) => x.text === 'the next day');
  assert.ok(t);
  assert.equal(t.value, '2020-06-22');
});

test('"two days later" counts from the previous date', () => {
  const t = tagTimexes('He was arrested on Dec. 1, 2018. Two days later he was freed.', '2020-06-21');
  assert.deepEqual(t.map((x) => x.value), ['2018-12-01', '2018-12-03']);
});
