import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinSpacedApostrophes } from '../../../../src/analyze/entities/refiners/joinSpacedApostrophes.js';
import { mentionsIn } from './mentions.js';

test('a person followed by "O\' Leary" (tokenised apostrophe name) takes it in; other words after a name do not', () => {
  const text = "Ryanair CEO, Sean O' Dwyer, spoke. Sean D' Arcy and Sean O'Dwyer met. Paul A' and Sean B's car.";
  const ms = mentionsIn(text, [['Sean', 'PERSON'], ['Sean', 'PERSON'], ['Arcy', 'PERSON'], ['Sean O\'Dwyer', 'PERSON'],
    ['Paul', 'PERSON'], ['Sean', 'PERSON']]);
  joinSpacedApostrophes(text, ms);
  assert.deepEqual(ms.map((m) => m.text), ["Sean O' Dwyer", "Sean D' Arcy", "Sean O'Dwyer", 'Paul', 'Sean']);
  assert.equal(ms[0]!.end, text.indexOf(', spoke'));
  assert.equal(ms[0]!.name, "Sean O' Dwyer");
});

test('an organisation before an apostrophe name is left alone', () => {
  const text = "Zentrix O' Hara opened.";
  const ms = mentionsIn(text, [['Zentrix', 'ORG']]);
  joinSpacedApostrophes(text, ms);
  assert.deepEqual(ms.map((m) => m.text), ['Zentrix']);
});
