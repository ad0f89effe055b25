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

test('Background: a few entries, at most a tenth of a long timeline, one entry beside a short one', () => {
  assert.equal(backgroundBudget(5), 1);
  assert.equal(backgroundBudget(20), 2);
  assert.equal(backgroundBudget(40), 3);
});

test('without --from, years before the story go to Background; --from puts them back in range', () => {
  const docs: TimelineDoc[] = [];
  for (let i = 0; i < 6; i++) {
    docs.push(doc(i + 1, `2020-06-${String(10 + i).padStart(2, '0')}`, [
      { text: `Officials met on day ${i} to discuss the detained Canadians in 2020-06.`, timex: `2020-06-${String(10 + i).padStart(2, '0')}` },
      { text: 'The two Canadians were arrested shortly after the extradition request in 2018.', timex: '2018' },
    ]));
  }
  const tl = buildTimeline(docs);
  assert.ok(tl.entries.every((e) => e.date >= '2020'), tl.entries.map((e) => e.date).join(' '));
  assert.deepEqual(tl.background?.map((e) => e.date), ['2018']);
  const ranged = buildTimeline(docs, { from: '2017' });
  assert.equal(ranged.background, undefined);
});
