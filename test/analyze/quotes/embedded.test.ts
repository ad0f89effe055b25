// Rules added for quotes an editor can trust: reports embedded in other reports, mixed quotation marks,
// relative-clause content, places and pronouns as subjects, phrases cut out of a clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import { findQuotations } from '../../../src/analyze/quotes/quotations.js';
import { notASpeaker } from '../../../src/analyze/quotes/speakerPhrase.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('a clause another speaker reports is no quote of its own subject', () => {
  const qs = run('A summary released by Global Affairs Canada said the two discussed the importance of global co-operation.',
    [['Global Affairs Canada', 'ORG']]);
  assert.deepEqual(qs.map((q) => q.speakerText), ['A summary released by Global Affairs Canada']);
  assert.match(qs[0]!.text, /^the two discussed/);
});

test('a second cue of the same speaker inside its own words is not listed again', () => {
  const text = 'Talks in Beijing ended on Monday. Beijing has said China\'s judicial system is independent and denied the claims that the cases were politically motivated.';
  const qs = run(text, [['Beijing', 'PLACE']]);
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.match(qs[0]!.text, /^China's judicial system/);
  // a place that is the whole subject speaks for its government
  assert.equal(qs[0]!.speaker, 'Beijing');
});

test('a cue in a relative clause says only what the clause holds', () => {
  const qs = run('Meng, who denies any wrongdoing, is now facing possible extradition to the U.S.', [['Meng', 'PERSON', 'Meng Wanzhou']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'any wrongdoing');
  assert.equal(qs[0]!.speaker, 'Meng Wanzhou');
});

test('a "that" after an -ing verb belongs to its phrase, not to the cue', () => {
  const qs = run('US prosecutors accused her of playing a role in a company that helped Iran evade sanctions.');
  assert.ok(qs.every((q) => !q.text.startsWith('helped')), JSON.stringify(qs));
});

test('a straight opening quotation mark pairs with a curly closing one', () => {
  const text = '"This is a long process,” said Paul Lindsay, a spokesman. "Some candidates will struggle."';
  const qs = findQuotations(text);
  assert.deepEqual(qs.map((q) => text.slice(q.innerStart, q.innerEnd)), ['This is a long process,', 'Some candidates will struggle.']);
  const quotes = run(text, [['Paul Lindsay', 'PERSON']]);
  assert.equal(quotes[0]?.speaker, 'Paul Lindsay');
  assert.equal(quotes[0]?.text, 'This is a long process');
});

test('an unresolved pronoun speaker keeps its span but shows no speaker text', () => {
  const qs = run('The meeting ended late. I said it would end badly.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, undefined);
  assert.equal(qs[0]!.speakerText, undefined);
  assert.equal(qs[0]!.speakerStart, 24);
});

test('subjects: a pronoun before the cue stands alone, and a determiner after a noun starts the phrase', () => {
  const a = run('Many got credit cards in the mail they said they never asked for.');
  assert.ok(a.every((q) => q.speakerStart === undefined || a[0]!.speakerStart === 'Many got credit cards in the mail '.length), JSON.stringify(a));
  const b = run('Nobody found the 600 fighters the Americans said they had killed.');
  assert.ok(b.every((q) => q.speakerText !== 'fighters the Americans' && !(q.speakerText ?? '').includes('fighters')), JSON.stringify(b));
  assert.equal(notASpeaker('make an'), true);
  assert.equal(notASpeaker('too many of their'), true);
  assert.equal(notASpeaker('the minister'), false);
});
