// CLUST ranks its events by the importance of their day (the date ranker's score), not by their size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection, type TimelineDoc } from '../../../src/timeline/collection.js';
import { clust } from '../../../src/timeline/methods/clust.js';
import { DATE_FEATURE_NAMES } from '../../../src/timeline/dateRank.js';
import { dayNumber } from '../../../src/timeline/dates.js';
import type { Timex } from '../../../src/types.js';

/** One-sentence article; `mention` names a calendar day written in the sentence. */
function doc(id: number, published: string, text: string, mention?: { text: string; value: string }): TimelineDoc {
  const timexes: Timex[] = [];
  if (mention) {
    const start = text.indexOf(mention.text);
    timexes.push({ start, end: start + mention.text.length, text: mention.text, type: 'DATE', value: mention.value,
      granularity: 'day', anchoredTo: 'none' });
  }
  return { id, published, text, sentences: [{ index: 0, start: 0, end: text.length, text }], timexes };
}

const docs: TimelineDoc[] = [
  // A large event on 10 January that no article refers back to ...
  ...[1, 2, 3].map((i) => doc(i, '2020-01-10', 'The storm flooded the harbour road and closed the ferry terminal for the day.')),
  // ... and a small one, the dam failure of 15 January, that a later article dates explicitly.
  doc(4, '2020-01-20', 'Engineers said the dam failure on January 15 was caused by a cracked spillway gate.',
    { text: 'January 15', value: '2020-01-15' }),
];

const weights = (name: string): number[] => DATE_FEATURE_NAMES.map((n) => (n === name ? 1 : 0));

test('clust: with one date to give, the event on the most important day wins over the largest event', () => {
  const col = buildCollection(docs);
  const q = { keywords: [], fromDay: dayNumber('2020-01-01'), toDay: dayNumber('2020-01-31') };
  const byMentions = clust(col, q, { dates: 1, perDate: 1, granularity: 'day', dateWeights: weights('mentionDocs') });
  assert.deepEqual(byMentions.map((e) => e.date), ['2020-01-15']);
  // With publication volume as the day's importance, the storm's day ranks first instead.
  const byVolume = clust(col, q, { dates: 1, perDate: 1, granularity: 'day', dateWeights: weights('pubDocs') });
  assert.deepEqual(byVolume.map((e) => e.date), ['2020-01-10']);
});
