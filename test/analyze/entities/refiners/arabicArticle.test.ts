import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicArticle } from '../../../../src/analyze/entities/refiners/arabicArticle.js';
import { extractEntities } from '../../../../src/analyze/entities/index.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';
import { mentionsIn } from './mentions.js';

test('a lower-case "al" before a name belongs to it; a capital "Al" or "al" inside a word does not change', () => {
  const text = 'They fought al Qaeda, met Al Gore and read Cal Ripken at the Hotel el Minzah.';
  const ms = mentionsIn(text, [['Qaeda', 'ORG'], ['Al Gore', 'PERSON'], ['Ripken', 'PERSON'], ['Minzah', 'PLACE']]);
  arabicArticle(text, ms);
  assert.deepEqual(ms.map((m) => [m.text, m.name, text.slice(m.start, m.end)]), [['al Qaeda', 'al Qaeda', 'al Qaeda'],
    ['Al Gore', 'Al Gore', 'Al Gore'], ['Ripken', 'Ripken', 'Ripken'], ['el Minzah', 'el Minzah', 'el Minzah']]);
});

test('the pipeline: "al Qaeda" is one organisation', () => {
  const text = 'The group is linked to al Qaeda in Iraq, officials said.';
  const found = extractEntities(text, splitSentences(text));
  assert.ok(found.some((e) => e.text === 'al Qaeda' && e.kind === 'ORG'), JSON.stringify(found));
});
