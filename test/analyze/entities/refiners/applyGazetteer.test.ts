import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyGazetteer, isDemonym } from '../../../../src/analyze/entities/refiners/applyGazetteer.js';
import { Gazetteer, GazetteerBuilder } from '../../../../src/analyze/entities/gazetteer.js';
import { bare, mentionsIn } from './mentions.js';

test('a name the gazetteer knows takes its kind; one it knows as no entity is dropped; unknown names stay', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 5; i++) {
    b.add('Indonesia', 'PLACE');
    b.add('Obama', 'PERSON');
    b.add('Black Monday', 'OTHER');
  }
  const g = new Gazetteer(b.build());
  const doc = [bare('PERSON', 'Indonesia'), bare('PERSON', 'Black Monday'), bare('PERSON', 'Ryanair'), bare('ORG', 'Obama'),
    bare('PERSON', 'Mr. Obama', 'Mr. Obama')];
  const kept = applyGazetteer(doc, g);
  assert.deepEqual(kept.map((x) => `${x.text}/${x.kind}`), ['Indonesia/PLACE', 'Ryanair/PERSON', 'Obama/PERSON', 'Mr. Obama/PERSON'],
    'a name the silver data calls something else is dropped; a title is stripped before the lookup');
});

test('a nationality adjective derived from a known place is not a mention; names that only look like one stay', () => {
  const places = new Gazetteer(new Map([['zembla', 'PLACE'], ['veloria', 'PLACE'], ['quor', 'PLACE'], ['tashkor', 'PLACE'],
    ['maravia', 'PLACE'], ['dunmore', 'PLACE']]));
  for (const w of ['Zemblan', 'Velorian', 'Quorese', 'Tashkori', 'Maravian']) assert.ok(isDemonym(w, places), w);
  for (const w of ['Dunmoreton', 'Zembla', 'Quo', 'ZEMBLAN', 'Harwickian']) assert.ok(!isDemonym(w, places), w);
  const text = 'A Zemblan official met Dana Quill in Zembla.';
  const ms = mentionsIn(text, [['Zemblan', 'ORG'], ['Dana Quill', 'PERSON'], ['Zembla', 'PLACE']]);
  assert.deepEqual(applyGazetteer(ms, places).map((m) => m.text), ['Dana Quill', 'Zembla']);
});
