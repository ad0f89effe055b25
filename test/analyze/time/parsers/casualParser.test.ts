import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../../src/analyze/time/index.js';
import { expectAll } from '../helpers.js';

test('today / yesterday / tomorrow / tonight against the DCT', () => {
  expectAll('2020-08-26', [
    ['Markets fell today.', 'today', 'DATE', '2020-08-26'],
    ['Markets fell yesterday.', 'yesterday', 'DATE', '2020-08-25'],
    ['Markets open tomorrow.', 'tomorrow', 'DATE', '2020-08-27'],
    ['He speaks tonight.', 'tonight', 'TIME', '2020-08-26TNI'],
    ['The storm hit last night.', 'last night', 'TIME', '2020-08-25TNI'],
    ['The storm hit yesterday morning.', 'yesterday morning', 'TIME', '2020-08-25TMO'],
  ]);
});

test('now / currently / recently / the future as TimeML reference values', () => {
  expectAll('2020-08-26', [
    ['Meng is now facing extradition.', 'now', 'DATE', 'PRESENT_REF'],
    ['He is currently in custody.', 'currently', 'DATE', 'PRESENT_REF'],
    ['He recently visited Rome.', 'recently', 'DATE', 'PAST_REF'],
    ['Nothing will change in the future.', 'the future', 'DATE', 'FUTURE_REF'],
  ]);
});

test('"earlier"/"later" stay out of the span as TimeBank does', () => {
  const t = tagTimexes('He said earlier today that it was over.', '2020-08-26');
  assert.deepEqual(t.map((x) => x.text), ['today']);
});

test('now glued to a hyphen is an adjective', () => {
  assert.deepEqual(tagTimexes('The now-defunct firm.', '2020-08-26'), []);
});
