// Sentence event dates: own expressions, reported statements, running reference time, live-blog updates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../../../src/analyze/index.js';
import { readSources } from '../../../src/sources/index.js';
import { sharedData } from '../../../src/util/paths.js';

function datesOf(text: string, published: string): Map<string, string> {
  const doc = analyzeDoc(text, published);
  const out = new Map<string, string>();
  for (const e of doc.sentenceDates ?? []) out.set(doc.sentences[e.sentence]!.text, `${e.value} ${e.basis}`);
  return out;
}

function dateOf(dates: Map<string, string>, snippet: string): string {
  for (const [sentence, value] of dates) if (sentence.includes(snippet)) return value;
  assert.fail(`no sentence holds ${JSON.stringify(snippet)}`);
}

test('a reported statement without a date of its own shares the day of the statement it continues', () => {
  const text = [
    'Canada will continue to push for the release of two Canadians, Minister Francois-Philippe Champagne said in a statement on Friday.',
    '"Canada will continue to advocate on behalf of Mr. Kovrig and Mr. Spavor," Champagne said.',
    'Canada\'s top diplomat added that officials are "deeply concerned" by the detention.',
    'Kovrig and Spavor were arrested shortly after Meng Wanzhou was detained in Canada in 2018.',
  ].join('\n\n');
  const dates = datesOf(text, '2020-06-21');
  assert.equal(dateOf(dates, 'said in a statement on Friday'), '2020-06-19 own');
  assert.equal(dateOf(dates, 'Champagne said.'), '2020-06-19 statement');
  assert.equal(dateOf(dates, 'deeply concerned'), '2020-06-19 statement');
  assert.equal(dateOf(dates, 'in 2018'), '2018 own');
});

test('a date after a reporting verb is the statement\'s; the event\'s own date wins; "since" opens a span', () => {
  const dates = datesOf('The Health Ministry said Thursday that three people died in Wednesday\'s clashes.', '2011-02-03');
  assert.equal(dateOf(dates, 'three people died'), '2011-02-02 own');
  assert.equal(dateOf(datesOf('BP has now lost $44bn since 20 April.', '2010-06-01'), 'BP has now lost'), '2010-06-01 publication');
});

test('live-blog updates date their sections, and weekdays under them are read from the update\'s day', () => {
  const text = [
    'Egypt live blog.',
    '(Update 4:33 a.m. Thursday in Cairo, 9:33 p.m. ET Wednesday) Heavy gunfire reverberated in central Cairo.',
    'Ambulances also are coming into the square.',
    'The Health Ministry said three people died in Wednesday\'s clashes in Cairo.',
    '(Update 3:15 a.m. Thursday in Cairo, 8:15 p.m. ET Wednesday) Suleiman asked protesters to go home.',
    '(Update 11:58 p.m. Cairo, 4:58 p.m. ET) A Belgian reporter was arrested.',
    'Cooper said he was hit on the head by a protester.',
  ].join('\n');
  // Published on Tuesday 1 February; the blog ran into Thursday 3 February.
  const dates = datesOf(text, '2011-02-01');
  assert.equal(dateOf(dates, 'Heavy gunfire'), '2011-02-03 update');
  assert.equal(dateOf(dates, 'Ambulances'), '2011-02-03 update');
  assert.equal(dateOf(dates, "Wednesday's clashes"), '2011-02-02 own');
  // 11:58 p.m. below 4:33 a.m. in a newest-first blog: the day before.
  assert.equal(dateOf(dates, 'Belgian reporter'), '2011-02-02 update');
  assert.equal(dateOf(dates, 'Cooper said'), '2011-02-02 update');
});

test('the seeds: Champagne\'s statement and "deeply concerned" are dated Friday 19 June 2020', async (t) => {
  const path = sharedData('seeds', '003_af6c3d37e5638cc8.txt');
  if (!path) return t.skip('../shared/data/seeds absent');
  for await (const item of readSources([path])) {
    if (item.kind !== 'article') continue;
    const dates = datesOf(item.article.text, item.article.published);
    assert.equal(dateOf(dates, 'said in a statement on Friday').split(' ')[0], '2020-06-19');
    assert.equal(dateOf(dates, 'deeply concerned').split(' ')[0], '2020-06-19');
  }
});

test('a weekday under an update whose day was only inferred from clock wraps keeps its publication reading', () => {
  // A page of several blogs (T17, CNN, 2 February 2011, a Wednesday): the wraps of an unrelated blog carry its
  // updates to Tuesday, and "on Wednesday" below them is the day of publication, not the Wednesday before.
  const text = [
    'Egypt live blog.',
    '(Update 5:35 a.m. Thursday in Cairo, 10:35 p.m. ET Wednesday) Flights will leave Cairo.',
    'Snow live blog.',
    '(Update 10 p.m. ET) Chicago is buried.',
    '(Update 9:25 a.m. ET) Flights are grounded.',
    '(Update 10:40 p.m. ET) Ice is falling in New York.',
    '(Update 9:25 a.m. ET) Ice has closed the airport.',
    'Pro- and anti-Mubarak demonstrators attack each other in Tahrir Square on Wednesday.',
  ].join('\n');
  const dates = datesOf(text, '2011-02-02');
  assert.equal(dateOf(dates, 'Tahrir Square'), '2011-02-02 own');
});

test('T17 live blog: the 18th day of protests is Friday 11 February, not the Friday before publication', async (t) => {
  const path = sharedData('t17', 'EgyptianProtest_cnn', 'InputDocs', '2011-02-10', '23.htm.txt');
  if (!path) return t.skip('../shared/data/t17 absent');
  for await (const item of readSources([path])) {
    if (item.kind !== 'article') continue;
    assert.equal(dateOf(datesOf(item.article.text, item.article.published), 'an 18th day of demonstrations').split(' ')[0], '2011-02-11');
  }
});

test('the golden fixture is well formed (path, publication day, snippet, expected date)', () => {
  const rows = readFileSync(new URL('../../fixtures/eventDates/golden.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  assert.ok(rows.length >= 100);
  for (const r of rows) assert.match(r, /^[^\t]+\t\d{4}-\d{2}-\d{2}\t[^\t]{10,}\t\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
});
