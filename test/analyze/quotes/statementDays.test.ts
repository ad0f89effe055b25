// A speaker's later words carry the day the text gave for their statement, while the sentence dates still place
// the text on that day (finish.ts carryStatementDays), through the whole analysis as ingest runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../../src/analyze/index.js';
import { carryStatementDays } from '../../../src/analyze/quotes.js';
import type { Quote, Sentence, SentenceDate } from '../../../src/types.js';

test('later words of a speaker whose statement the text dated are said that day', () => {
  const text = 'Ilse Marren said in a statement on Friday that the talks would resume.\n\n' +
    '"We will keep pressing for their release," Marren said.\n\n' +
    'Hugo Brenn said the port would reopen.';
  const doc = analyzeDoc(text, '2020-06-21');
  const day = (start: string) => doc.quotes.find((q) => q.text.startsWith(start))?.saidOn;
  assert.equal(day('the talks would resume'), '2020-06-19');
  assert.equal(day('We will keep pressing'), '2020-06-19');
  assert.equal(day('the port would reopen'), undefined, 'another speaker is not dated by Marren\'s statement');
});

test('no day is carried into a sentence the text dates otherwise, nor from an undated statement', () => {
  const sentences: Sentence[] = [0, 1, 2].map((i) => ({ index: i, start: i * 10, end: i * 10 + 9, text: 'x' }));
  const date = (sentence: number, value: string): SentenceDate =>
    ({ sentence, value, granularity: 'day', confidence: 0.5, basis: 'statement' });
  const q = (start: number, saidOn?: string): Quote =>
    ({ text: 'y', start, end: start + 3, direct: true, speaker: 'Ilse Marren', speakerStart: start, speakerEnd: start + 1, ...(saidOn ? { saidOn } : {}) });
  const carried = carryStatementDays([q(0, '2020-06-19'), q(10), q(20)], sentences,
    [date(0, '2020-06-19'), date(1, '2020-06-19'), date(2, '2020-06-21')]);
  assert.deepEqual(carried.map((x) => x.saidOn), ['2020-06-19', '2020-06-19', undefined]);
  const none = carryStatementDays([q(0), q(10)], sentences, [date(0, '2020-06-19'), date(1, '2020-06-19')]);
  assert.deepEqual(none.map((x) => x.saidOn), [undefined, undefined]);
});
