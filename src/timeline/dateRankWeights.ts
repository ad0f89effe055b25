// Learning the date ranker's weights: logistic regression on the scaled day features, with "is a gold
// timeline date" as the label. Each training timeline contributes equally (its days are weighted by
// 1 / its number of days), positives and negatives are balanced, and an L2 penalty keeps weights small.
// The evaluator trains leave-one-topic-out; DEFAULT_DATE_WEIGHTS (used on user data) are trained on all
// Timeline17 topics by `bench/timelines.ts --train`.
import { DATE_FEATURE_NAMES, rankDays, type DateFeatures } from './dateRank.js';

/**
 * Trained by coordinate ascent on all 19 Timeline17 tasks (9 topics) with `node --import tsx bench/timelines.ts
 * --train`; features not named here weigh 0. The evaluator never uses these: it retrains leave-one-topic-out.
 */
const TRAINED_ON_T17: Partial<Record<(typeof DATE_FEATURE_NAMES)[number], number>> = {
  mentionSents: 0.25,
  mentionDocs: 0.1,
  pubDocs: 0.1,
  keywordDocs: 0.9,
  neighbourDocs: -0.1,
};

/** Order as DATE_FEATURE_NAMES. */
export const DEFAULT_DATE_WEIGHTS: readonly number[] = DATE_FEATURE_NAMES.map((n) => TRAINED_ON_T17[n] ?? 0);

export interface DateTrainingExample {
  features: DateFeatures;
  /** Day numbers of the gold timeline's dates. */
  gold: Set<number>;
}

const EPOCHS = 300;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;

export function trainDateWeights(examples: DateTrainingExample[]): number[] {
  const n = DATE_FEATURE_NAMES.length;
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const ex of examples) {
    let pos = 0;
    for (const d of ex.features.days) if (ex.gold.has(d)) pos++;
    const neg = ex.features.days.length - pos;
    if (pos === 0 || neg === 0) continue;
    ex.features.days.forEach((d, i) => {
      const y = ex.gold.has(d) ? 1 : 0;
      xs.push(ex.features.scaled[i]!);
      ys.push(y);
      ws.push(y ? 0.5 / pos : 0.5 / neg);
    });
  }
  const totalW = ws.reduce((a, b) => a + b, 0) || 1;
  const w = new Array<number>(n).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Array<number>(n).fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      let z = 0;
      for (let k = 0; k < n; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ys[i]!) * ws[i]!;
      for (let k = 0; k < n; k++) grad[k]! += g * x[k]!;
    }
    for (let k = 0; k < n; k++) w[k] = w[k]! - LEARNING_RATE * (grad[k]! / totalW + L2 * w[k]!) * 10;
  }
  return w;
}

/** Weight changes tried per feature in each round of coordinate ascent. */
const STEPS = [-1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1];
const ROUNDS = 6;

/** Mean over examples of the F1 between the top-|gold| ranked days and the gold days. */
export function rankingDateF1(examples: DateTrainingExample[], weights: readonly number[]): number {
  let p = 0;
  let r = 0;
  for (const ex of examples) {
    const top = rankDays(ex.features, weights).slice(0, ex.gold.size);
    let hits = 0;
    for (const t of top) if (ex.gold.has(t.day)) hits++;
    p += top.length ? hits / top.length : 0;
    r += ex.gold.size ? hits / ex.gold.size : 0;
  }
  p /= examples.length || 1;
  r /= examples.length || 1;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * Coordinate ascent on the ranking metric itself (as in RankLib's CoordinateAscent): starting from the
 * single best feature, repeatedly try small changes to one weight and keep those that raise the mean
 * date F1 of the training timelines. Deterministic, and robust to the features' differing scales.
 */
export function trainDateWeightsByAscent(examples: DateTrainingExample[]): number[] {
  const n = DATE_FEATURE_NAMES.length;
  let best: number[] = new Array<number>(n).fill(0);
  let bestScore = -1;
  for (let i = 0; i < n; i++) {
    const w = new Array<number>(n).fill(0);
    w[i] = 1;
    const s = rankingDateF1(examples, w);
    if (s > bestScore) {
      bestScore = s;
      best = w;
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      for (const step of STEPS) {
        const w = [...best];
        w[i] = w[i]! + step;
        const s = rankingDateF1(examples, w);
        if (s > bestScore + 1e-9) {
          bestScore = s;
          best = w;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}
