// Shared helper for the golden tests: the timex found for a phrase inside a sentence.
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/analyze/time/index.js';
import type { Timex } from '../../../src/types.js';

/** Tag `sentence` and return the timex whose text is exactly `phrase` (fails listing what was found). */
export function timexOf(sentence: string, dct: string, phrase: string): Timex {
  const found = tagTimexes(sentence, dct);
  const t = found.find((x) => x.text === phrase);
  assert.ok(t, `expected a timex "${phrase}" in ${JSON.stringify(sentence)}; found ${JSON.stringify(found.map((x) => x.text))}`);
  assert.equal(sentence.slice(t.start, t.end), t.text, 'offsets point at the text');
  return t;
}

/** [sentence, phrase, type, value] rows, all with one publication date. */
export function expectAll(dct: string, rows: [string, string, string, string][]): void {
  for (const [sentence, phrase, type, value] of rows) {
    const t = timexOf(sentence, dct, phrase);
    assert.deepEqual([t.type, t.value], [type, value], `${JSON.stringify(phrase)} in ${JSON.stringify(sentence)} (DCT ${dct})`);
  }
}
