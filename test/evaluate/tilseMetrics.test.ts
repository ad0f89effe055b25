import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RougeResources } from '../../src/evaluate/rouge155.js';
import type { TilseTimeline } from '../../src/formats/tilse.js';
import { assignToMinCost, linearSumAssignment, scoreTimeline } from '../../src/evaluate/tilseMetrics.js';

// No stopwords or exceptions, and words Porter leaves alone, so expected values can be worked by hand.
const RES: RougeResources = { stopwords: new Set(), exceptions: new Map(), stemCache: new Map() };
const tl = (entries: Record<string, string[]>): TilseTimeline => ({ entries: new Map(Object.entries(entries)) });
const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

test('same text two days apart: concat perfect, agreement zero, alignment weighted by 1/(Δ+1)', () => {
  const s = scoreTimeline(tl({ '2010-01-01': ['oil spill'] }), [tl({ '2010-01-03': ['oil spill'] })], RES);
  close(s.concat.rouge_1.f_score, 1, 'concat R1');
  close(s.concat.rouge_2.f_score, 1, 'concat R2');
  close(s.agreement.rouge_1.f_score, 0, 'agreement');
  for (const m of [s.align_date_content_costs, s.align_date_content_costs_many_to_one]) {
    close(m.rouge_1.precision, 1 / 3, 'align R1 P');
    close(m.rouge_1.recall, 1 / 3, 'align R1 R');
    close(m.rouge_2.f_score, 1 / 3, 'align R2 F');
  }
  assert.deepEqual(s.date_f1, { precision: 0, recall: 0, f_score: 0 });
});

test('content costs pick the matching summary; 1:1 leaves a reference date unaligned, m:1 does not', () => {
  const pred = tl({ '2010-01-01': ['oil spill'] });
  const ref = tl({ '2010-01-02': ['oil gulf'], '2010-01-03': ['oil spill'] });
  const s = scoreTimeline(pred, [ref], RES, { alignDateCosts: true });
  // precision: the predicted date aligns with 01-03 (content cost 0), weight 1/3, 2 of 2 unigrams
  close(s.align_date_content_costs.rouge_1.precision, 1 / 3, '1:1 P');
  close(s.align_date_content_costs_many_to_one.rouge_1.precision, 1 / 3, 'm:1 P');
  // recall, 1:1: only 01-03 aligns (2 hits × 1/3); 01-02's two unigrams count in the denominator
  close(s.align_date_content_costs.rouge_1.recall, (2 / 3) / 4, '1:1 R');
  // recall, m:1: 01-02 also takes the predicted date: 1 hit × 1/2
  close(s.align_date_content_costs_many_to_one.rouge_1.recall, (1 / 2 + 2 / 3) / 4, 'm:1 R');
  // date-only costs prefer the nearer 01-02: 1 hit ("oil") × 1/2 of 2 predicted unigrams
  close(s.align_date_costs!.rouge_1.precision, 1 / 4, 'align (date) P');
  close(s.date_f1.recall, 0, 'date recall');
});

test('agreement counts only shared dates, precision over predicted and recall over reference dates', () => {
  const pred = tl({ '2010-01-01': ['oil spill'], '2010-01-05': ['cap'] });
  const ref = tl({ '2010-01-01': ['oil gulf'], '2010-01-09': ['well dead'] });
  const s = scoreTimeline(pred, [ref], RES);
  close(s.agreement.rouge_1.precision, 1 / 3, 'P'); // 1 hit of 2 + 1 predicted unigrams
  close(s.agreement.rouge_1.recall, 1 / 4, 'R'); // 1 hit of 2 + 2 reference unigrams
  close(s.date_f1.f_score, 0.5, 'date F1');
});

test('several references: hits and reference counts add up, the prediction counts once per reference', () => {
  const pred = tl({ '2010-01-01': ['oil spill'] });
  const s = scoreTimeline(pred, [tl({ '2010-01-01': ['oil spill'] }), tl({ '2010-01-01': ['gulf cap'] })], RES);
  close(s.concat.rouge_1.precision, 2 / 4, 'P');
  close(s.concat.rouge_1.recall, 2 / 4, 'R');
  close(s.agreement.rouge_1.precision, 2 / 4, 'agreement P');
  close(s.date_f1.f_score, 1, 'date F1');
});

function bruteForceMin(costs: number[][], cols: number): number {
  const rows = costs.length;
  const k = Math.min(rows, cols);
  let best = Infinity;
  const used = new Set<number>();
  // assign each row (when rows ≤ cols) or each column (otherwise) to a distinct partner
  const walk = (i: number, sum: number): void => {
    if (i === k) { best = Math.min(best, sum); return; }
    const partners = Math.max(rows, cols);
    for (let j = 0; j < partners; j++) {
      if (used.has(j)) continue;
      used.add(j);
      walk(i + 1, sum + (rows <= cols ? costs[i]![j]! : costs[j]![i]!));
      used.delete(j);
    }
  };
  walk(0, 0);
  return best;
}

test('linear sum assignment is optimal and injective on random matrices (square, wide, tall)', () => {
  let seed = 7;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (const [r, c] of [[5, 5], [3, 6], [6, 3], [1, 4], [4, 1]] as const) {
    for (let trial = 0; trial < 20; trial++) {
      const costs = Array.from({ length: r }, () => Array.from({ length: c }, () => Math.round(rand() * 10) / 10));
      const pairs = linearSumAssignment(costs, c);
      assert.equal(pairs.length, Math.min(r, c));
      assert.equal(new Set(pairs.map((p) => p[0])).size, pairs.length);
      assert.equal(new Set(pairs.map((p) => p[1])).size, pairs.length);
      const total = pairs.reduce((sum, [i, j]) => sum + costs[i]![j]!, 0);
      assert.ok(Math.abs(total - bruteForceMin(costs, c)) < 1e-9, `${r}x${c} trial ${trial}`);
      assert.deepEqual(pairs.map((p) => p[0]), [...pairs.map((p) => p[0])].sort((a, b) => a - b));
    }
  }
});

test('ties resolve as scipy does: a constant matrix gives the identity; many-to-one takes the first minimum', () => {
  const zeros = (r: number, c: number): number[][] => Array.from({ length: r }, () => new Array<number>(c).fill(0));
  assert.deepEqual(linearSumAssignment(zeros(3, 3), 3), [[0, 0], [1, 1], [2, 2]]);
  assert.deepEqual(linearSumAssignment(zeros(2, 4), 4), [[0, 0], [1, 1]]);
  assert.deepEqual(linearSumAssignment(zeros(4, 2), 2), [[0, 0], [1, 1]]);
  assert.deepEqual(assignToMinCost([[0.5, 0.2, 0.2], [0, 0, 1]], 3), [[0, 1], [1, 0]]);
  assert.deepEqual(linearSumAssignment([], 0), []);
});

test('empty prediction or reference does not crash', () => {
  const s = scoreTimeline(tl({}), [tl({ '2010-01-01': ['oil'] })], RES);
  assert.equal(s.concat.rouge_1.f_score, 0);
  assert.equal(s.align_date_content_costs.rouge_1.recall, 0);
  assert.equal(s.date_f1.precision, 0);
  assert.throws(() => scoreTimeline(tl({}), [], RES), /at least one reference/);
});
