import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lonePeople } from '../../../../src/analyze/entities/refiners/lonePeople.js';
import { Gazetteer, GazetteerBuilder } from '../../../../src/analyze/entities/gazetteer.js';
import { bare } from './mentions.js';
import { Lexicon } from '../../../../src/analyze/entities/lexicon.js';

test('a lone unknown one-word "person" becomes an organisation; surnames, titled and known people stay', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 5; i++) b.add('Obama', 'PERSON');
  const g = new Gazetteer(b.build());
  const doc = [bare('PERSON', 'Ryanair'), bare('PERSON', 'Obama'), bare('PERSON', 'Michael Kovrig'), bare('PERSON', 'Kovrig'),
    bare('PERSON', 'Mr. Smith', 'Smith'), bare('PERSON', 'Smith'), bare('PLACE', 'Zembla')];
  lonePeople(doc, g);
  assert.deepEqual(doc.map((x) => `${x.text}/${x.kind}`), ['Ryanair/ORG', 'Obama/PERSON', 'Michael Kovrig/PERSON',
    'Kovrig/PERSON', 'Mr. Smith/PERSON', 'Smith/PERSON', 'Zembla/PLACE']);
});

test('a lone "person" that news mostly writes in lower case is no name, even one the silver gazetteer calls a person', () => {
  const ms = [bare('PERSON', 'Report'), bare('PERSON', 'Brown'), bare('PERSON', 'Gordon Brown'), bare('PERSON', 'Zorvane')];
  lonePeople(ms, new Gazetteer(new Map([['report', 'PERSON']])), new Lexicon(new Map([['report', 67], ['brown', 90]])));
  assert.deepEqual(ms.map((m) => [m.name, m.kind]), [['Brown', 'PERSON'], ['Gordon Brown', 'PERSON'], ['Zorvane', 'ORG']]);
});
