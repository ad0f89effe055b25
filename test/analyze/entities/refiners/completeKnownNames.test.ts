import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeKnownNames } from '../../../../src/analyze/entities/refiners/completeKnownNames.js';
import { mentionsIn } from './mentions.js';

test('a mention ending a longer name of the document, right after the rest of it, becomes that name', () => {
  const text = 'Air Zembla has ordered jets. The Air Zembla deal includes options. Zembla is a small country.';
  const ms = mentionsIn(text, [['Zembla', 'PLACE'], ['Air Zembla', 'ORG'], ['Zembla', 'PLACE']]);
  completeKnownNames(text, ms);
  assert.deepEqual(ms.map((m) => [m.text, m.kind, m.start]), [
    ['Air Zembla', 'ORG', 0], ['Air Zembla', 'ORG', text.indexOf('Air Zembla deal')], ['Zembla', 'PLACE', text.lastIndexOf('Zembla')]]);
});

test('a longer name is not forced over other mentions, glued words or titled mentions', () => {
  const text = 'Dana Quill met Quill. HairQuill sued. Dr. Dana Quill said.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON'], ['Quill', 'PERSON'], ['Quill', 'ORG'], ['Dr. Dana Quill', 'PERSON', 'Dana Quill']]);
  const before = ms.map((m) => ({ ...m }));
  completeKnownNames(text, ms);
  assert.deepEqual(ms, before);
  // the rest of the name already inside another mention
  const t2 = 'Minister Dana Quill spoke; Dana Quill left.';
  const m2 = mentionsIn(t2, [['Minister Dana', 'PERSON', 'Minister Dana'], ['Quill', 'PERSON'], ['Dana Quill', 'PERSON']]);
  completeKnownNames(t2, m2);
  assert.deepEqual(m2.map((m) => m.text), ['Minister Dana', 'Quill', 'Dana Quill']);
});
