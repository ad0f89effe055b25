// Golden examples for the anchoring and phrase rules of round 4: present-tense clauses, past-perfect
// deadlines, fronted times, "the week of", halves, spelled years after a month, quarter phrases, "the
// following year". Each sentence is one the rule was written for; without the rule the value differs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimexes } from '../../../src/analyze/time/index.js';
import { sharedData } from '../../../src/util/paths.js';
import { expectAll } from './helpers.js';

test('a present-tense clause takes the nearer occurrence of a date without a year', () => {
  expectAll('1989-11-02', [
    // The last Jan. 2 is ten months back, the next two months ahead.
    ['The reduced dividend is payable Jan. 2 to stock of record Dec. 15.', 'Jan. 2', 'DATE', '1990-01-02'],
  ]);
  expectAll('2000-03-29', [
    // "is heard": the participle after "is" is no past verb; the clause is present.
    ['Castro said Elian would stay if the relatives lose a fight to keep him when the case is heard in May in the appeals court.', 'May', 'DATE', '2000-05'],
  ]);
  expectAll('1989-10-30', [
    // A possessive day names a known event: still the last one.
    ['The debentures are convertible into common stock at $25 a share, representing a 24% premium over Thursday\'s closing price.', 'Thursday', 'DATE', '1989-10-26'],
  ]);
  expectAll('2020-08-26', [
    // Seed sentence: the "is visiting" of the relative clause does not govern "Tuesday".
    ['Champagne raised the cases of former diplomat Michael Kovrig and entrepreneur Michael Spavor on Tuesday during a meeting with Chinese counterpart Wang Yi in Rome, which the Canadian minister is visiting as part of a multi-country tour.', 'Tuesday', 'DATE', '2020-08-25'],
  ]);
});

test('a deadline in a past-perfect clause lies in the past; a clock time may stand between "until" and the day', () => {
  expectAll('1999-05-07', [['Until Thursday, they had not called Kopp a suspect.', 'Thursday', 'DATE', '1999-05-06']]);
  expectAll('1990-08-16', [
    ['Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday, and all were honoring the sanctions.', 'Wednesday', 'DATE', '1990-08-15'],
  ]);
  expectAll('1989-10-30', [
    // The past perfect of a relative clause set off by commas does not reach the deadline.
    ['The sale, which had been expected, is part of the program to pay down $5 billion of a bridge loan by February.', 'February', 'DATE', '1990-02'],
  ]);
  expectAll('2000-04-03', [['The INS extended its deadline until 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday', 'TIME', '2000-04-04T09:00']]);
});

test('a reporting clause after a comma does not date what is reported; "succeed" is no past verb', () => {
  expectAll('1999-02-10', [
    ['NATO has decided to admit Poland, Hungary and the Czech Republic in early March, an official from the organization said on Wednesday.', 'early March', 'DATE', '1999-03'],
  ]);
  expectAll('1989-10-26', [
    ['Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison reaches the mandatory retirement age.', 'Feb. 1', 'DATE', '1990-02-01'],
  ]);
});

test('a time fronted before the subject is governed by the main verb further right', () => {
  expectAll('1998-10-26', [
    ['On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.', 'Tuesday', 'DATE', '1998-10-27'],
  ]);
});

test('"the week of" a date is its ISO week, "the day before" a date the day before it, each as one expression', () => {
  expectAll('2000-02-24', [
    ['The dispute may finally be resolved in a court hearing the week of March 6, he said.', 'the week of March 6', 'DATE', '2000-W10'],
  ]);
  expectAll('2000-02-24', [
    ['The day before last Tuesday\'s federal court hearing, Manuel went to the house.', 'The day before last Tuesday', 'DATE', '2000-02-21'],
    ['They met the day before Jan. 5 in Miami.', 'the day before Jan. 5', 'DATE', '2000-01-04'],
  ]);
  const found = tagTimexes('A hearing is set for the week of March 6.', '2000-02-24');
  assert.deepEqual(found.map((t) => t.text), ['the week of March 6'], 'the day is not tagged again on its own');
});

