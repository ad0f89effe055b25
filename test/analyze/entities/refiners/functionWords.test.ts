import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionWords } from '../../../../src/analyze/entities/refiners/functionWords.js';
import { isFunctionWordName } from '../../../../src/analyze/entities/closedClass.js';
import { extractEntities } from '../../../../src/analyze/entities/index.js';
import { defaultGazetteer } from '../../../../src/analyze/entities/gazetteer.js';
import { defaultLexicon } from '../../../../src/analyze/entities/lexicon.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';
import { mentionsIn } from './mentions.js';

test('contractions, pronouns and function words are no names; acronyms and names that look like modals are', () => {
  for (const n of ["I'm", "I've", "I'd", "I'll", 'We', "It's", "They're", "Don't", "Can't", 'The', 'This', 'Here', 'Those Who']) {
    assert.equal(isFunctionWordName(n), true, n);
  }
  for (const n of ['US', 'IT', 'WHO', 'May', 'Will Smith', 'One Direction', 'Barack Obama', "O'Neill", 'The Hague']) {
    assert.equal(isFunctionWordName(n), false, n);
  }
});

test('a one-word name that news writes in lower case is dropped unless the gazetteer knows it', () => {
  const text = "Photo by Ann Lee. I'm told Libya agreed.";
  const doc = mentionsIn(text, [['Photo', 'ORG'], ['Ann Lee', 'PERSON'], ["I'm", 'ORG'], ['Libya', 'PLACE']]);
  const kept = functionWords(doc, defaultLexicon(), defaultGazetteer());
  assert.deepEqual(kept.map((m) => m.name), ['Ann Lee', 'Libya']);
});

test('T17: "I\'m" in a quoted answer is not an organisation', () => {
  const text = '"I\'m not going anywhere," Gadhafi told ABC News in Tripoli.';
  const names = extractEntities(text, splitSentences(text)).map((m) => m.name);
  assert.ok(!names.some((n) => /^I['’]/.test(n)), names.join(', '));
});

test('a month alone is a date, not a name; a month that is also a given name is left to the other rules', () => {
  const text = 'In November Ann Lee met May Chen. Dec. was cold.';
  const doc = mentionsIn(text, [['November', 'ORG'], ['Ann Lee', 'PERSON'], ['May Chen', 'PERSON'], ['Dec.', 'PLACE']]);
  const kept = functionWords(doc, defaultLexicon(), defaultGazetteer());
  assert.deepEqual(kept.map((m) => m.name), ['Ann Lee', 'May Chen']);
});
