// One entry per event: a neighbouring day whose best sentence repeats an entry's joins it, and the entry takes
// the day its sentences name; neighbouring days with news of their own stay separate. Default sizes follow
// the events the coverage holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection, type TimelineDoc } from '../../../src/timeline/collection.js';
import { datewise } from '../../../src/timeline/methods/datewise.js';
import { DATE_FEATURE_NAMES } from '../../../src/timeline/dateRank.js';
import { dayNumber } from '../../../src/timeline/dates.js';
import { buildTimeline } from '../../../src/timeline/index.js';
import type { Timex } from '../../../src/types.js';

function doc(id: number, published: string, text: string, mention?: { text: string; value: string }): TimelineDoc {
  const timexes: Timex[] = [];
  if (mention) {
    const start = text.indexOf(mention.text);
    timexes.push({ start, end: start + mention.text.length, text: mention.text, type: 'DATE', value: mention.value,
      granularity: 'day', anchoredTo: 'none' });
  }
  return { id, published, text, sentences: [{ index: 0, start: 0, end: text.length, text }], timexes };
}

const VERDICT = 'The jury found the physician guilty of involuntary manslaughter in the death of the singer';
const docs: TimelineDoc[] = [
  // The verdict, read on 7 November and named by two articles ...
  doc(1, '2011-11-07', `${VERDICT} on 7 November.`, { text: '7 November', value: '2011-11-07' }),
  doc(2, '2011-11-12', `${VERDICT} on Monday, 7 November, after nine hours.`, { text: '7 November', value: '2011-11-07' }),
  // ... reported again the next day, by more articles published then ...
  ...[3, 4, 5].map((i) => doc(i, '2011-11-08', `${VERDICT}, reporters outside the court said.`)),
  // ... and, two days later, news of its own.
  doc(6, '2011-11-10', 'The judge set the sentencing hearing for the end of the month and refused bail for the doctor.'),
  doc(7, '2011-11-11', 'The doctor was moved to the county jail while his lawyers prepared an appeal against the verdict.'),
];
const q = { keywords: [], fromDay: dayNumber('2011-11-01'), toDay: dayNumber('2011-11-30') };
// Publication volume ranks 8 November first: the report the morning after, not the day of the verdict.
const byVolume = DATE_FEATURE_NAMES.map((n) => (n === 'pubDocs' ? 1 : n === 'mentionDocs' ? 0.1 : 0));

test('datewise: a neighbouring day repeating an event joins it, dated by the day its sentences name', () => {
  const col = buildCollection(docs);
  const settings = { dates: 3, perDate: 1, granularity: 'day' as const, dateWeights: byVolume };
  const merged = datewise(col, q, { ...settings, mergeEvents: true }).map((e) => e.date).sort();
  assert.ok(merged.includes('2011-11-07'), `the verdict is dated when it was read: ${merged.join(', ')}`);
  assert.ok(!merged.includes('2011-11-08'), `no second entry the day after: ${merged.join(', ')}`);
  assert.ok(merged.includes('2011-11-10') || merged.includes('2011-11-11'), `the next days' own news stays: ${merged.join(', ')}`);
  // Asked for a fixed number of dates (benchmarks), days are not merged.
  const fixed = datewise(col, q, { ...settings, mergeEvents: false }).map((e) => e.date);
  assert.ok(fixed.includes('2011-11-08'), fixed.join(', '));
});

test('default sizes: the timeline is as long as the coverage has events, not as the article count says', () => {
  const one = Array.from({ length: 30 }, (_, i) =>
    doc(i, '2011-11-08', `The jury reached its verdict in the manslaughter trial on 7 November, report ${i}.`,
      { text: '7 November', value: '2011-11-07' }));
  const many = Array.from({ length: 30 }, (_, i) => {
    const day = `2011-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-15`;
    const topic = ['bail', 'evidence', 'witness', 'appeal', 'jury', 'motion', 'expert', 'recess', 'closing', 'sentence'][Math.floor(i / 3)];
    return doc(i, day, `The ${topic} hearing of the long case took place on the fifteenth, reporter ${i} wrote.`, { text: 'fifteenth', value: day });
  });
  const few = buildTimeline(one).entries.length;
  const lots = buildTimeline(many).entries.length;
  assert.ok(few <= 5, `one event: ${few} entries`);
  assert.ok(lots >= 10, `ten events: ${lots} entries`);
});
