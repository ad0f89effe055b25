// Tokens for the tagger (tokens.ts): spaCy's units, as the tagger was trained on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUpperWord, tokenize } from '../../../src/analyze/entities/tokens.js';

test("PTB-style quotes `` and '' are one token each, as in the tagger's spaCy-tokenised training data", () => {
  const text = "``It is final,'' said Dana Quill. ''Yes'' and O'Brien's `x' stay.";
  assert.deepEqual(tokenize(text).map((t) => t.text), ['``', 'It', 'is', 'final', ',', "''", 'said', 'Dana', 'Quill', '.',
    "''", 'Yes', "''", 'and', "O'Brien", "'s", '`', 'x', "'", 'stay', '.']);
});

test('a word is upper when its first letter is a capital of any script', () => {
  for (const w of ['Kovrig', 'É', 'Москва', 'US']) assert.ok(isUpperWord(w), w);
  for (const w of ['said', '2019', '北京', "'s"]) assert.ok(!isUpperWord(w), w);
});
