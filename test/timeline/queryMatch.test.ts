// The entity test folds a mention's name only when its first letter could begin one of the entity's names: the
// mentions it passes by must be exactly those whose folded name is none of the entity's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName, sentencesAbout, type EntityNames } from '../../src/timeline/queryMatch.js';
import type { EntityMention, Sentence } from '../../src/types.js';

function docOf(names: string[]): { text: string; sentences: Sentence[]; entities: EntityMention[] } {
  // One sentence per mention, the mention's text a neutral word, so that only its name can tell the entity.
  let text = '';
  const sentences: Sentence[] = [];
  const entities: EntityMention[] = [];
  names.forEach((name, index) => {
    const start = text.length;
    const body = `Officials of Xyzzy met on Monday.`;
    entities.push({ kind: 'ORG', name, text: 'Xyzzy', start: start + 13, end: start + 18 });
    sentences.push({ index, start, end: start + body.length, text: body });
    text += `${body} `;
  });
  return { text, sentences, entities };
}

test('a mention is the entity exactly when its folded name is one of the entity\'s names', () => {
  const e: EntityNames = { name: 'United States', kind: 'ORG', names: ['united states', 'us', '9 11 commission'],
    written: ['xyzzyplugh'] };
  const names = ['The United States', 'U.S.', "'US'", 'Tunisia', 'the us', '  united   states', 'United Kingdom',
    'Ünited States', '9/11 Commission', '...', 'Washington', 'THE UNITED STATES'];
  const doc = docOf(names);
  const expected = names.map((n) => e.names.includes(foldName(n)));
  assert.deepEqual(sentencesAbout(doc, e), expected);
  assert.deepEqual(expected, [true, true, true, false, true, true, false, false, true, false, false, true]);
});
