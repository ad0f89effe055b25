// Near-identical sentences never appear twice in a timeline: a lead repeated under a headline (the shorter
// sentence inside the longer) is as redundant as a copy, though their cosine is low.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCollection, type TimelineDoc } from '../../src/timeline/collection.js';
import { nearIdentical, newSummaryState, summarizeDay } from '../../src/timeline/summarize.js';

const doc = (id: number, text: string): TimelineDoc =>
  ({ id, published: '2011-11-08', text, sentences: [{ index: 0, start: 0, end: text.length, text }], timexes: [] });

test('summarizeDay: a sentence contained in one already chosen is not chosen again', () => {
  const short = 'The physician Conrad Murray was found guilty of involuntary manslaughter by a Los Angeles jury.';
  const long = 'Propofol is a fast acting hospital sedative given before surgery, anaesthetists explained to reporters ' +
    `outside the courthouse on Tuesday morning while fans gathered. ${short}`;
  const col = buildCollection([doc(1, long), doc(2, short), doc(3, 'Fans outside the court cheered and wept as the news of the verdict spread.')]);
  const [l, s] = [col.sentences[0]!, col.sentences[1]!];
  assert.ok(nearIdentical(l.vector, s.vector), 'the short sentence lies inside the long one');
  const state = newSummaryState();
  const all = () => true;
  assert.deepEqual(summarizeDay([l], 1, all, state).map((x) => x.doc.id), [1]);
  const next = summarizeDay([s, col.sentences[2]!], 1, all, state);
  assert.deepEqual(next.map((x) => x.doc.id), [3]);
});
