// Month entries in small timelines: a month that more articles recall than any chosen day mentions takes the
// place of the least-mentioned day, even when days alone would fill the timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection, type TimelineDoc } from '../../../src/timeline/collection.js';
import { datewise } from '../../../src/timeline/methods/datewise.js';
import { DEFAULT_DATE_WEIGHTS } from '../../../src/timeline/dateRankWeights.js';
import { dayNumber } from '../../../src/timeline/dates.js';
import type { Sentence, Timex } from '../../../src/types.js';

/** An article of a lead sentence (no date) and a sentence recalling `month` through the words `monthText`. */
function doc(id: number, published: string, lead: string, recall: string, monthText: string, month: string): TimelineDoc {
  const text = `${lead} ${recall}`;
  const sentences: Sentence[] = [
    { index: 0, start: 0, end: lead.length, text: lead },
    { index: 1, start: lead.length + 1, end: text.length, text: recall },
  ];
  const start = text.indexOf(monthText);
  const timexes: Timex[] = [{ start, end: start + monthText.length, text: monthText, type: 'DATE', value: month,
    granularity: 'month', anchoredTo: 'none' }];
  return { id, published, text, sentences, timexes };
}

const docs = [
  doc(1, '2020-06-19', 'Prosecutors formally charged the two men with spying after a long investigation.',
    'Both were detained by state security in December 2018 after the arrest of an executive.', 'December 2018', '2018-12'),
  doc(2, '2020-06-22', 'The foreign minister called the charges arbitrary and demanded a fair hearing.',
    'Their families have not seen them since December 2018, when they disappeared into custody.', 'December 2018', '2018-12'),
  doc(3, '2020-08-25', 'The ministers met in Rome and discussed trade, climate and the detained pair.',
    'Officials recalled the arrests in December 2018 and the diplomatic crisis that followed.', 'December 2018', '2018-12'),
];

test('datewise (any granularity): a month recalled by every article replaces the weakest day of a full timeline', () => {
  const col = buildCollection(docs);
  const q = { keywords: [], fromDay: -Infinity, toDay: dayNumber('2020-08-25') };
  const settings = { dates: 2, perDate: 1, dateWeights: DEFAULT_DATE_WEIGHTS };
  const any = datewise(col, q, { ...settings, granularity: 'any' });
  assert.equal(any.length, 2);
  const month = any.find((e) => e.date === '2018-12');
  assert.ok(month, `no 2018-12 entry: ${any.map((e) => e.date).join(', ')}`);
  assert.equal(month.granularity, 'month');
  assert.match(month.sentences[0]!.text, /December 2018/);
  // Benchmarks ask for days only: the same timeline without month entries holds two publication days.
  const days = datewise(col, q, { ...settings, granularity: 'day' });
  assert.deepEqual(days.map((e) => e.granularity), ['day', 'day']);
});
