import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymKinds } from '../../../../src/analyze/entities/refiners/acronymKinds.js';
import { mentionsIn } from './mentions.js';

test('an acronym in parentheses after a name takes its kind, here and later; not after a person', () => {
  const text = 'Singapore Airlines (SIA) flies. SIA said so. Tom Lee (TL) left.';
  const doc = mentionsIn(text, [['Singapore Airlines', 'ORG'], ['SIA', 'PLACE'], ['SIA', 'PLACE'], ['Tom Lee', 'PERSON'], ['TL', 'ORG']]);
  acronymKinds(doc, text);
  assert.deepEqual(doc.map((m) => m.kind), ['ORG', 'ORG', 'ORG', 'PERSON', 'ORG']);
});

test('an acronym not in brackets keeps its kind', () => {
  const text = 'Singapore Airlines and SIA flew.';
  const doc = mentionsIn(text, [['Singapore Airlines', 'ORG'], ['SIA', 'PLACE']]);
  acronymKinds(doc, text);
  assert.deepEqual(doc.map((m) => m.kind), ['ORG', 'PLACE']);
});
