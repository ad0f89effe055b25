// The colon pattern alone: 'Name: C'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readable, unitOf } from '../../../helpers/quoteUnits.js';
import { colon } from '../../../../src/analyze/quotes/patterns/colon.js';

const run = (text: string) => readable(text, colon.match(unitOf(text)));

test('fires on a name, a colon and a quotation', () => {
  assert.deepEqual(run('Kim Davis: “I will not resign”'), { speaker: 'Kim Davis', content: ['I will not resign'], direct: true });
});

test('does not take a label or a lower-case opening for a speaker', () => {
  assert.equal(run('Update: the road is open'), undefined);
  assert.equal(run('the mayor: the road is open'), undefined);
});
