// Round-2 attribution rules on small hand-written texts: stance cues, title-case headlines, transcript tags,
// quoted show titles, and sentences the splitter cut after an abbreviation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

function run(text: string, list: Array<[string, EntityKind, string?]> = []) {
  return extractQuotes(text, splitSentences(text), ents(text, list)).map((q) => [q.speakerText, q.text]);
}

test('a belief or fear before a clause is attributed to a source that can speak, never to an event', () => {
  assert.deepEqual(run('Senator Kim Hale believes that the bill will pass.', [['Kim Hale', 'PERSON']]),
    [['Senator Kim Hale', 'the bill will pass']]);
  assert.deepEqual(run('Economists fear that the rate will rise.'), [['Economists', 'the rate will rise']]);
  assert.deepEqual(run('The tsunami shows that the coast is exposed.'), []);
  // no clause after it: a wish or a plain object is no attribution
  assert.deepEqual(run('Kim Hale thinks about the bill.', [['Kim Hale', 'PERSON']]), []);
});

test('a title-case headline attributes with a capitalised cue, and the speaker is only the name before it', () => {
  const text = 'Former White House Doctor Says Clinton Hid Past Health Problems\n\nThe doctor spoke on Monday.';
  assert.deepEqual(run(text), [['Former White House Doctor', 'Clinton Hid Past Health Problems']]);
});

test('transcript tags attribute each line when the tag recurs, also inside a quotation opening the paragraph', () => {
  const text = 'Mike Pence spoke on Sunday.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not attend the debate.\n\nWALLACE: Thank you.\n\nPENCE: Sure thing, Chris.';
  assert.deepEqual(run(text, [['Mike Pence', 'PERSON']]), [['WALLACE', 'Will she be there?'], ['PENCE', 'She will not attend the debate'],
    ['WALLACE', 'Thank you'], ['PENCE', 'Sure thing, Chris']]);
  // a capitals label seen once is no speaker
  assert.deepEqual(run('Talks went on.\n\nBYLINE: Staff and wires.'), []);
});

test('a quoted show title after a preposition or possessive is no content; the clause after the cue is', () => {
  const text = 'In an interview on CBS\'s "Face the Nation," Paul Ryan said the protests demand more listening.';
  assert.deepEqual(run(text, [['Paul Ryan', 'PERSON']]), [['Paul Ryan', 'the protests demand more listening']]);
});

test('a stop after an abbreviation ends no unit; a day after an inverted cue is no speaker', () => {
  const text = '“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.';
  assert.deepEqual(run(text, [['Mitch McConnell', 'PERSON']]),
    [['Senate Majority Leader Mitch McConnell, R-Ky.', 'The veto will be overridden']]);
});

test('an appositive subject before the cue is the speaker, not the noun phrase after the cue', () => {
  const text = "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott leaving his car.";
  assert.deepEqual(run(text, [['Justin Bamberg', 'PERSON']]), [['Justin Bamberg', 'the videos show Scott leaving his car']]);
  assert.deepEqual(run('“It is wrong,” said Del. Stacey Plaskett of the Virgin Islands.', [['Stacey Plaskett', 'PERSON']]),
    [['Del. Stacey Plaskett', 'It is wrong']]);
});

test('sources close to a person are not that person', () => {
  assert.deepEqual(run('Sources close to Hillary Clinton said the deal is off.', [['Hillary Clinton', 'PERSON']]),
    [['Sources close to Hillary Clinton', 'the deal is off']]);
  const text = 'Sources close to Hillary Clinton said the deal is off.';
  const [q] = extractQuotes(text, splitSentences(text), ents(text, [['Hillary Clinton', 'PERSON']]));
  assert.equal(q?.speaker, undefined);
});

test('the object of "asked" is never the speaker', () => {
  for (const text of ['In March, the UN asked Beijing to act on the issue.', '“We need help now,” the minister asked Beijing to act.',
    'The minister met reporters and asked Beijing to act.']) {
    for (const q of extractQuotes(text, splitSentences(text), ents(text, [['Beijing', 'PLACE'], ['UN', 'ORG']]))) {
      assert.notEqual(q.speakerText, 'Beijing', text);
    }
  }
});

test('a denied saying or belief attributes nothing', () => {
  assert.deepEqual(run("I don't think that the plan will work. Kim did not say that the plan failed. Lee said that it worked.",
    [['Kim', 'PERSON'], ['Lee', 'PERSON']]), [['Lee', 'it worked']]);
});
