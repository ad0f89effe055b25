// The colon pattern alone: 'Name: C'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readable, unitOf } from '../../../helpers/quoteUnits.js';
import { colon } from '../../../../src/analyze/quotes/patterns/colon.js';

const run = (text: string) => readable(text, colon.match(unitOf(text)));

test('fires on a name, a colon and a quotation', () => {
  assert.deepEqual(run('Kim Davis: “I will not resign”'), { speaker: 'Kim Davis', content: ['I will not resign'], direct: true });
});

test('does not take a label or a lower-case opening for a speaker', () => {
  assert.equal(run('Update: the road is open'), undefined);
  assert.equal(run('the mayor: the road is open'), undefined);
});

test('a transcript tag with an apostrophe or a hyphen is matched, not an invalid pattern', async () => {
  const { transcriptTag } = await import('../../../../src/analyze/quotes/patterns/colon.js');
  const text = "O'REILLY: Welcome back.\nGUEST: Thanks.\nO'REILLY: Let us start.\nJEAN-PIERRE: Fine.\nJEAN-PIERRE: Yes.";
  assert.equal(transcriptTag(text, 0, "O'REILLY".length), true);
  const at = text.indexOf('JEAN-PIERRE');
  assert.equal(transcriptTag(text, at, at + 'JEAN-PIERRE'.length), true);
  assert.equal(transcriptTag(text, text.indexOf('GUEST'), text.indexOf('GUEST') + 5), false);
});
