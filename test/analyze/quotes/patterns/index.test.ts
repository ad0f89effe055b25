// The order of the attribution patterns is behaviour: the first that applies to a cue takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_PATTERNS, UNIT_PATTERNS } from '../../../../src/analyze/quotes/patterns/index.js';
import { extractQuotes } from '../../../../src/analyze/quotes.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';

test('the patterns keep their order', () => {
  assert.deepEqual(UNIT_PATTERNS.map((p) => p.name), ['colon', 'signoff']);
  assert.deepEqual(CUE_PATTERNS.map((p) => p.name), ['according', 'inverted', 'coordinated', 'participle', 'postposed', 'preposed']);
});

test('according comes before participle, which alone would misread "C, according to X"', () => {
  const text = 'The bridge will reopen, according to officials.';
  const c = cueIn(text, 'according');
  assert.equal(readable(text, CUE_PATTERNS.find((p) => p.name === 'participle')!.match(c))?.content[0], 'officials');
  const [q, ...rest] = extractQuotes(text, splitSentences(text), []);
  assert.equal(rest.length, 0);
  assert.deepEqual([q!.speakerText, q!.text], ['officials', 'The bridge will reopen']);
});

test('postposed comes before preposed, which alone would find no content in “C,” X said', () => {
  const text = '“The fund will grow,” the treasurer said.';
  const c = cueIn(text, 'said');
  assert.deepEqual(readable(text, CUE_PATTERNS.find((p) => p.name === 'preposed')!.match(c))?.content, []);
  const qs = extractQuotes(text, splitSentences(text), []);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.text, q.direct]), [['the treasurer', 'The fund will grow', true]]);
});
