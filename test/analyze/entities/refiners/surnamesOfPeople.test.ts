import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../../../src/analyze/entities/index.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';

const kinds = (text: string): Map<string, string> =>
  new Map(extractEntities(text, splitSentences(text)).map((m) => [m.text.replace(/^the /, ''), m.kind]));

// Seed sentences (../shared/data/seeds), quoted.
test('a family name of a person named in full earlier is that person', () => {
  const k = kinds('Champagne raised the cases during a meeting with Chinese counterpart Wang Yi in Rome. The comments ' +
    "appear to pour cold water on hopes that Champagne's meeting with Wang in Rome would lead to a breakthrough.");
  assert.equal(k.get('Wang'), 'PERSON');
  assert.equal(k.get('Rome'), 'PLACE');
});

test('"the Government of Canada" is an organisation; a dateline source-and-date string is no name', () => {
  const k = kinds('TORONTO (UrduPoint News / Sputnik - 20th June, 2020) Canada will continue to engage with allies. ' +
    '"The cases remain a top priority for the Government of Canada," the department added.');
  assert.equal(k.get('Government of Canada'), 'ORG');
  assert.equal(k.get('Canada'), 'PLACE');
  assert.ok(![...k.keys()].some((n) => n.includes('2020')), [...k.keys()].join(', '));
});
