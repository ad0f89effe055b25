// Tables looked up by a key from input answer only with their own entries: "&constructor;" in a page, or a name
// that folds to "constructor", once read Object's constructor (a function) where a string was expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { own } from '../../src/util/own.js';
import { decodeEntities } from '../../src/sources/htmlText.js';
import { extractEntities } from '../../src/analyze/entities/extract.js';
import { analyzeDoc } from '../../src/analyze/index.js';

test('own: only a table\'s own entries', () => {
  const table: Record<string, string> = { amp: '&' };
  assert.equal(own(table, 'amp'), '&');
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) assert.equal(own(table, key), undefined, key);
});

test('an HTML entity named like an object property stays as written', () => {
  assert.equal(decodeEntities('a &constructor; b &toString; c &amp; d'), 'a &constructor; b &toString; c & d');
});

test('a name that folds to an object property is analysed like any other name', () => {
  const names = extractEntities('Constructor Smith met Constructor in Paris. Constructor said yes.', []).map((e) => e.text);
  assert.ok(names.includes('Paris'), JSON.stringify(names));
});

test('a word that names an object property is a word like any other in the analysis', () => {
  const d = analyzeDoc('The Harbour Bridge constructor closed on Tuesday, Mayor Ines Dorpe said.', '2023-03-16');
  assert.ok(d.entities.some((e) => /Ines Dorpe/.test(e.text)), JSON.stringify(d.entities));
  assert.equal(d.quotes[0]?.speaker, 'Ines Dorpe', JSON.stringify(d.quotes));
});
