// The coordinated pattern alone: 'X embraced him and said C'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import { coordinated } from '../../../../src/analyze/quotes/patterns/coordinated.js';

const run = (text: string) => readable(text, coordinated.match(cueIn(text, 'said')));

test('fires on a cue after "and" with the clause subject as speaker', () => {
  assert.deepEqual(run('McConnell was quick to embrace him and said the deal was fair.'),
    { speaker: 'McConnell', content: ['the deal was fair'], direct: false });
});

test('does not apply when the cue has a subject of its own', () => {
  assert.equal(run('Smith met Jones and he said the deal was fair.'), undefined);
});
