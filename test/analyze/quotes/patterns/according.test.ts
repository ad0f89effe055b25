// The according pattern alone: 'According to X, C' / 'C, according to X'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import { according } from '../../../../src/analyze/quotes/patterns/according.js';

const run = (text: string, word = 'according') => readable(text, according.match(cueIn(text, word)));

test('fires before and after the content', () => {
  assert.deepEqual(run('According to the mayor, the bridge will reopen.'),
    { speaker: 'the mayor', content: ['the bridge will reopen'], direct: false });
  assert.deepEqual(run('The bridge will reopen, according to officials.'),
    { speaker: 'officials', content: ['The bridge will reopen'], direct: false });
});

test('does not apply to another cue, and takes "according to" with no phrase after it without content', () => {
  assert.equal(run('The mayor said the bridge will reopen.', 'said'), undefined);
  assert.deepEqual(run('The bridge will reopen, according to.'), { speaker: undefined, content: [], direct: false });
});
