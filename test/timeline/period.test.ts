// The story's own period and its Background (src/timeline/period.ts), and the event days sentences borrow from
// their context (src/timeline/collection.ts), on small hand-made articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection, type TimelineDoc } from '../../src/timeline/collection.js';
import { backgroundBudget, storyStart } from '../../src/timeline/period.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { dayNumber } from '../../src/timeline/dates.js';
import type { SentenceDate, Timex } from '../../src/types.js';

/** An article of sentences, each optionally dated by a timex (value) and an event date. */
function doc(id: number, published: string, parts: { text: string; timex?: string; event?: Omit<SentenceDate, 'sentence'> }[]): TimelineDoc {
  let text = '';
  const sentences = [];
  const timexes: Timex[] = [];
  const sentenceDates: SentenceDate[] = [];
  for (const [i, p] of parts.entries()) {
    const start = text.length;
    text += `${p.text} `;
    sentences.push({ index: i, start, end: start + p.text.length, text: p.text });
    if (p.timex) {
      const at = start + p.text.indexOf('in ') + 3;
      timexes.push({ start: at, end: at + 4, text: p.text.slice(at - start, at - start + 4), type: 'DATE', value: p.timex } as Timex);
    }
    if (p.event) sentenceDates.push({ sentence: i, ...p.event });
  }
  return { id, published, text, sentences, timexes, sentenceDates };
}

const said = (value: string): Omit<SentenceDate, 'sentence'> => ({ value, granularity: 'day', confidence: 0.5, basis: 'statement' });

test('a sentence reporting a dated statement counts for the statement day; a guess about "now" does not', () => {
  const col = buildCollection([doc(1, '2020-06-21', [
    { text: 'The minister said in a statement on Friday that talks go on.', event: { value: '2020-06-19', granularity: 'day', confidence: 0.9, basis: 'own' } },
    { text: '"We will keep pushing for their release," the minister said.', event: said('2020-06-19') },
    { text: 'Both men remain in detention in the north of the country.', event: { value: '2020-06-19', granularity: 'day', confidence: 0.45, basis: 'reference' } },
  ])]);
  const [own, quote, present] = col.sentences;
  assert.deepEqual(quote!.days, [dayNumber('2020-06-19')]);
  assert.equal(quote!.borrowed, true);
  assert.equal(own!.borrowed, false);
  assert.deepEqual(present!.days, [], 'a present-tense guess keeps no day of its own');
});

test('an article printing its lede twice counts it once', () => {
  const col = buildCollection([doc(1, '2020-06-21', [
    { text: 'Canada will push for the release of two Canadians, the minister said' },
    { text: 'Canada will push for the release of two Canadians, the minister said.' },
    { text: 'Prosecutors charged both men on Friday.' },
  ])]);
  assert.equal(col.sentences.length, 2);
});

test('the period starts a little before the articles and reaches back only through months many articles name', () => {
  const docs: TimelineDoc[] = [];
  for (let i = 0; i < 20; i++) {
    const day = `2011-02-${String(1 + (i % 20)).padStart(2, '0')}`;
    docs.push(doc(i + 1, day, [
      { text: 'Police came in numbers to the square on the day.', timex: day },
      { text: 'Protesters gathered again in the square in 1981 memory.', timex: '1981' },
      { text: 'Protests began in January and went on in the capital.', ...(i < 10 ? { timex: '2011-01' } : {}) },
    ]));
  }
  const col = buildCollection(docs);
  const start = storyStart(col, dayNumber('2011-02-20'))!;
  // January 2011 is named by half the articles: it joins; 1981 stays out.
  assert.ok(start <= dayNumber('2011-01-01'), `start ${start}`);
  assert.ok(start > dayNumber('1981-12-31'));
});

test('a history piece (its events mostly long before its articles) keeps the whole span', () => {
  const docs = [1, 2, 3].map((i) => doc(i, `2020-05-0${i}`, [
    { text: 'The treaty was signed in 1955 after long talks.', timex: '1955' },
    { text: 'The border was redrawn in 1956 after the vote.', timex: '1956' },
  ]));
  assert.equal(storyStart(buildCollection(docs), dayNumber('2020-05-03')), undefined);
});

test('Background: a few entries, never more than a tenth of the whole timeline', () => {
  assert.equal(backgroundBudget(5), 0);
  assert.equal(backgroundBudget(9), 1);
  assert.equal(backgroundBudget(20), 2);
  assert.equal(backgroundBudget(40), 3);
  for (let n = 0; n <= 100; n++) {
    const b = backgroundBudget(n);
    assert.ok(b <= 3 && b <= 0.1 * (n + b), `${b} beside ${n}`);
  }
});

/** Articles of a 2020 story, one a day from 10 June; each recalls the 2018 arrests and names 2015 in passing. */
function story(days: number): TimelineDoc[] {
  const docs: TimelineDoc[] = [];
  const passing = ['A trade deal was signed in 2015 by both sides.', 'The minister first visited Beijing in 2015 on business.',
    'The company reported record profits in 2015 after the merger.'];
  for (let i = 0; i < days; i++) {
    // Words of its own for each day's events, so that no two days tell the same thing.
    const w = (k: number): string => `${['harbour', 'ledger', 'summit', 'verdict', 'ferry', 'quarry'][k % 6]}${'x'.repeat(i + 1)}`;
    const day = (back: number): string => `2020-06-${String(10 + i - back).padStart(2, '0')}`;
    docs.push(doc(i + 1, day(0), [
      { text: `Officials met at the ${w(0)} ${w(1)} to discuss the case of the detained Canadians in 2020-06.`, timex: day(0) },
      { text: `Lawyers for the detained Canadians filed the ${w(2)} ${w(3)} motion in court in 2020-06.`, timex: day(1) },
      { text: `Protesters marched past the ${w(4)} ${w(5)} for the detained Canadians in 2020-06.`, timex: day(2) },
      { text: 'The two Canadians were arrested shortly after the extradition request in 2018.', timex: '2018' },
      { text: passing[i % passing.length]!, timex: '2015' },
      { text: passing[(i + 1) % passing.length]!, timex: '2015' },
    ]));
  }
  return docs;
}

test('without --from, the event the articles retell goes to Background, not a year they name for unrelated reasons', () => {
  const docs = story(12);
  // Twelve dates asked for: the test is about Background, not about how many dates a default timeline holds.
  const tl = buildTimeline(docs, { dates: 12 });
  const show = tl.entries.map((e) => e.date).join(' ');
  assert.ok(tl.entries.length >= 9 && tl.entries.every((e) => e.date >= '2020'), show);
  assert.deepEqual(tl.background?.map((e) => e.date), ['2018'], show);
  assert.match(tl.background![0]!.sentences[0]!.text, /arrested/);
  assert.ok(tl.background!.length <= 0.1 * (tl.entries.length + tl.background!.length));
  const ranged = buildTimeline(docs, { from: '2017', dates: 12 });
  assert.equal(ranged.background, undefined);
});

test('a timeline too short for a Background keeps the earlier event half its articles recall among its entries', () => {
  const tl = buildTimeline(story(4));
  assert.equal(tl.background, undefined);
  assert.equal(tl.entries[0]?.date, '2018', tl.entries.map((e) => e.date).join(' '));
  assert.ok(!tl.entries.some((e) => e.date === '2015'));
});
