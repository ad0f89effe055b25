import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actingPlaces } from '../../../../src/analyze/entities/refiners/actingPlaces.js';
import { Gazetteer, gazetteerKey } from '../../../../src/analyze/entities/gazetteer.js';
import { mentionsIn } from './mentions.js';

const gazetteer = new Gazetteer(new Map([[gazetteerKey('Lyon'), 'PLACE'], [gazetteerKey('Veloria'), 'PLACE']]));

test('a name that is the subject of an acting or speaking verb is an organisation in all the document', () => {
  const text = 'Zentrix sues Apple. The maker, based in Lyon - Zentrix, makes routers.';
  const ms = mentionsIn(text, [['Zentrix', 'PLACE'], ['Apple', 'ORG'], ['Lyon', 'PLACE'], ['Zentrix', 'PLACE']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['ORG', 'ORG', 'PLACE', 'ORG']);
});

test('an ORG mention acting turns the PLACE mentions of its name (an acronym taken for a place) into ORG', () => {
  const text = 'the Quarry Miners (QMU) union agreed to talks. The QMU refused to meet the demands.';
  const ms = mentionsIn(text, [['the Quarry Miners', 'PLACE'], ['QMU', 'PLACE'], ['The QMU', 'ORG', 'QMU']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'ORG', 'ORG']);
});

test('known places, places after a preposition and places before other verbs keep their kind', () => {
  const text = 'Veloria said it would act. Officials in Dunmore said prices rose. Harwick lies north of Lyon.';
  const ms = mentionsIn(text, [['Veloria', 'PLACE'], ['Dunmore', 'PLACE'], ['Harwick', 'PLACE'], ['Lyon', 'PLACE']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'PLACE', 'PLACE', 'PLACE']);
});

test('people are left alone', () => {
  const text = 'Dana Quill said the talks failed.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON']]);
  actingPlaces(ms, gazetteer, text);
  assert.equal(ms[0]!.kind, 'PERSON');
});
