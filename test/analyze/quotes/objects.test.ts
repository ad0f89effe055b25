// A cue word is not enough: what follows it has to be speech. Verbs of giving and making report words only
// with a clause, a quotation or a noun naming an utterance, a document or a stance; a cue opening onto "by" is a
// passive; "call X by name" addresses someone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { notSpeech } from '../../../src/analyze/quotes/objects.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('a verb of giving reports words only when its object names speech, a document or a stance', () => {
  assert.equal(notSpeech('issued', false, ' ', 'a final settlement payment to just one of the claimants'), true);
  assert.equal(notSpeech('offered', false, ' ', 'no concessions and no clear path to transfer power'), true);
  assert.equal(notSpeech('repeated', false, ' ', 'at 0900 GMT the same day'), true);
  assert.equal(notSpeech('issued', false, ' ', 'a statement saying the talks had failed'), false);
  assert.equal(notSpeech('issued', false, ' ', 'flood warnings along the Mississippi'), false);
  assert.equal(notSpeech('offered', false, ' ', 'a list of endorsements from retired generals'), false);
  assert.equal(notSpeech('presented', false, ' ', 'a blunt, honest and unapologetic answer'), false);
  assert.equal(notSpeech('expressed', false, ' ', 'some early concern about the crackdown'), false);
  // a clause after the object is words whatever the noun: "expressed hope that …"
  assert.equal(notSpeech('expressed', false, ' hope that ', 'the talks could succeed'), false);
  // direct speech and verbs of saying are not asked about their object
  assert.equal(notSpeech('offered', true, ' ', 'a payment'), false);
  assert.equal(notSpeech('said', false, ' ', 'the payment was late'), false);
});

test('a cue opening onto "by" is a passive: its phrase is the agent, not the words', () => {
  assert.equal(notSpeech('posted', false, ' ', 'by Matt Maher, on March 9, 2009'), true);
  assert.equal(notSpeech('attributed', false, ' ', 'by officials to the rebels'), true);
  // a gerund after "by" is the means ("responded by using"), a number a margin ("say by 55%")
  assert.equal(notSpeech('responded', false, ' ', 'by using the example of Chicago'), false);
  assert.equal(notSpeech('say', false, ' ', 'by 55% that they would vote'), false);
});

test('"calling each other by their first names" is no statement; "calls out companies by name" is', () => {
  assert.equal(notSpeech('calling', false, ' ', 'each other by their first names, were at pains today'), true);
  assert.equal(notSpeech('called', false, ' ', 'Obama by his first name'), true);
  assert.equal(notSpeech('calls', false, ' ', 'companies and their products by name'), false);
});

test('in articles: the settlement payment and the Posted-by listing make no quote; the statement does', () => {
  const text = "BP's compensation fund for Gulf oil spill victims issued a final settlement payment to just one claimant.\n" +
    'Posted by Matt Maher, on March 9, 2009 5:45 AM\n' +
    'President Barack Obama and Prime Minister David Cameron, both repeatedly calling each other by their first names, were at pains to show warmth.\n' +
    'The company issued a statement saying the well was sealed.';
  const qs = run(text, [['BP', 'ORG'], ['Barack Obama', 'PERSON'], ['David Cameron', 'PERSON'], ['Matt Maher', 'PERSON']]);
  assert.deepEqual(qs.map((q) => q.text), ['a statement saying the well was sealed'], JSON.stringify(qs));
});

test('the one spoken to is not part of the words: "told CNN it will …", "tells us what he saw"', () => {
  const names: Array<[string, EntityKind]> = [['Delta', 'ORG'], ['CNN', 'ORG'], ['Walter', 'PERSON']];
  assert.equal(run('Delta told CNN it will suspend its flights to Cairo.', names)[0]?.text, 'it will suspend its flights to Cairo');
  assert.equal(run('The witness tells us what he saw at street level.')[0]?.text, 'what he saw at street level');
  assert.equal(run('There, an adjuster told Walter he would be eligible for only a small payment.', names)[0]?.text,
    'he would be eligible for only a small payment');
  assert.equal(run('The minister told reporters on Monday the talks had failed.')[0]?.text, 'the talks had failed');
  // no clause after the object: the object stays what the words were about
  assert.equal(run('He told the story of the rescue.')[0]?.text, 'the story of the rescue');
});

test('a clause that says what a noun says keeps the noun: "dismissed suggestions that C" is no claim of C', () => {
  assert.equal(run('Mrs Clinton dismissed suggestions that Syria could follow the same pattern as Libya.')[0]?.text,
    'suggestions that Syria could follow the same pattern as Libya');
  assert.equal(run('Republicans expressed concern that changing the policy could lead to fraud.')[0]?.text,
    'concern that changing the policy could lead to fraud');
  // the one spoken to and an adjunct are not kept
  assert.equal(run('The minister told reporters that the talks had failed.')[0]?.text, 'the talks had failed');
  assert.equal(run('The minister said in a statement that the talks had failed.')[0]?.text, 'the talks had failed');
});

test('a question-word clause or an alternative offered is words', () => {
  assert.equal(notSpeech('repeated', false, ' ', 'what officials have said for days: that the leak would not matter'), false);
  assert.equal(notSpeech('offered', false, ' ', 'alternatives, such as equity injections'), false);
});

test('an abbreviation or a plural in -es does not hide the speech noun', () => {
  assert.equal(notSpeech('repeated', false, ' ', 'the U.S. view that the Libyan leader must leave power'), false);
  assert.equal(notSpeech('expressed', false, ' ', 'their wishes to continue with flying displays'), false);
});

test('a refusal to speak reports no words; "declined" as a fall is no refusal', () => {
  assert.equal(notSpeech('declined', false, ' ', 'to comment on the inspection report'), true);
  assert.equal(notSpeech('refused', false, ' ', 'to say where the divers were searching'), true);
  assert.equal(notSpeech('declined', false, ' ', 'comment'), true);
  assert.equal(notSpeech('declined', false, ' ', 'due to the global economic downturn'), true);
  assert.equal(notSpeech('refused', false, ' ', 'a request for an interview, calling it a distraction'), false);
  const text = 'Asked whether the cables were ever inspected, a Castell Engineering spokesman declined to comment.\n' +
    'Mayor Ines Dorpe said the bridge would stay shut until the spring.';
  const qs = run(text, [['Castell Engineering', 'ORG'], ['Ines Dorpe', 'PERSON']]);
  assert.deepEqual(qs.map((q) => q.text), ['the bridge would stay shut until the spring'], JSON.stringify(qs));
});
