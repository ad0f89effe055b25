// The participle pattern alone: '…, saying C'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueIn, readable } from '../../../helpers/quoteUnits.js';
import type { Attribution } from '../../../../src/analyze/quotes/attribution.js';
import { participle } from '../../../../src/analyze/quotes/patterns/participle.js';

const run = (text: string, found: Attribution[] = []) => readable(text, participle.match(cueIn(text, 'saying', found)));

test('fires after a comma, taking the clause subject, or the unit speaker found before it', () => {
  const text = 'Smith closed the bridge on Monday, saying it was unsafe.';
  assert.deepEqual(run(text), { speaker: 'Smith', content: ['it was unsafe'], direct: false });
  const earlier = { speakerStart: text.indexOf('the bridge'), speakerEnd: text.indexOf(' on'), cue: cueIn(text, 'saying').cue, cueEnd: 0, content: [], direct: false };
  assert.equal(run(text, [earlier])?.speaker, 'the bridge');
});

test('does not apply without the comma, nor to a participle with a subject before it', () => {
  assert.equal(run('Saying it was unsafe, the mayor closed the bridge.'), undefined);
  assert.equal(run('Officials kept saying it was unsafe.'), undefined);
});
