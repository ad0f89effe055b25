import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineKinds } from '../../../../src/analyze/entities/refiners/datelineKinds.js';
import { foldKey } from '../../../../src/analyze/entities/names.js';
import type { EntityKind } from '../../../../src/types.js';
import { bare } from './mentions.js';

test('the place and agency of the dateline keep their dateline kinds in all the document; other names are left', () => {
  const kinds = new Map<string, EntityKind>([[foldKey('Kessel Ford'), 'PLACE'], [foldKey('VNS'), 'ORG']]);
  const doc = [bare('PLACE', 'KESSEL FORD', 'Kessel Ford'), bare('ORG', 'Kessel Ford'), bare('PLACE', 'VNS'),
    bare('ORG', 'Castell Engineering')];
  datelineKinds(doc, kinds);
  assert.deepEqual(doc.map((m) => m.kind), ['PLACE', 'PLACE', 'ORG', 'ORG']);
});

test('no dateline: nothing changes', () => {
  const doc = [bare('ORG', 'Kessel Ford')];
  datelineKinds(doc, new Map());
  assert.equal(doc[0]!.kind, 'ORG');
});
