import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeCues } from '../../../../src/analyze/entities/refiners/placeCues.js';
import { Gazetteer, gazetteerKey } from '../../../../src/analyze/entities/gazetteer.js';
import { mentionsIn } from './mentions.js';

// The silver data's slip, made up here: a town it calls an organisation.
const gazetteer = new Gazetteer(new Map([[gazetteerKey('Varnok'), 'ORG'], [gazetteerKey('Idlib'), 'PLACE'],
  [gazetteerKey('Congress'), 'ORG']]));

test('one strong cue makes a name a place in all the document, against a silver ORG too', () => {
  const text = 'Troops shelled the central city of Varnok. Varnok was quiet on Friday.';
  const ms = mentionsIn(text, [['Varnok', 'ORG'], ['Varnok', 'ORG']]);
  placeCues(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'PLACE']);
  const other = 'Deaths in Varnok province rose. Varnok was quiet.';
  const ms2 = mentionsIn(other, [['Varnok', 'ORG'], ['Varnok', 'ORG']]);
  placeCues(ms2, gazetteer, other);
  assert.deepEqual(ms2.map((m) => m.kind), ['PLACE', 'PLACE']);
});

test('prepositions of location on half the mentions make an unknown name a place, not a stake in a company', () => {
  const text = 'Fighting went on in Talbisa. People fled from Talbisa to towns near Talbisa.';
  const ms = mentionsIn(text, [['Talbisa', 'ORG'], ['Talbisa', 'ORG'], ['Talbisa', 'ORG']]);
  placeCues(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'PLACE', 'PLACE']);
  const firm = 'Fiat took a stake in Corvex. It raised its stake in Corvex. Corvex makes cars.';
  const ms2 = mentionsIn(firm, [['Corvex', 'ORG'], ['Corvex', 'ORG'], ['Corvex', 'ORG']]);
  placeCues(ms2, gazetteer, firm);
  assert.deepEqual(ms2.map((m) => m.kind), ['ORG', 'ORG', 'ORG']);
});

test('against a silver ORG, "in X" needs a listing with a known place too', () => {
  const text = 'Republicans sat in Congress. A bill died in Congress.';
  const ms = mentionsIn(text, [['Congress', 'ORG'], ['Congress', 'ORG']]);
  placeCues(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['ORG', 'ORG']);
  const town = 'Protests spread to Idlib and Varnok. Deaths were reported in Varnok.';
  const ms2 = mentionsIn(town, [['Idlib', 'PLACE'], ['Varnok', 'ORG'], ['Varnok', 'ORG']]);
  placeCues(ms2, gazetteer, town);
  assert.deepEqual(ms2.map((m) => m.kind), ['PLACE', 'PLACE', 'PLACE']);
});

test('a name that acts, a company form and people keep their kind', () => {
  const text = 'Offices in Dalmor closed. Dalmor said in Dalmor it would hire. Work in Brenn Inc. and in Brenn Inc. went on.';
  const ms = mentionsIn(text, [['Dalmor', 'ORG'], ['Dalmor', 'ORG'], ['Dalmor', 'ORG'], ['Brenn Inc.', 'ORG'], ['Brenn Inc.', 'ORG']]);
  placeCues(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
  const person = 'Talks in Varnok failed, said the town of Varnok.';
  const ms2 = mentionsIn(person, [['Varnok', 'PERSON'], ['Varnok', 'PERSON']]);
  placeCues(ms2, gazetteer, person);
  assert.deepEqual(ms2.map((m) => m.kind), ['PERSON', 'PERSON']);
});

test('"X, <known place>" is a place; the first word of an organisation named in full is that organisation', () => {
  const text = "It flew to Brevanne, Idlib for the show. Tarvo, Idlib's rival, said so. Marrow Grumman won; " +
    'the bid was skewed towards Marrow.';
  const ms = mentionsIn(text, [['Brevanne', 'ORG'], ['Idlib', 'PLACE'], ['Tarvo', 'ORG'], ['Idlib', 'PLACE'],
    ['Marrow Grumman', 'ORG'], ['Marrow', 'PLACE']]);
  placeCues(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'PLACE', 'ORG', 'PLACE', 'ORG', 'ORG']);
});
