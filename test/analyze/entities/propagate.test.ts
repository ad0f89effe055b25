// One sense per document (propagate.ts): a name tagged once is a mention wherever else it stands untagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propagate } from '../../../src/analyze/entities/propagate.js';
import { tokenize } from '../../../src/analyze/entities/tokens.js';
import { mentionsIn } from './refiners/mentions.js';

test('a tagged name and the surname of a tagged person are found where the tagger missed them', () => {
  const text = 'Dana Quill spoke. Zentrix rose. Quill said Zentrix Systems would grow.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON'], ['Zentrix', 'ORG']]);
  propagate(text, [tokenize(text)], ms);
  // an organisation's name goes on over a company cue word ("Systems")
  assert.deepEqual(ms.map((m) => [m.text, m.kind, m.start]), [['Dana Quill', 'PERSON', 0], ['Zentrix', 'ORG', 18],
    ['Quill', 'PERSON', text.indexOf('Quill said')], ['Zentrix Systems', 'ORG', text.indexOf('Zentrix Systems')]]);
});

test('no mention inside a longer capitalised run, over a covered word, or of a word that never starts a name', () => {
  const text = 'Dana Quill spoke in New Zembla. The Quill Foundation and Brenn Quill met. New Zembla voted.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON'], ['New Zembla', 'PLACE']]);
  propagate(text, [tokenize(text)], ms);
  assert.deepEqual(ms.map((m) => m.text), ['Dana Quill', 'New Zembla']);
});
