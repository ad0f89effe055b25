import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../src/clean/index.js';

const SHOW = 'WOLF BLITZER, CNN ANCHOR: Let\'s reset. It\'s the top of the hour.\n' +
  'MALVEAUX: Mubarak also gave President George H.W. Bush the troops he needed (INAUDIBLE).\n' +
  'HOSNI MUBARAK, PRESIDENT OF EGYPT (via translator): I will not run again.\n(BEGIN VIDEOTAPE)\nKAYE: Thank you.';

test('speaker tags and stage cues are furniture; each tag opens a turn', () => {
  const c = cleanText(SHOW);
  const cut = c.furniture.map(([s, e]) => SHOW.slice(s, e));
  assert.deepEqual(cut, ['WOLF BLITZER, CNN ANCHOR:', 'MALVEAUX:', '(INAUDIBLE)', 'HOSNI MUBARAK, PRESIDENT OF EGYPT (via translator):',
    '(BEGIN VIDEOTAPE)', 'KAYE:']);
  assert.deepEqual(c.turns.map((t) => t.speaker), ['WOLF BLITZER', 'MALVEAUX', 'HOSNI MUBARAK', 'KAYE']);
  const malveaux = c.turns[1]!;
  assert.match(SHOW.slice(malveaux.start, malveaux.end), /^Mubarak also gave .*\(INAUDIBLE\)\.$/);
  assert.equal(c.text.length, SHOW.length);
});

test('one all-caps label and a colon does not make a transcript', () => {
  const text = 'WASHINGTON: The Senate voted on Tuesday.';
  const c = cleanText(text);
  assert.deepEqual(c.turns, []);
  assert.deepEqual(c.furniture, []);
});

test('a tag glued after a sentence end is found too', () => {
  const text = 'KAYE: It matters in the U.S. CROWLEY (voice-over): Today, the crisis in Cairo.';
  const c = cleanText(text);
  assert.deepEqual(c.turns.map((t) => t.speaker), ['KAYE', 'CROWLEY']);
});
