// Curation applied to a rebuilt timeline: each edit in the order made; edits naming a date no longer shown do
// nothing, except a pin, which brings its entry back; a hidden sentence is gone wherever it appears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, sentenceKey, type FollowEdit, type FollowEntry } from '../../../src/service/follow/curate.js';

function entry(date: string, ...cites: [number, string][]): FollowEntry {
  return { date, granularity: 'day', sentences: cites.map(([articleId, key]) =>
    ({ text: `sentence ${key}`, articleId, sentenceIndex: 0, published: date, key })) };
}
const at = '2024-01-01T00:00:00.000Z';
const built = [entry('2023-03-14', [1, 'a']), entry('2023-03-15', [2, 'b'], [3, 'c']), entry('2023-03-16', [4, 'd'])];

test('hide, headline, re-date and merge apply in order; the input is left as it was', () => {
  const edits: FollowEdit[] = [
    { op: 'hide', date: '2023-03-16', at },
    { op: 'headline', date: '2023-03-14', text: 'Bridge collapses', at },
    { op: 'date', from: '2023-03-15', to: '2023-03', at },
    { op: 'merge', dates: ['2023-03-14', '2023-03'], at },
  ];
  const out = applyEdits(built, edits);
  assert.deepEqual(out.map((e) => e.date), ['2023-03-14']);
  assert.equal(out[0]!.headline, 'Bridge collapses');
  assert.deepEqual(out[0]!.sentences.map((s) => s.key), ['a', 'b', 'c']);
  assert.deepEqual(out[0]!.sources?.map((s) => s.articleId), [1, 2, 3]);
  assert.equal(built.length, 3);
  assert.equal(built[0]!.headline, undefined);
});

test('a pinned entry the ranking dropped comes back as it was pinned; a hidden one never does', () => {
  const pinned = entry('2023-03-20', [9, 'z']);
  const rebuilt = [entry('2023-03-14', [1, 'a']), entry('2023-03-16', [4, 'd'])];
  const out = applyEdits(rebuilt, [{ op: 'pin', date: '2023-03-20', entry: pinned, at }, { op: 'hide', date: '2023-03-16', at }]);
  assert.deepEqual(out.map((e) => [e.date, e.pinned ?? false]), [['2023-03-14', false], ['2023-03-20', true]]);
});

test('a hidden sentence goes from every entry; an entry left with none goes too', () => {
  const out = applyEdits(built, [{ op: 'hide-sentence', key: 'b', at }, { op: 'hide-sentence', key: 'd', at }]);
  assert.deepEqual(out.map((e) => [e.date, e.sentences.map((s) => s.key)]), [['2023-03-14', ['a']], ['2023-03-15', ['c']]]);
  assert.deepEqual(out[1]!.sources?.map((s) => s.articleId), [3]);
});

test('a manual entry carries its text and its URL as the source', () => {
  const out = applyEdits(built, [{ op: 'add', date: '2023-03-18', text: 'A vigil was held.', url: 'https://www.example.org/v', at }]);
  const added = out.find((e) => e.date === '2023-03-18')!;
  assert.equal(added.sentences[0]!.text, 'A vigil was held.');
  assert.equal(added.sentences[0]!.manual, true);
  assert.deepEqual(added.sources?.map((s) => [s.url, s.title]), [['https://www.example.org/v', 'example.org']]);
  assert.deepEqual(out.map((e) => e.date), ['2023-03-14', '2023-03-15', '2023-03-16', '2023-03-18']);
});

test('sentence keys depend on the article text and the offset only', () => {
  assert.equal(sentenceKey('The bridge fell.', 4), sentenceKey('The bridge fell.', 4));
  assert.notEqual(sentenceKey('The bridge fell.', 4), sentenceKey('The bridge fell!', 4));
  assert.notEqual(sentenceKey('The bridge fell.', 4), sentenceKey('The bridge fell.', 5));
});

test('an entry given a headline or a new date stays, with the edit, when the ranking drops it', () => {
  const headlined = entry('2001', [8, 'y']);
  const moved = entry('2023-03-20', [9, 'z']);
  const out = applyEdits([entry('2023-03-14', [1, 'a'])], [
    { op: 'headline', date: '2001', text: 'The bridge opens', entry: headlined, at },
    { op: 'date', from: '2023-03-20', to: '2023-03-21', entry: moved, at },
  ]);
  assert.deepEqual(out.map((e) => [e.date, e.headline]), [['2001', 'The bridge opens'], ['2023-03-14', undefined],
    ['2023-03-21', undefined]]);
});
