// A speaker phrase starts past a time or a subordinating conjunction the walk from the cue ran into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { speakerStart } from '../../../src/analyze/quotes/speakerPhrase.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import { ents } from '../../helpers/mentions.js';

const from = (phrase: string): string => phrase.slice(speakerStart(phrase, 0, phrase.length));

test('a weekday, a chronology date, a clock time or a conjunction before the speaker is cut off', () => {
  assert.equal(from('Tuesday Secretary of State Hillary Clinton'), 'Secretary of State Hillary Clinton');
  assert.equal(from('April 30 - An Obama aide'), 'An Obama aide');
  assert.equal(from('Sept. 26 - Halliburton'), 'Halliburton');
  assert.equal(from('56 PM BP'), 'BP');
  assert.equal(from('While Moscow'), 'Moscow');
});

test('a possessive date, a paper named after a day, or a month dating a noun stays', () => {
  assert.equal(from("Tuesday's report"), "Tuesday's report");
  assert.equal(from('Sunday Times Editor John Witherow'), 'Sunday Times Editor John Witherow');
  assert.equal(from('March 2016 meeting with the editorial board'), 'March 2016 meeting with the editorial board');
});

test('in a chronology the speaker shown is who spoke', () => {
  const text = 'April 29 - U.S. President Barack Obama pledges every available resource to the clean-up.';
  const qs = extractQuotes(text, splitSentences(text), ents(text, [['Barack Obama', 'PERSON']]));
  assert.equal(qs[0]?.speaker, 'Barack Obama');
  assert.equal(qs[0]?.speakerText, 'U.S. President Barack Obama');
});
