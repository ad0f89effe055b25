// Names that are not names as written (refiners/notNames.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notNames, withoutModifier } from '../../../../src/analyze/entities/refiners/notNames.js';
import { extractEntities } from '../../../../src/analyze/entities/index.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';
import type { EntityKind, EntityMention } from '../../../../src/types.js';

const m = (name: string, kind: EntityKind = 'ORG'): EntityMention => ({ kind, name, text: name, start: 0, end: name.length });

test('numbers and bare titles are dropped; a hyphenated modifier is named by the name inside it', () => {
  const out = notNames([m('777', 'PLACE'), m('Mr.', 'PLACE'), m('President', 'PERSON'), m('post-Mubarak', 'PERSON'),
    m('U.S.-led', 'PLACE'), m('London-based', 'PLACE'), m('Hewlett-Packard'), m('Rolls-Royce'), m('Pro-Mubarak', 'PERSON')]);
  assert.deepEqual(out.map((x) => [x.text, x.name]), [['post-Mubarak', 'Mubarak'], ['U.S.-led', 'U.S.'],
    ['London-based', 'London'], ['Hewlett-Packard', 'Hewlett-Packard'], ['Rolls-Royce', 'Rolls-Royce'], ['Pro-Mubarak', 'Mubarak']]);
  assert.equal(withoutModifier('anti-war'), 'anti-war', 'a prefix before a common word is left alone');
});

test('the pipeline: modifiers join the entity they are made from', () => {
  const text = 'Hosni Mubarak resigned. The post-Mubarak era began as anti-Mubarak crowds cheered U.S.-led talks.';
  const found = extractEntities(text, splitSentences(text));
  assert.ok(found.every((x) => !/-/.test(x.name)), JSON.stringify(found));
  assert.equal(found.filter((x) => x.name === 'Hosni Mubarak').length, 3, JSON.stringify(found));
});
