// tilse's timeline ROUGE metrics (Martschat & Markert 2017), ported from
// tilse/evaluation/rouge.py + util.py + dates.py so that our numbers equal tilse's:
//  - concat: all daily summaries joined (dates in order) and scored as one summary;
//  - agreement: per date, only dates present in both; precision sums over predicted dates,
//    recall over reference dates;
//  - align_date_costs / align_date_content_costs: an injective alignment of predicted and reference
//    dates (scipy's linear_sum_assignment, reproduced below with its tie-breaking) on costs
//    (1 - 1/(|Δdays|+1)) [× (1 - approximate ROUGE-1 F of the two summaries)]; each aligned pair's
//    hits are weighted by 1/(|Δdays|+1); unaligned dates still count in the denominators;
//  - align_date_content_costs_many_to_one: every date takes its cheapest partner (first on ties);
//  - date_f1: exact-date set precision/recall/F1 against the union of the reference dates.
// Several reference timelines are scored together as ROUGE's `-f A` does (hits and model counts
// summed, the peer counted once per reference).
import {
  loadRougeResources,
  ngramCounts,
  rougeRawCounts,
  summaryTokens,
  type NgramCounts,
  type RougeRawCounts,
  type RougeResources,
} from './rouge155.js';
import type { TilseTimeline } from '../formats/tilse.js';

export interface PRF {
  precision: number;
  recall: number;
  f_score: number;
}
export interface RougePRF {
  rouge_1: PRF;
  rouge_2: PRF;
}
export interface TilseScores {
  concat: RougePRF;
  agreement: RougePRF;
  /** only with `{ alignDateCosts: true }` (tilse's plain 'align'; not in our reference file) */
  align_date_costs?: RougePRF;
  align_date_content_costs: RougePRF;
  align_date_content_costs_many_to_one: RougePRF;
  date_f1: PRF;
}
export interface ScoreOptions {
  /** also compute tilse's date-cost-only alignment ('align' in the EACL'17 paper) */
  alignDateCosts?: boolean;
}

const NGRAM_SIZES = [1, 2] as const;
const MS_PER_DAY = 86_400_000;

/** Python's str.split() whitespace, as tilse's content-cost approximation splits raw sentences. */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/**
 * Python's string.punctuation. tilse drops a raw token when `token in string.punctuation`, which is
 * a substring test: "." and "(" go, and so would "()" or "<=>", but "``" and "''" stay.
 */
const PYTHON_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** One date's summary, counted once and reused by every metric. */
interface DaySummary {
  tokens: string[];
  grams: [NgramCounts, NgramCounts];
  /** raw whitespace tokens (case kept, no stemming) for the alignment cost approximation */
  raw: Map<string, number>;
  rawTotal: number;
}

function daySummary(sentences: readonly string[], res: RougeResources): DaySummary {
  const tokens = summaryTokens(sentences, res);
  const raw = new Map<string, number>();
  let rawTotal = 0;
  for (const s of sentences) {
    for (const t of s.split(PYTHON_WHITESPACE)) {
      if (t.length === 0 || PYTHON_PUNCTUATION.includes(t)) continue;
      raw.set(t, (raw.get(t) ?? 0) + 1);
      rawTotal++;
    }
  }
  return { tokens, grams: [ngramCounts(tokens, 1), ngramCounts(tokens, 2)], raw, rawTotal };
}

const EMPTY_DAY: DaySummary = {
  tokens: [],
  grams: [{ grams: new Map(), total: 0 }, { grams: new Map(), total: 0 }],
  raw: new Map(),
  rawTotal: 0,
};

