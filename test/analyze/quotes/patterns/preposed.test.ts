// The pre-posed pattern alone: 'X said (that) C'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import { preposed } from '../../../../src/analyze/quotes/patterns/preposed.js';

const run = (text: string, word = 'said') => readable(text, preposed.match(cueIn(text, word)));

test('fires on a subject before the cue, the content after "that" or an object', () => {
  assert.deepEqual(run('The treasurer said that the fund will grow.'),
    { speaker: 'The treasurer', content: ['the fund will grow'], direct: false });
  assert.deepEqual(run('Smith told reporters on Monday: “We are ready.”', 'told'),
    { speaker: 'Smith', content: ['We are ready.'], direct: true });
});

test('does not apply to a cue with no subject before it', () => {
  assert.equal(run('Said the fund would grow.'), undefined);
});
