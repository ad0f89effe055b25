// The post-posed pattern alone: '“C,” X said' / 'C, X said'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import { postposed } from '../../../../src/analyze/quotes/patterns/postposed.js';

const run = (text: string, word = 'said') => readable(text, postposed.match(cueIn(text, word)));

test('fires on a quotation or a clause before the subject, with only adjuncts after the cue', () => {
  assert.deepEqual(run('“The fund will grow,” the treasurer said on Monday.'),
    { speaker: 'the treasurer', content: ['The fund will grow,'], direct: true });
  assert.deepEqual(run('The fund will grow, the treasurer said.'),
    { speaker: 'the treasurer', content: ['The fund will grow'], direct: false });
});

test('does not take a fronted adjunct as content, nor apply when a clause follows the cue', () => {
  assert.equal(run('On Saturday, Smith called on Jones to resign.', 'called'), undefined);
  assert.equal(run('Asked about it, Smith said it is hard to tell.'), undefined);
});