test('halves and "or so" in durations', () => {
  expectAll('1998-01-14', [
    ['But a minute and a half later, a pilot from a nearby flight called.', 'a minute and a half', 'DURATION', 'PT1M30S'],
    ['The project is two and a half years behind schedule.', 'two and a half years', 'DURATION', 'P2Y6M'],
    ['The meeting lasted an hour and a half.', 'an hour and a half', 'DURATION', 'PT1H30M'],
  ]);
  expectAll('1991-02-25', [['Then, a week or so ago, Gen. Schwarzkopf picked Saturday.', 'a week or so ago', 'DATE', '1991-W08']]);
});

test('a month or season followed by a spelled-out year takes that year', () => {
  expectAll('1998-02-23', [
    ['Next up is that thirteen dollar a barrel level we saw in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
  ]);
  expectAll('1998-02-27', [['One person is killed. January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven', 'DATE', '1997-01']]);
});

test('quarter and half phrases of earnings news', () => {
  expectAll('1989-10-26', [
    ['For the quarter a year ago, Columbia reported earnings of $16.3 million.', 'the quarter a year ago', 'DATE', '1988-Q3'],
    ['The results compare with net income of $1.8 million for the corresponding period last year.', 'the corresponding period last year', 'DATE', '1988-Q3'],
    ['The strike will mean lower earnings for the last half of 1989 and for 1990.', 'the last half of 1989', 'DATE', '1989-H2'],
    // A half of something other than a year is no date: only the decade is tagged.
    ['Sales follow the trend of the last half of the \'80s, flat.', 'the \'80s', 'DATE', '198'],
  ]);
  assert.ok(!tagTimexes('Sales follow the trend of the last half of the \'80s.', '1989-10-26').some((t) => /half/.test(t.text)));
  expectAll('2009-05-07', [
    ['In the first quarter of last year, GM had reported a loss of $381 million.', 'the first quarter of last year', 'DATE', '2008-Q1'],
    ['GM posted a profit in the third quarter of this year.', 'the third quarter of this year', 'DATE', '2009-Q3'],
  ]);
  expectAll('2010-03-03', [
    // Monthly figures: "the same period" is the month the sentence names, a year back.
    ['Ford said its sales rose 43% in February compared to the same period last year.', 'the same period last year', 'DATE', '2009-02'],
  ]);
  expectAll('2009-05-15', [
    ['Dealerships whose franchises won\'t be renewed after October of next year will receive a letter.', 'October of next year', 'DATE', '2010-10'],
  ]);
});

test('"the following year", "the following month" and "that month" count from the previous date', () => {
  expectAll('1998-04-18', [
    ['On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed military attache.', 'the following year', 'DATE', '1996'],
  ]);
  expectAll('1989-10-27', [
    ['In March 1989 shareholders urged the company to act. The following month, the company put itself up for sale.', 'The following month', 'DATE', '1989-04'],
    ['The plant closed in June 1987. Later that month, workers protested.', 'Later that month', 'DATE', '1987-06'],
  ]);
});

test('MEANTIME: only timexes in the annotated first sentences are scored', async (t) => {
  const dir = sharedData('meantime-en', 'intra-doc_annotation', 'corpus_airbus');
  if (!dir || !existsSync(dir)) {
    t.skip('MEANTIME not found under ../shared/data/meantime-en');
    return;
  }
  const { readMeantime } = await import('../../../src/formats/timeml.js');
  const { evaluateDocument } = await import('../../../src/evaluate/tempeval.js');
  const file = join(dir, '100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing.xml');
  const doc = readMeantime(file);
  assert.ok(doc.annotatedEnd !== undefined && doc.annotatedEnd > 0 && doc.annotatedEnd < doc.text.length, 'the annotated part ends before the text does');
  for (const g of doc.timexes) assert.ok(g.end <= doc.annotatedEnd!, `gold ${g.text} lies in the annotated part`);
  // The article has 39 sentences; timexes tagged after the fifth are left out of the score.
  const all = tagTimexes(doc.text, doc.dct);
  const scored = evaluateDocument(doc).system;
  assert.ok(all.some((x) => x.start >= doc.annotatedEnd!), 'the tagger finds timexes past the annotated part');
  assert.ok(scored.every((x) => x.start < doc.annotatedEnd!));
  assert.equal(scored.length, all.filter((x) => x.start < doc.annotatedEnd!).length);
  assert.ok(readFileSync(file, 'utf8').includes('<token_anchor'));
});
