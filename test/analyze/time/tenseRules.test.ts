// Tense cues that decide which week or year an expression without one falls in, and clock times dated by
// the day their sentence names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseAt } from '../../../src/analyze/time/tense.js';
import { expectAll } from './helpers.js';

function tenseOf(sentence: string, phrase: string): string | undefined {
  const at = sentence.indexOf(phrase);
  assert.ok(at >= 0, `${phrase} not in ${sentence}`);
  return tenseAt(sentence, at, at + phrase.length);
}

test('"next to" is a preposition, not a future cue', () => {
  assert.equal(tenseOf('Six people were wounded in the blasts next to the U.S. embassies in Kenya on Friday.', 'Friday'), 'past');
  assert.equal(tenseOf('The minister meets them next to the palace on Friday.', 'Friday'), undefined);
  assert.equal(tenseOf('The team will meet the minister next to the palace on Friday.', 'Friday'), 'future');
});

test('an -ed word after a determiner is an adjective, not a past verb', () => {
  // "reduced" is no cue here; "is" makes the clause present.
  assert.equal(tenseOf('The reduced dividend is payable Jan. 2.', 'Jan. 2'), 'present');
  assert.equal(tenseOf('The board reduced the dividend on Jan. 2.', 'Jan. 2'), 'past');
});

test('"through" a date is no deadline; "until" and "by" are', () => {
  assert.notEqual(tenseOf('High-yield funds gained 0.85% this year through Oct. 19.', 'Oct. 19'), 'future');
  assert.notEqual(tenseOf('The index is up 5% through Oct. 19.', 'Oct. 19'), 'future');
  assert.equal(tenseOf('The offer stands until Oct. 19.', 'Oct. 19'), 'future');
  assert.equal(tenseOf('Talks must end by Oct. 19.', 'Oct. 19'), 'future');
});

test('an effective date and the infinitive of an action verb look ahead; "un-" adjectives are no past verbs', () => {
  assert.equal(tenseOf('The company signed a new labor pact effective June 1.', 'June 1'), 'future');
  assert.equal(tenseOf('The company signed a new labor pact on June 1.', 'June 1'), 'past');
  // After a past verb the infinitive is later than that verb, not necessarily after publication.
  assert.equal(tenseOf('Thermo Electron agreed to purchase the line for $22 million in February.', 'February'), 'prospective');
  assert.equal(tenseOf('Thermo Electron plans to purchase the line for $22 million in February.', 'February'), 'future');
  assert.equal(tenseOf('Thermo Electron purchased the line for $22 million in February.', 'February'), 'past');
  assert.equal(tenseOf('The dividend would be paid on a still unspecified date in January.', 'January'), 'future');
});

test('dates resolved from those cues (DCT Friday 1989-10-27 and Saturday 1998-08-08)', () => {
  expectAll('1989-10-27', [
    ['Fidelity\'s fund has fallen 2.08% this year through Oct. 19, Lipper says.', 'Oct. 19', 'DATE', '1989-10-19'],
    ['The reduced dividend is payable Jan. 2 to stock of record Dec. 15.', 'Dec. 15', 'DATE', '1989-12-15'],
    ['U.S. Trust also created an office of the chairman, effective Feb. 1.', 'Feb. 1', 'DATE', '1990-02-01'],
    ['The company announced an agreement to acquire the bank holding company in January.', 'January', 'DATE', '1990-01'],
  ]);
  expectAll('1998-08-08', [
    ['More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.', 'Friday', 'DATE', '1998-08-07'],
  ]);
});

test('a bare clock time takes the one day its sentence names', () => {
  expectAll('1998-08-08', [
    ['The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '10:35 a.m.', 'TIME', '1998-08-07T10:35'],
    // No day in the sentence: the publication day.
    ['The blast occurred at about 10:35 a.m., toppling a building.', '10:35 a.m.', 'TIME', '1998-08-08T10:35'],
  ]);
  expectAll('2000-04-05', [
    // Two different days named: no guess, the publication day stays.
    ['He left on Monday and returned Tuesday at 5 p.m. after talks at 9 a.m.', '9 a.m.', 'TIME', '2000-04-05T09:00'],
  ]);
});

test('an infinitive or a modal looks ahead; after a past verb the nearer occurrence (T17 sentences)', () => {
  expectAll('2009-06-28', [
    ['Dr Murray had been hired by Jackson in May to accompany him as he prepared to embark on a gruelling series of 50 concerts in London in July .', 'July', 'DATE', '2009-07'],
    ['Dr Murray had been hired by Jackson in May to accompany him as he prepared to embark on a gruelling series of 50 concerts in London in July .', 'May', 'DATE', '2009-05'],
  ]);
  expectAll('2011-01-25', [
    ["A judge ordered Dr Conrad Murray should stand trial in March over Jackson 's death aged 50 in June 2009 .", 'March', 'DATE', '2011-03'],
  ]);
  expectAll('2011-02-06', [['America can wait for Mubarak to leave in September .', 'September', 'DATE', '2011-09']]);
  // A result infinitive right of the expression does not outweigh the past verb on its left.
  expectAll('1989-10-30', [['Telerate shares fell 50 cents on Friday to close at $20 each.', 'Friday', 'DATE', '1989-10-27']]);
});

test('a narrative (far years, no day spoken from publication) dates a yearless month in the year it last wrote', () => {
  const history = 'The offensive began in 1944. By 1943 the front had stabilised. The war ended in 1945. In the middle of December, the troops withdrew.';
  expectAll('2010-05-04', [[history, 'the middle of December', 'DATE', '1945-12']]);
  // A news report that names old years but speaks from its publication day keeps publication-anchored months.
  const report = 'Police said on Friday the man had lived there since 1980, moved in 1984 and left in 1995. He was cited in December.';
  expectAll('1998-04-18', [[report, 'December', 'DATE', '1997-12']]);
});

test('a subordinate clause with its own modal keeps its tense against the outer verb after the expression', () => {
  // T17, published 2011-02-02: the September meant is the coming one.
  const s = "Mubarak's announcement that he would end his 30 years of rule in September came after massive protests.";
  assert.equal(tenseOf(s, 'September'), 'future');
  // No verb of its own before the expression: the verb after it decides.
  assert.equal(tenseOf('He said that sales in March rose 5 percent.', 'March'), 'past');
  // A sentence end between the clause opener and the expression ends that clause.
  assert.equal(tenseOf('Analysts say that he would survive. So he on Friday tried to scare them.', 'Friday'), 'past');
});
