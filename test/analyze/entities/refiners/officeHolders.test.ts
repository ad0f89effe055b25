import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officeHolders } from '../../../../src/analyze/entities/refiners/officeHolders.js';
import { Gazetteer } from '../../../../src/analyze/entities/gazetteer.js';
import { bare } from './mentions.js';

test('titles and a full name starting with a given name are a person; organisations with titles in them are not', () => {
  const ms = [bare('ORG', 'State Hillary Clinton'), bare('PLACE', 'Prime Minister Gordon Brown'), bare('ORG', 'General Motors'),
    bare('ORG', 'Queen Elizabeth Hospital'), bare('ORG', 'King Abdullah University'), bare('ORG', 'Justice Department'),
    bare('ORG', 'Hillary Clinton')];
  officeHolders(ms, new Gazetteer(new Map([['gordon brown', 'PERSON']])));
  assert.deepEqual(ms.map((m) => m.kind), ['PERSON', 'PERSON', 'ORG', 'ORG', 'ORG', 'ORG', 'ORG'],
    'a name without a title is left to the other rules');
});