function dayOrdinal(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // setUTCFullYear keeps years < 100 literal
  t.setUTCHours(0, 0, 0, 0);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function fScore(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function prf(hitP: number, denomP: number, hitR: number, denomR: number): PRF {
  const precision = denomP === 0 ? 0 : hitP / denomP;
  const recall = denomR === 0 ? 0 : hitR / denomR;
  return { precision, recall, f_score: fScore(precision, recall) };
}

/** Sums of precision/recall numerators and denominators, one per n-gram size. */
class Tally {
  readonly precNum = [0, 0];
  readonly precDen = [0, 0];
  readonly recNum = [0, 0];
  readonly recDen = [0, 0];

  addPrecision(k: number, counts: RougeRawCounts, weight = 1): void {
    this.precNum[k]! += weight * counts.hit;
    this.precDen[k]! += counts.peer;
  }
  addRecall(k: number, counts: RougeRawCounts, weight = 1): void {
    this.recNum[k]! += weight * counts.hit;
    this.recDen[k]! += counts.model;
  }
  result(): RougePRF {
    const [r1, r2] = NGRAM_SIZES.map((_, k) => prf(this.precNum[k]!, this.precDen[k]!, this.recNum[k]!, this.recDen[k]!));
    return { rouge_1: r1!, rouge_2: r2! };
  }
}

/** Everything about one prediction and its references, prepared once. */
class Prepared {
  readonly predDates: string[];
  readonly refDates: string[];
  readonly pred = new Map<string, DaySummary>();
  /** per reference timeline: date → summary */
  readonly refs: Map<string, DaySummary>[];
  readonly ordinals = new Map<string, number>();

  constructor(
    readonly predTimeline: TilseTimeline,
    readonly refTimelines: readonly TilseTimeline[],
    readonly res: RougeResources,
  ) {
    for (const [date, sentences] of predTimeline.entries) this.pred.set(date, daySummary(sentences, res));
    this.refs = refTimelines.map((tl) => {
      const m = new Map<string, DaySummary>();
      for (const [date, sentences] of tl.entries) m.set(date, daySummary(sentences, res));
      return m;
    });
    this.predDates = [...this.pred.keys()].sort();
    this.refDates = [...new Set(this.refs.flatMap((m) => [...m.keys()]))].sort();
    for (const d of [...this.predDates, ...this.refDates]) this.ordinals.set(d, dayOrdinal(d));
  }

  predDay(date: string | undefined): DaySummary {
    return (date !== undefined && this.pred.get(date)) || EMPTY_DAY;
  }
  refDays(date: string | undefined): DaySummary[] {
    return this.refs.map((m) => (date !== undefined && m.get(date)) || EMPTY_DAY);
  }
  /** ROUGE-1 and ROUGE-2 raw counts of the predicted summary of one date against the references of another. */
  counts(predDate: string | undefined, refDate: string | undefined): RougeRawCounts[] {
    const peer = this.predDay(predDate);
    const models = this.refDays(refDate);
    return NGRAM_SIZES.map((_, k) => rougeRawCounts(peer.grams[k]!, models.map((m) => m.grams[k]!)));
  }
  dayDistance(a: string, b: string): number {
    return Math.abs(this.ordinals.get(a)! - this.ordinals.get(b)!);
  }
}

function concat(p: Prepared): RougePRF {
  const joined = (days: Map<string, DaySummary>): string[] =>
    [...days.keys()].sort().flatMap((d) => days.get(d)!.tokens);
  const predTokens = joined(p.pred);
  const refTokens = p.refs.map(joined);
  const tally = new Tally();
  NGRAM_SIZES.forEach((n, k) => {
    const counts = rougeRawCounts(ngramCounts(predTokens, n), refTokens.map((t) => ngramCounts(t, n)));
    tally.addPrecision(k, counts);
    tally.addRecall(k, counts);
  });
  return tally.result();
}

function agreement(p: Prepared): RougePRF {
  const tally = new Tally();
  const predSet = new Set(p.predDates);
  const refSet = new Set(p.refDates);
  for (const date of new Set([...p.predDates, ...p.refDates])) {
    const counts = p.counts(date, date);
    counts.forEach((c, k) => {
      if (predSet.has(date)) tally.addPrecision(k, c);
      if (refSet.has(date)) tally.addRecall(k, c);
    });
  }
  return tally.result();
}

/** tilse's util.compute_rouge_approximation: unstemmed, case-sensitive ROUGE-1 F. */
function approximateRouge1F(pred: DaySummary, refs: readonly DaySummary[]): number {
  let match = 0;
  for (const [tok, count] of pred.raw) {
    for (const r of refs) match += Math.min(count, r.raw.get(tok) ?? 0);
  }
  const precDenom = refs.length * pred.rawTotal;
  const precision = precDenom === 0 ? 0 : match / precDenom;
  let recDenom = 0;
  for (const r of refs) recDenom += r.rawTotal;
  const recall = recDenom === 0 ? 0 : match / recDenom;
  return fScore(precision, recall);
}

type CostKind = 'date' | 'date_content';

/** Cost of aligning predicted date `pd` with reference date `rd` (same float ops as tilse). */
function alignmentCosts(p: Prepared, kind: CostKind): number[][] {
  return p.predDates.map((pd) =>
    p.refDates.map((rd) => {
      const dateFactor = 1 - 1 / (p.dayDistance(pd, rd) + 1);
      if (kind === 'date') return dateFactor;
      const contentFactor = 1 - approximateRouge1F(p.predDay(pd), p.refDays(rd));
      return dateFactor * contentFactor;
    }),
  );
}

function transpose(m: number[][], cols: number): number[][] {
  return Array.from({ length: cols }, (_, j) => m.map((row) => row[j]!));
}

/** Pairs (row, column) of an assignment. */
type Assignment = Array<[number, number]>;
type Assigner = (costs: number[][], cols: number) => Assignment;

/**
 * scipy.optimize.linear_sum_assignment (scipy ≥ 1.5): Crouse's shortest augmenting path, with the
 * same scan order and tie rules, so equal-cost alternatives resolve as scipy resolves them.
 * A tall matrix is solved transposed, as scipy does.
 */
export function linearSumAssignment(costs: number[][], cols: number): Assignment {
  const rows = costs.length;
  if (rows === 0 || cols === 0) return [];
  if (cols < rows) {
    const t = solveWide(transpose(costs, cols), rows);
    return t.map(([r, c]) => [c, r] as [number, number]).sort((a, b) => a[0] - b[0]);
  }
  return solveWide(costs, cols);
}

function solveWide(input: number[][], nc: number): Assignment {
  const nr = input.length;
  let minInput = Infinity;
  for (const row of input) for (const x of row) if (x < minInput) minInput = x;
  const cost = input.map((row) => row.map((x) => x - minInput));
  const u = new Array<number>(nr).fill(0);
  const v = new Array<number>(nc).fill(0);
  const shortest = new Array<number>(nc).fill(Infinity);
  const path = new Array<number>(nc).fill(-1);
  const col4row = new Array<number>(nr).fill(-1);
  const row4col = new Array<number>(nc).fill(-1);
  const SR = new Array<boolean>(nr).fill(false);
  const SC = new Array<boolean>(nc).fill(false);

  for (let curRow = 0; curRow < nr; curRow++) {
    // shortest augmenting path from curRow
    const remaining: number[] = [];
    for (let it = 0; it < nc; it++) remaining.push(nc - it - 1); // reverse order, as scipy
    SR.fill(false);
    SC.fill(false);
    shortest.fill(Infinity);
    let minVal = 0;
    let i = curRow;
    let sink = -1;
    while (sink === -1) {
      let index = -1;
      let lowest = Infinity;
      SR[i] = true;
      for (let it = 0; it < remaining.length; it++) {
        const j = remaining[it]!;
        const r = minVal + cost[i]![j]! - u[i]! - v[j]!;
        if (r < shortest[j]!) {
          path[j] = i;
          shortest[j] = r;
        }
        // on equal cost prefer a column that is still free: it ends the path
        if (shortest[j]! < lowest || (shortest[j] === lowest && row4col[j] === -1)) {
          lowest = shortest[j]!;
          index = it;
        }
      }
      minVal = lowest;
      if (minVal === Infinity || index < 0) throw new Error('linear sum assignment: infeasible cost matrix');
      const j = remaining[index]!;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j]!;
      SC[j] = true;
      remaining[index] = remaining[remaining.length - 1]!;
      remaining.pop();
    }
    // update duals
    u[curRow]! += minVal;
    for (let r = 0; r < nr; r++) {
      if (SR[r] && r !== curRow) u[r]! += minVal - shortest[col4row[r]!]!;
    }
    for (let c = 0; c < nc; c++) {
      if (SC[c]) v[c]! -= minVal - shortest[c]!;
    }
    // augment along the path
    let j = sink;
    for (;;) {
      const r = path[j]!;
      row4col[j] = r;
      const previous = col4row[r]!;
      col4row[r] = j;
      j = previous;
      if (r === curRow) break;
    }
  }
  return col4row.map((c, r) => [r, c] as [number, number]);
}

/** tilse's _assign_to_min_cost: each row takes its cheapest column (the first on ties). */
export function assignToMinCost(costs: number[][], cols: number): Assignment {
  if (cols === 0) return [];
  return costs.map((row, r) => {
    let best = 0;
    for (let c = 1; c < cols; c++) if (row[c]! < row[best]!) best = c;
    return [r, best] as [number, number];
  });
}

function alignedScores(p: Prepared, kind: CostKind, assign: Assigner): RougePRF {
  const tally = new Tally();
  const precCosts = alignmentCosts(p, kind); // rows: predicted dates
  const recCosts = transpose(precCosts, p.refDates.length); // rows: reference dates

  const matchedPred = new Set<number>();
  for (const [row, col] of assign(precCosts, p.refDates.length)) {
    const pd = p.predDates[row]!;
    const rd = p.refDates[col]!;
    const weight = 1 / (p.dayDistance(pd, rd) + 1);
    for (const [k, c] of p.counts(pd, rd).entries()) tally.addPrecision(k, c, weight);
    matchedPred.add(row);
  }
  for (const [row, pd] of p.predDates.entries()) {
    if (!matchedPred.has(row)) for (const [k, c] of p.counts(pd, undefined).entries()) tally.addPrecision(k, c);
  }

  const matchedRef = new Set<number>();
  for (const [row, col] of assign(recCosts, p.predDates.length)) {
    const rd = p.refDates[row]!;
    const pd = p.predDates[col]!;
    const weight = 1 / (p.dayDistance(pd, rd) + 1);
    for (const [k, c] of p.counts(pd, rd).entries()) tally.addRecall(k, c, weight);
    matchedRef.add(row);
  }
  for (const [row, rd] of p.refDates.entries()) {
    if (!matchedRef.has(row)) for (const [k, c] of p.counts(undefined, rd).entries()) tally.addRecall(k, c);
  }
  return tally.result();
}

function dateF1(p: Prepared): PRF {
  const refSet = new Set(p.refDates);
  const both = p.predDates.filter((d) => refSet.has(d)).length;
  return prf(both, p.predDates.length, both, p.refDates.length);
}

/** Score a predicted timeline against one or more reference timelines with tilse's metrics. */
export function scoreTimeline(
  pred: TilseTimeline,
  refs: readonly TilseTimeline[],
  rouge: RougeResources = loadRougeResources(),
  options: ScoreOptions = {},
): TilseScores {
  if (refs.length === 0) throw new Error('scoreTimeline: at least one reference timeline is needed');
  const p = new Prepared(pred, refs, rouge);
  const scores: TilseScores = {
    concat: concat(p),
    agreement: agreement(p),
    align_date_content_costs: alignedScores(p, 'date_content', linearSumAssignment),
    align_date_content_costs_many_to_one: alignedScores(p, 'date_content', assignToMinCost),
    date_f1: dateF1(p),
  };
  if (options.alignDateCosts) {
    return {
      concat: scores.concat,
      agreement: scores.agreement,
      align_date_costs: alignedScores(p, 'date', linearSumAssignment),
      align_date_content_costs: scores.align_date_content_costs,
      align_date_content_costs_many_to_one: scores.align_date_content_costs_many_to_one,
      date_f1: scores.date_f1,
    };
  }
  return scores;
}
