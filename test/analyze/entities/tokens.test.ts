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

// tokenize reads plain ASCII words and punctuation directly and hands every other case to its pattern: these are
// the cases at the border between the two, each with the tokens the pattern gives.
test('the direct reading of ASCII words agrees with the pattern at its borders', () => {
  const cases: [string, string[]][] = [
    ['U.S. and A.B.C. led', ['U.S.', 'and', 'A.B.C.', 'led']],
    ['a 3G phone, an A380, 2,000 people, 2,000abc', ['a', '3G', 'phone', ',', 'an', 'A380', ',', '2,000', 'people', ',', '2', ',', '000abc']],
    ["O'Brien's rock'n'roll", ["O'Brien", "'s", "rock'n'roll"]],
    ['AT&T and S&P, Mr. J. Smith', ['AT&T', 'and', 'S&P', ',', 'Mr.', 'J.', 'Smith']],
    ['Zoë café\u00a0Noël naïve', ['Zoë', 'café', 'Noël', 'naïve']],
    ['x\u0001y end', ['x', '\u0001', 'y', 'end']],
    ["In 1990's 3.5 2,000. 2011. 12:30 7-4 12/5 4x4 2011", ['In', '1990', "'s", '3.5', '2,000', '.', '2011', '.', '12:30', '7', '-', '4', '12', '/', '5', '4x4', '2011']],
    ['5\u0663 5é 5,\u0663 10% 1st', ['5\u0663', '5é', '5,\u0663', '10', '%', '1st']],
    ['\u201cNo\u201d \u2018yes\u2019 a\u2014b a\u2013b so\u2026 Obama\u2019s', ['\u201c', 'No', '\u201d', '\u2018', 'yes', '\u2019', 'a', '\u2014', 'b', 'a', '\u2013', 'b', 'so', '\u2026', 'Obama', '\u2019s']],
  ];
  for (const [text, want] of cases) assert.deepEqual(tokenize(text).map((t) => t.text), want, text);
  // A range ends a word where the range ends, not where the text does.
  assert.deepEqual(tokenize('Jones.Smith', 0, 5).map((t) => t.text), ['Jones']);
});
