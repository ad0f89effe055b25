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

// The tokenizer reads plain ASCII words and punctuation directly and hands every other case to its pattern:
// the cases at the border between the two.
test('words join over hyphens, apostrophes, ampersands and inner stops, and know their capital, in ASCII or not', () => {
  const { text, toks } = unitOf('said.Trump U.S.-led AT&T rock\'n\'roll x--y Émile ab.cd 3rd.');
  assert.deepEqual(toks.map((t) => text.slice(t.start, t.end)),
    ['said', '.', 'Trump', 'U.S', '.', '-', 'led', 'AT&T', "rock'n'roll", 'x', '-', '-', 'y', 'Émile', 'ab.cd', '3rd', '.']);
  assert.deepEqual(toks.filter((t) => t.cap).map((t) => t.low), ['trump', 'u.s', 'at&t', 'émile']);
  assert.ok(toks.every((t) => t.word === /^[\p{L}\p{N}]/u.test(text.slice(t.start, t.end))));
});
