// The inverted pattern alone: '“C,” said X'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import { inverted } from '../../../../src/analyze/quotes/patterns/inverted.js';

const run = (text: string, word: string) => readable(text, inverted.match(cueIn(text, word)));

test('fires on a speaker after the cue, taking the quotation before it', () => {
  assert.deepEqual(run('“We will win,” said Senator Ana Ruiz.', 'said'),
    { speaker: 'Senator Ana Ruiz', content: ['We will win,'], direct: true });
});

test('does not read the object of "told" as a speaker, nor a cue with its subject before it', () => {
  assert.equal(run('“We will win,” told Senator Ana Ruiz.', 'told'), undefined);
  assert.equal(run('“We will win,” Ana Ruiz said.', 'said'), undefined);
});
