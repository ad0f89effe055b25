// The fast tokenizer must keep the definition of a content word: a run of two or more letters, digits or
// underscores (any script), lowercased, stopwords removed; tf-idf fitted incrementally must count each word
// once per text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, TfIdf, dot } from '../../src/timeline/text.js';

const byRegex = (text: string): string[] =>
  [...text.toLowerCase().matchAll(/[\p{L}\p{N}_]{2,}/gu)].map((m) => m[0]).filter((w) => !['the', 'of', 'on', 'in', 'a'].includes(w));

test('contentWords matches the regex definition on mixed scripts, digits and punctuation', () => {
  const samples = ['The BP oil spill began on 20 April 2010.', 'Égypte: Moubarak démissionne — 11/02', 'Über die Straße x_y 3G',
    'Παρίσι και Σεούλ 서울 a b', 'emoji 😀😀 ab𝒳 x'];
  for (const s of samples) assert.deepEqual(contentWords(s), byRegex(s), s);
  assert.deepEqual(contentWords('a I x 9'), []);
});

test('TfIdf.add counts a repeated word once per text and vectors are unit length', () => {
  const m = new TfIdf();
  const ids = m.add('oil oil spill');
  m.add('oil well');
  assert.equal(ids.length, 3);
  assert.equal(ids[0], ids[1]);
  const v = m.vectorOfIds(ids);
  assert.ok(Math.abs(dot(v, v) - 1) < 1e-12);
  // "spill" (in 1 of 2 texts) weighs more than "oil" (in both) per occurrence: 2*idf(oil) vs idf(spill)
  const idfOil = Math.log(3 / 3) + 1;
  const idfSpill = Math.log(3 / 2) + 1;
  const norm = Math.hypot(2 * idfOil, idfSpill);
  assert.ok(Math.abs(v.get(ids[2]!)! - idfSpill / norm) < 1e-12);
  assert.deepEqual(m.vector('oil oil spill'), v);
});
