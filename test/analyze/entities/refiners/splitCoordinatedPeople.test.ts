import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCoordinatedPeople } from '../../../../src/analyze/entities/refiners/splitCoordinatedPeople.js';
import type { EntityMention } from '../../../../src/types.js';

test('two people joined by "and" in one tagged span are two mentions; a company named so stays whole', () => {
  const mentions: EntityMention[] = [
    { kind: 'PERSON', name: 'Michael Kovrig', start: 0, end: 14, text: 'Michael Kovrig' },
    { kind: 'PERSON', name: 'Michael Spavor', start: 19, end: 33, text: 'Michael Spavor' },
    { kind: 'ORG', name: 'Kovrig and Spavor', start: 50, end: 67, text: 'Kovrig and Spavor' },
    { kind: 'ORG', name: 'Procter and Gamble', start: 80, end: 98, text: 'Procter and Gamble' },
  ];
  splitCoordinatedPeople(mentions);
  assert.deepEqual(mentions.slice(2).map((m) => [m.kind, m.text, m.start, m.end]),
    [['PERSON', 'Kovrig', 50, 56], ['PERSON', 'Spavor', 61, 67], ['ORG', 'Procter and Gamble', 80, 98]]);
});

test('only one side a person of the document: no split', () => {
  const mentions: EntityMention[] = [
    { kind: 'PERSON', name: 'Michael Kovrig', start: 0, end: 14, text: 'Michael Kovrig' },
    { kind: 'ORG', name: 'Kovrig and Zentrix', start: 20, end: 38, text: 'Kovrig and Zentrix' },
  ];
  splitCoordinatedPeople(mentions);
  assert.deepEqual(mentions.map((m) => m.text), ['Michael Kovrig', 'Kovrig and Zentrix']);
});
