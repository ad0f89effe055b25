import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unlikelyPeople } from '../../../../src/analyze/entities/refiners/unlikelyPeople.js';
import { Gazetteer, GazetteerBuilder } from '../../../../src/analyze/entities/gazetteer.js';
import { mentionsIn } from './mentions.js';

test('multi-word "people" without a given name, title, role or lone surname become organisations', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 5; i++) b.add('Michael Kovrig', 'PERSON');
  const g = new Gazetteer(b.build());
  assert.ok(g.firstNames().has('michael'), 'given names come from the gazetteer\'s people');
  const text = 'Northrop Grumman won. Michael Spavor met Noel Forgeard, chief executive of Airbus, and ' +
    'Kaoru Yosano. Yosano said so. Aer Lingus, which flies, and Jusman Djamal, who spoke, came. ' +
    'Airbus chief Thomas Enders left. George W. Bush left. Best Buy sells.';
  const doc = mentionsIn(text, ['Northrop Grumman', 'Michael Spavor', 'Noel Forgeard', 'Kaoru Yosano', 'Yosano', 'Aer Lingus',
    'Jusman Djamal', 'Thomas Enders', 'George W. Bush', 'Best Buy'].map((n) => [n, 'PERSON'] as [string, 'PERSON']));
  unlikelyPeople(doc, g, text);
  assert.deepEqual(doc.filter((m) => m.kind === 'ORG').map((m) => m.text), ['Northrop Grumman', 'Aer Lingus', 'Best Buy']);
});

test('a name listed next to a person, or said to speak as "she", is a person; a company that says stays a company', () => {
  const text = "Dana Quill, Arvo Tenk and Lisz Morrow contributed. Zell Orvan said she saw it. Northrop Grumman said it won. " +
    "CNN's Xul Vantorp reports.";
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON'], ['Arvo Tenk', 'PERSON'], ['Lisz Morrow', 'PERSON'],
    ['Zell Orvan', 'PERSON'], ['Northrop Grumman', 'PERSON'], ['CNN', 'ORG'], ['Xul Vantorp', 'PERSON']]);
  unlikelyPeople(ms, new Gazetteer(new Map([['dana quill', 'PERSON']])), text);
  assert.deepEqual(ms.map((m) => m.kind), ['PERSON', 'PERSON', 'PERSON', 'PERSON', 'ORG', 'ORG', 'PERSON']);
});
