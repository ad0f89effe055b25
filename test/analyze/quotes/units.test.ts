// Units: sentences joined where a quotation or its speaker runs over a sentence end; datelines cut out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildUnits } from '../../../src/analyze/quotes/units.js';
import { findQuotations } from '../../../src/analyze/quotes/quotations.js';
import { splitSentences } from '../../../src/analyze/sentences.js';

const units = (text: string) => buildUnits(text, splitSentences(text), findQuotations(text)).map((u) => text.slice(u.start, u.end));

test('a speaker after “…?” joins the quotation; an ordinary next sentence does not', () => {
  assert.deepEqual(units('“Is it over?” Freddy Ortega said. The rain stopped.'), ['“Is it over?” Freddy Ortega said.', 'The rain stopped.']);
  assert.deepEqual(units('“It is over.” The rain stopped later that night.'), ['“It is over.”', 'The rain stopped later that night.']);
});

test('a quotation running over two sentences makes one unit, and a dateline is cut off', () => {
  assert.deepEqual(units('He said: “We came. We stayed.” Then he left.'), ['He said: “We came. We stayed.”', 'Then he left.']);
  const [first] = units('KESSEL FORD, Veloria — The mayor said the bridge is shut.');
  assert.equal(first, 'The mayor said the bridge is shut.');
});
