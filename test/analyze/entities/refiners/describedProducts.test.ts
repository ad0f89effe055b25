import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describedProducts } from '../../../../src/analyze/entities/refiners/describedProducts.js';
import { mentionsIn } from './mentions.js';
import { defaultGazetteer, Gazetteer } from '../../../../src/analyze/entities/gazetteer.js';

test('a name described in apposition as a version or model of something is a product in all the document', () => {
  const text = 'Zentrix unveiled Osprey, the new version of its software. Osprey ships soon; Dana Quill, the head of Zentrix, ' +
    'spoke. Kestrel, a model of the range, goes; Veloria, a version that works, stays.';
  const ms = mentionsIn(text, [['Zentrix', 'ORG'], ['Osprey', 'PERSON'], ['Osprey', 'ORG'], ['Dana Quill', 'PERSON'],
    ['Zentrix', 'ORG'], ['Kestrel', 'ORG'], ['Veloria', 'PLACE']]);
  describedProducts(ms, text);
  assert.deepEqual(ms.map((m) => m.text), ['Zentrix', 'Dana Quill', 'Zentrix', 'Veloria']);
});

test('a name used as an object is a product: a launch adjective, a count, its category before or after it', () => {
  const text = 'Zentrix unveiled the new Orbix. It sold 60 Pyxa units; the 787 Quellar flew. The web browser Sarvo and the ' +
    'Tolmar Air laptops ship, as does the Vandor user interface. Dana Quill praised the 2008 Kaldoria Games. ' +
    'Mervin Aircraft jets flew; Zentrix processors run.';
  const ms = mentionsIn(text, [['Zentrix', 'ORG'], ['Orbix', 'PLACE'], ['Pyxa', 'ORG'], ['Quellar', 'ORG'],
    ['Sarvo', 'ORG'], ['Tolmar', 'ORG'], ['Vandor', 'PLACE'], ['Dana Quill', 'PERSON'], ['Kaldoria Games', 'ORG'],
    ['Mervin Aircraft', 'ORG'], ['Zentrix', 'ORG']]);
  describedProducts(ms, text);
  assert.deepEqual(ms.map((m) => m.text), ['Zentrix', 'Dana Quill', 'Kaldoria Games', 'Mervin Aircraft', 'Zentrix'],
    'a year is no count, and a maker before its bare category ("Zentrix processors") is no product');
});

test('a maker is no product: the gazetteer knows it, or the text gives it a possessive', () => {
  const text = "Boeing jets and the new Boeing. Velaro's profit rose as the new Velaro sold.";
  const ms = mentionsIn(text, [['Boeing', 'ORG'], ['Boeing', 'ORG'], ['Velaro', 'ORG'], ['Velaro', 'ORG']]);
  describedProducts(ms, text, defaultGazetteer());
  assert.equal(ms.length, 4);
});

test('a name given its category is a product whatever the gazetteer says: "the drug X", "antivirals such as X"', () => {
  const gz = new Gazetteer(new Map([['veltrax', 'PLACE'], ['norvane', 'PLACE']]));
  for (const text of ['Doctors gave the anti-viral drug Veltrax to Norvane patients.', 'Antivirals such as Veltrax work in Norvane.',
    'Take Veltrax or any other anti-viral in Norvane.']) {
    const ms = mentionsIn(text, [['Veltrax', 'PLACE'], ['Norvane', 'PLACE']]);
    describedProducts(ms, text, gz);
    assert.deepEqual(ms.map((m) => m.text), ['Norvane'], text);
  }
});
