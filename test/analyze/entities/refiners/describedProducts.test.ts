import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describedProducts } from '../../../../src/analyze/entities/refiners/describedProducts.js';
import { mentionsIn } from './mentions.js';

test('a name described in apposition as a version or model of something is a product in all the document', () => {
  const text = 'Zentrix unveiled Osprey, the new version of its software. Osprey ships soon; Dana Quill, the head of Zentrix, ' +
    'spoke. Kestrel, a model of the range, goes; Veloria, a version that works, stays.';
  const ms = mentionsIn(text, [['Zentrix', 'ORG'], ['Osprey', 'PERSON'], ['Osprey', 'ORG'], ['Dana Quill', 'PERSON'],
    ['Zentrix', 'ORG'], ['Kestrel', 'ORG'], ['Veloria', 'PLACE']]);
  describedProducts(ms, text);
  assert.deepEqual(ms.map((m) => m.text), ['Zentrix', 'Dana Quill', 'Zentrix', 'Veloria']);
});
