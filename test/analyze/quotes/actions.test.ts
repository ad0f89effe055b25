// Only speech makes a quote: an action reported with a cue-like verb ("refused to appoint", "ordered pigs to be
// killed") is not something anyone said, a photo credit glued to a sentence is not part of the words, and a clause
// after a comma is no appositive that could make its neighbour the speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('an infinitive of action after the cue is no quote; a promise, a threat or an infinitive of saying is', () => {
  const names: Array<[string, EntityKind]> = [['Hosni Mubarak', 'PERSON'], ['Mubarak', 'PERSON']];
  assert.deepEqual(run('Hosni Mubarak has always refused to appoint a deputy.', names), []);
  assert.deepEqual(run('Hosni Mubarak agreed to lend the miners $5 million.', names), []);
  assert.deepEqual(run('The minister ordered pigs to be killed across the country.'), []);
  const vowed = run('Hosni Mubarak vowed to stay in office until September.', names);
  assert.equal(vowed[0]?.text, 'to stay in office until September');
  const calls = run('Hosni Mubarak continued to call for calm in Cairo.', names);
  assert.equal(calls[0]?.text, 'to call for calm in Cairo');
});

test('a photo credit glued to the next sentence is not part of the words; a clause after a comma is no appositive', () => {
  // as analysis reads it once clean/ has set the "Photograph:" furniture aside: the credit's tail stays on the line
  const text = 'A voter shows his finger dipped in ink.\nKhaled Desouki/AFP/Getty Today\'s election is the first time ' +
    'Egyptians can pick an alternative to their leader, Hosni Mubarak, but few expect to see change, writes David Fickling.';
  const qs = run(text, [['Getty', 'ORG'], ['Hosni Mubarak', 'PERSON'], ['David Fickling', 'PERSON']]);
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0]!.speaker, 'David Fickling');
  assert.match(qs[0]!.text, /^Today's election/);
});

test('he is the subject of the nearest clause with a person, not the person it spoke about', () => {
  const text = 'White House press secretary Robert Gibbs was asked if the administration supports Egyptian President Hosni Mubarak. ' +
    'He replied: "Egypt is a strong ally." Thousands marched against Hosni Mubarak on Friday. He said: "We will win."';
  const qs = run(text, [['Robert Gibbs', 'PERSON'], ['Hosni Mubarak', 'PERSON'], ['Egypt', 'PLACE']]);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['Egypt is a strong ally', 'Robert Gibbs'], ['We will win', undefined]]);
  // a direct quote speaking of "he" is not his own words, whoever the official was introduced beside
  const official = 'A senior State Department official said Egyptian President Hosni Mubarak was not forthcoming. ' +
    '"Our initial impression is that he emphasized security far more than reform," said the official.';
  const q2 = run(official, [['State Department', 'ORG'], ['Hosni Mubarak', 'PERSON']]);
  assert.ok(q2.some((q) => /initial impression/.test(q.text)), JSON.stringify(q2));
  assert.ok(!q2.some((q) => q.speaker === 'Hosni Mubarak'), JSON.stringify(q2));
});
