import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTimexes, countDocument, scoreCorpus, scoreCounts } from '../../src/evaluate/tempeval.js';

const span = (start: number, end: number, value = 'X', type = 'DATE') => ({ start, end, value, type });

test('strict needs identical extent, relaxed any overlap', () => {
  const gold = [span(0, 10, '2020-08-25'), span(20, 30, 'P1W', 'DURATION'), span(40, 45)];
  const system = [span(0, 10, '2020-08-25'), span(22, 30, 'P2W', 'DURATION'), span(50, 55)];
  const c = countDocument(gold, system);
  assert.deepEqual(c, { gold: 3, system: 3, strict: 1, relaxed: 2, typeMatch: 2, valueMatch: 1 });
  const s = scoreCounts(c);
  assert.equal(s.strict.f1, 1 / 3);
  assert.equal(s.relaxed.p, 2 / 3);
  assert.equal(s.relaxed.r, 2 / 3);
  // TE3: attribute F1 = attribute accuracy over relaxed matches × relaxed F1.
  assert.equal(s.valueF1, (1 / 2) * (2 / 3));
  assert.equal(s.typeF1, 1 * (2 / 3));
});

test('one system timex overlapping two gold timexes counts once', () => {
  const pairs = alignTimexes([span(0, 5), span(6, 10)], [span(0, 10)]);
  assert.equal(pairs.length, 1);
  const s = scoreCorpus([{ gold: [span(0, 5), span(6, 10)], system: [span(0, 10)] }]);
  assert.equal(s.relaxed.p, 1);
  assert.equal(s.relaxed.r, 0.5);
});

test('counts are summed over documents (micro average)', () => {
  const s = scoreCorpus([
    { gold: [span(0, 5)], system: [span(0, 5)] },
    { gold: [span(0, 5), span(10, 15), span(20, 25)], system: [] },
  ]);
  assert.equal(s.strict.p, 1);
  assert.equal(s.strict.r, 0.25);
});

test('no gold and no system scores 1, system only scores 0', () => {
  assert.equal(scoreCorpus([{ gold: [], system: [] }]).strict.f1, 1);
  assert.equal(scoreCorpus([{ gold: [], system: [span(0, 3)] }]).strict.f1, 0);
});
