// The request-speed helpers promise the very numbers of the plain map arithmetic they replace (a timeline must not
// change when it gets faster): bit-for-bit equal sums and dot products, the same word order, the same word ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addInto, dot, pairwiseDots, sumOf, TfIdf, type SparseVector } from '../../src/timeline/text.js';
import { distinctDays } from '../../src/timeline/dates.js';

/** A small deterministic generator, so that failures repeat. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const TEXTS = ['The oil spill spread along the coast on Tuesday', 'BP said the spill was the largest oil spill ever',
  'Engineers capped the well; the oil stopped', 'Fishermen on the coast lost their season to the spill',
  'Oil, oil and more oil: the coast waits', 'The well was capped in July after months of oil'];

function vectors(seed: number): SparseVector[] {
  const next = random(seed);
  const m = new TfIdf();
  const ids = TEXTS.map((t) => m.add(t));
  // Shuffled word orders make sums whose order matters in floating point.
  return ids.map((i) => m.vectorOfIds([...i].sort(() => next() - 0.5)));
}

test('pairwiseDots gives exactly dot(a, b) for every ordered pair', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const vs = vectors(seed);
    const between = pairwiseDots(vs);
    for (let i = 0; i < vs.length; i++) {
      for (let j = 0; j < vs.length; j++) assert.equal(between(i, j), dot(vs[i]!, vs[j]!), `seed ${seed} (${i}, ${j})`);
    }
  }
});

test('sumOf gives the map addInto builds: same words in the same order, same sums', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const vs = vectors(seed);
    const scales = vs.map((_, i) => (i % 3 === 0 ? 0.45 : 1));
    const expected: SparseVector = new Map();
    for (let i = 0; i < vs.length; i++) addInto(expected, vs[i]!, scales[i]);
    const got = sumOf(vs.map((v, i) => ({ v, i })), (x) => x.v, (x) => scales[x.i]!);
    assert.deepEqual([...got], [...expected]);
  }
});

test('TfIdf: words found in place get the ids idOf gives, and vectors keep their plain-map values', () => {
  const a = new TfIdf();
  const b = new TfIdf();
  const lower = 'oil spill oil coast well spill capped'.toLowerCase();
  const words = lower.split(' ');
  let at = 0;
  for (const w of words) {
    assert.equal(b.idAt(lower, at, w.length), a.idOf(w), w);
    at += w.length + 1;
  }
  assert.equal(b.idOf('coast'), a.idOf('coast'));
  assert.notEqual(b.idOf('coastal'), b.idOf('coast'));
  const ids = [0, 1, 0, 2, 3, 1, 0];
  a.addIds(Int32Array.from(ids));
  a.addIds(Int32Array.from([0, 4]));
  const v = a.vectorOfIds(ids);
  // The plain computation: counts, tf-idf weights, then unit length, in order of first use.
  // Two texts counted: "oil" (id 0) is in both, every other word in one.
  const idf = (id: number): number => Math.log(3 / (1 + (id === 0 ? 2 : 1))) + 1;
  const tf = new Map<number, number>();
  for (const id of ids) tf.set(id, (tf.get(id) ?? 0) + 1);
  let sq = 0;
  const w = new Map<number, number>();
  for (const [id, n] of tf) {
    const x = n * idf(id);
    w.set(id, x);
    sq += x * x;
  }
  for (const [id, x] of w) w.set(id, x * (1 / Math.sqrt(sq)));
  assert.deepEqual([...v], [...w]);
  assert.deepEqual([...a.vectorOfIds(ids, 2, 5)], [...a.vectorOfIds(ids.slice(2, 5))]);
});

test('distinctDays iterates like a set of the days', () => {
  for (const days of [[], [5], [5, 6], [5, 5], [7, 3, 7, 9, 3], [1, 2, 3]]) {
    assert.deepEqual([...distinctDays(days)], [...new Set(days)]);
  }
});
