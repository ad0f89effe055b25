// A sentence naming several days summarises the day of the event it reports (the event layer's), not the days of
// the events it refers back to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection } from '../../src/timeline/collection.js';
import { indexCandidates } from '../../src/timeline/candidates.js';
import { dayNumber } from '../../src/timeline/dates.js';
import type { Timex } from '../../src/types.js';

const TEXT = 'President Mubarak stepped down on Friday, February 11, 2011, ending rule challenged by protests that began ' +
  'on January 25, 2011. Crowds celebrated.';

function timex(text: string, value: string): Timex {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text, type: 'DATE', value, granularity: 'day', anchoredTo: 'none' };
}

test('a sentence naming two days is a summary candidate for its event day only', () => {
  const end = TEXT.indexOf(' Crowds');
  const doc = {
    id: 1, published: '2011-02-12', text: TEXT,
    sentences: [{ index: 0, start: 0, end, text: TEXT.slice(0, end) }, { index: 1, start: end + 1, end: TEXT.length, text: 'Crowds celebrated.' }],
    timexes: [timex('Friday, February 11, 2011', '2011-02-11'), timex('January 25, 2011', '2011-01-25')],
  };
  const withEvents = indexCandidates(buildCollection([{ ...doc,
    sentenceDates: [{ sentence: 0, value: '2011-02-11', granularity: 'day' as const, confidence: 0.9, basis: 'own' as const }] }]));
  assert.equal(withEvents.mentioned.get(dayNumber('2011-02-11'))?.length, 1);
  assert.equal(withEvents.mentioned.get(dayNumber('2011-01-25')), undefined, 'January 25 is a date it refers back to');
  // Without the event layer (older analyses) every day it names may take it, as in DATEWISE.
  const without = indexCandidates(buildCollection([doc]));
  assert.equal(without.mentioned.get(dayNumber('2011-01-25'))?.length, 1);
});
