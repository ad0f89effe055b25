// Unit tokens: words, punctuation, and each quotation as a single token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitOf } from '../../helpers/quoteUnits.js';

test('a quotation is one token; words keep abbreviations and hyphens, and know their capital', () => {
  const { text, toks } = unitOf('“We will, we must,” said Sen. Lee-Ann Ruiz.');
  assert.deepEqual(toks.map((t) => (t.quote ? '"' : text.slice(t.start, t.end))), ['"', 'said', 'Sen', '.', 'Lee-Ann', 'Ruiz', '.']);
  assert.equal(toks[0]!.quote!.innerEnd - toks[0]!.quote!.innerStart, 'We will, we must,'.length);
  assert.deepEqual(toks.map((t) => t.cap), [false, false, true, false, true, true, false]);
});
