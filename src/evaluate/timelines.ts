// Timeline generation scored as the field scores it (news-tls protocol, tilse metrics with ROUGE-1.5.5
// counting): every gold timeline is a task (see datasets.ts); the same analysis and timeline code users run
// builds a timeline of L dates and K sentences per date from the task's articles; scores are tilse's
// align+ m:1 ROUGE-1/2 (AR1, AR2), date F1, concat and agreement ROUGE. Means follow news-tls: precision
// and recall are averaged over tasks, then F is taken of the means.
// The date ranker's weights are learned leave-one-topic-out: the weights that build a task's timeline were
// trained only on the other topics' gold timelines, so nothing is tuned on the task being scored.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMany, type AnalyzeItem } from '../analyze/pool.js';
import { ANALYSIS_VERSION } from '../analyze/index.js';
import { CLEAN_VERSION, FurnitureModel, type Span } from '../clean/index.js';
import type { Doc } from '../types.js';
import {
  buildTimeline, methodProblem, prepareTimeline, runMethod, TIMELINE_METHODS, type PreparedTimeline, type TimelineDoc,
} from '../timeline/index.js';
import { dateFeatures, type DateFeatures } from '../timeline/dateRank.js';
import { trainDateWeightsByAscent, trainDateWeightsByMeanDifference, type DateTrainingExample } from '../timeline/dateRankWeights.js';
import { dayNumber } from '../timeline/dates.js';
import { loadRougeResources, type RougeResources } from './rouge155.js';
import { scoreTimeline, type PRF, type TilseScores } from './tilseMetrics.js';
import type { TilseTimeline } from '../formats/tilse.js';
import { tasksOf, type EvalArticle, type EvalDataset, type EvalTask } from './datasets.js';

/** The methods `--method all` scores: every method a user can pick. */
export const EVAL_METHODS = TIMELINE_METHODS;

/** How the date ranker's weights are learned: mean gold-minus-other difference (default) or coordinate ascent. */
export const DATE_TRAINERS = {
  meandiff: trainDateWeightsByMeanDifference,
  ascent: trainDateWeightsByAscent,
} as const;
export type DateTrainer = keyof typeof DATE_TRAINERS;

/** The analysis layers a timeline needs (quotes are not used, so caches stay smaller). */
export type TimelineAnalysis = Pick<Doc, 'sentences' | 'timexes' | 'entities' | 'sentenceDates'>;

export interface MetricSet {
  ar1: PRF;
  ar2: PRF;
  date: PRF;
  concat1: PRF;
  concat2: PRF;
  agree1: PRF;
  agree2: PRF;
}

/** The F scores printed per task and as means (the names are the --json keys). */
export interface ScoreFigures {
  ar1_f: number;
  ar2_f: number;
  date_f1: number;
  concat_r1_f: number;
  concat_r2_f: number;
  agreement_r1_f: number;
  agreement_r2_f: number;
}

export interface TaskScore extends ScoreFigures {
  /** Share of the chosen dates that lie within two days of another chosen date and are not gold (see dateRedundancy). */
  date_redundancy: number;
  topic: string;
  timeline: string;
  method: string;
  /** Articles in the task's input (clipped to the gold span) and the requested size. */
  articles: number;
  dates: number;
  perDate: number;
  /** Dates and sentences the method returned. */
  predictedDates: number;
  seconds: number;
  metrics: MetricSet;
}

export interface MeanScore extends ScoreFigures {
  /** Mean over tasks of the per-task date redundancy. */
  date_redundancy: number;
  /** Precision and recall means behind each F. */
  metrics: MetricSet;
}

export interface MethodReport {
  method: string;
  tasks: TaskScore[];
  mean: MeanScore;
  seconds: number;
}

export interface TimelineEvalOptions {
  methods?: string[];
  threads?: number;
  /** Folder for analysis caches (keyed by analysis version and article texts); none when undefined. */
  cacheDir?: string;
  /** Learn date weights leave-one-topic-out (default true); false uses the shipped defaults. */
  leaveOneTopicOut?: boolean;
  /** Learner of the leave-one-topic-out date weights (default 'meandiff'). */
  dateTrainer?: DateTrainer;
  rouge?: RougeResources;
  /**
   * Build each timeline as `chronicle timeline --query <keywords>` does: from all of the topic's articles, with
   * no date range and the default sizes, scored against the same gold (the date weights are still learned
   * leave-one-topic-out unless that is turned off). Default false: the news-tls protocol (gold span and sizes).
   */
  userPath?: boolean;
  onProgress?: (message: string) => void;
}

export interface TimelineEvalResult {
  reports: MethodReport[];
  analysisSeconds: number;
  seconds: number;
  warnings: string[];
}

function cacheKey(articles: EvalArticle[], furniture: Map<number, Span[]>): string {
  const h = createHash('sha1').update(`analysis v${ANALYSIS_VERSION} clean v${CLEAN_VERSION}\n`);
  for (const a of articles) {
    h.update(a.published).update('\0').update(a.text).update(JSON.stringify(furniture.get(a.id) ?? [])).update('\u0001');
  }
  return h.digest('hex');
}

/** The repeat model's furniture spans per article, learned over the whole dataset as refresh learns a store. */
function furnitureOf(dataset: EvalDataset): Map<number, Span[]> {
  const all = dataset.topics.flatMap((t) => t.articles).sort((a, b) => a.id - b.id);
  // Ids start at 0; the model counts ids above its last one, so shift by one.
  const model = new FurnitureModel();
  model.learn(all.map((a) => ({ id: a.id + 1, source: a.source, published: a.published, text: a.text })));
  return new Map(all.map((a) => [a.id, model.spans(a)]));
}

/** Analyses every article of the dataset with the worker pool (per-topic caches in `cacheDir` when given). */
export async function analyzeDataset(
  dataset: EvalDataset,
  opts: { threads?: number; cacheDir?: string; onProgress?: (m: string) => void } = {},
): Promise<Map<number, TimelineAnalysis>> {
  const out = new Map<number, TimelineAnalysis>();
  const furniture = furnitureOf(dataset);
  const todo: { topic: string; articles: EvalArticle[]; cachePath?: string }[] = [];
  for (const topic of dataset.topics) {
    const cachePath = opts.cacheDir ? join(opts.cacheDir, `analysis-${cacheKey(topic.articles, furniture)}.json`) : undefined;
    if (cachePath && existsSync(cachePath)) {
      const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as TimelineAnalysis[];
      if (cached.length === topic.articles.length) {
        for (const [i, a] of topic.articles.entries()) out.set(a.id, cached[i]!);
        continue;
      }
    }
    todo.push({ topic: topic.name, articles: topic.articles, ...(cachePath ? { cachePath } : {}) });
  }
  const items: AnalyzeItem[] = todo.flatMap((t) => t.articles.map((a) =>
    ({ id: a.id, text: a.text, published: a.published, furniture: furniture.get(a.id) ?? [] })));
  if (items.length > 0) {
    opts.onProgress?.(`analysing ${items.length} articles`);
    const errors: string[] = [];
    await analyzeMany(items, (r) => {
      if ('error' in r) errors.push(`article ${r.id}: ${r.error}`);
      else out.set(r.id, { sentences: r.doc.sentences, timexes: r.doc.timexes, entities: r.doc.entities, ...(r.doc.sentenceDates ? { sentenceDates: r.doc.sentenceDates } : {}) });
    }, opts.threads !== undefined ? { threads: opts.threads } : {});
    if (errors.length > 0) throw new Error(`analysis failed: ${errors.slice(0, 3).join('; ')}`);
  }
  for (const t of todo) {
    if (!t.cachePath) continue;
    mkdirSync(opts.cacheDir!, { recursive: true });
    writeFileSync(t.cachePath, JSON.stringify(t.articles.map((a) => out.get(a.id)!)));
  }
  return out;
}

/** One task's prepared working set, as a user's request with the task's query, span and size would make it. */
export function prepareTask(task: EvalTask, analyses: Map<number, TimelineAnalysis>): PreparedTimeline {
  return prepareTimeline(timelineDocs(task.articles, analyses), {
    keywords: task.keywords,
    from: task.start,
    to: task.end,
    dates: task.dates,
    perDate: task.perDate,
    granularity: 'day',
  });
}

function timelineDocs(articles: EvalArticle[], analyses: Map<number, TimelineAnalysis>): TimelineDoc[] {
  const docs: TimelineDoc[] = [];
  for (const a of articles) {
    const an = analyses.get(a.id);
    if (!an) continue;
    docs.push({ id: a.id, published: a.published, text: a.text, sentences: an.sentences, timexes: an.timexes,
      entities: an.entities, ...(an.sentenceDates ? { sentenceDates: an.sentenceDates } : {}), ...(a.title ? { title: a.title } : {}) });
  }
  return docs;
}

/**
 * The entries a user gets for the task's topic: every article of the topic, `--query` the keywords, nothing
 * else given (the main timeline only: Background is context, not a claim about the story's dates).
 */
function userPathEntries(
  dataset: EvalDataset,
  task: EvalTask,
  method: string,
  analyses: Map<number, TimelineAnalysis>,
  weights: number[] | undefined,
): { date: string; sentences: { text: string }[] }[] {
  const topic = dataset.topics.find((t) => t.name === task.topic);
  const docs = timelineDocs(topic?.articles ?? task.articles, analyses);
  return buildTimeline(docs, { query: task.keywords.join(' '), method, ...(weights ? { dateWeights: weights } : {}) }).entries;
}

export function taskFeatures(p: PreparedTimeline): DateFeatures {
  return dateFeatures(p.col, p.q.fromDay, p.q.toDay, p.q.keywords);
}

function goldDays(gold: TilseTimeline): Set<number> {
  return new Set([...gold.entries.keys()].map(dayNumber));
}

function metricSet(s: TilseScores): MetricSet {
  const m = s.align_date_content_costs_many_to_one;
  return {
    ar1: m.rouge_1,
    ar2: m.rouge_2,
    date: s.date_f1,
    concat1: s.concat.rouge_1,
    concat2: s.concat.rouge_2,
    agree1: s.agreement.rouge_1,
    agree2: s.agreement.rouge_2,
  };
}

const METRIC_KEYS = ['ar1', 'ar2', 'date', 'concat1', 'concat2', 'agree1', 'agree2'] as const;

/** Days within which two chosen dates are suspected to tell one event (see dateRedundancy). */
export const REDUNDANT_DAYS = 2;

/**
 * Share of the chosen days that are not gold and lie within REDUNDANT_DAYS of another chosen day: slots
 * spent on a second date of an event already told (the day after a verdict, the day coverage peaked) rather
 * than on another event. 0 for an empty timeline.
 */
export function dateRedundancy(chosen: readonly number[], gold: ReadonlySet<number>): number {
  if (chosen.length === 0) return 0;
  const sorted = [...new Set(chosen)].sort((a, b) => a - b);
  let redundant = 0;
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i]!;
    const near = (i > 0 && d - sorted[i - 1]! <= REDUNDANT_DAYS) || (i + 1 < sorted.length && sorted[i + 1]! - d <= REDUNDANT_DAYS);
    if (near && !gold.has(d)) redundant++;
  }
  return redundant / sorted.length;
}

/** news-tls averaging: mean precision and mean recall over tasks, then their F1. */
export function meanScores(tasks: { metrics: MetricSet; date_redundancy?: number }[]): MeanScore {
  const metrics = {} as MetricSet;
  for (const k of METRIC_KEYS) {
    let p = 0;
    let r = 0;
    for (const t of tasks) {
      p += t.metrics[k].precision;
      r += t.metrics[k].recall;
    }
    const n = tasks.length || 1;
    p /= n;
    r /= n;
    metrics[k] = { precision: p, recall: r, f_score: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  }
  return {
    ar1_f: metrics.ar1.f_score,
    ar2_f: metrics.ar2.f_score,
    date_f1: metrics.date.f_score,
    concat_r1_f: metrics.concat1.f_score,
    concat_r2_f: metrics.concat2.f_score,
    agreement_r1_f: metrics.agree1.f_score,
    agreement_r2_f: metrics.agree2.f_score,
    date_redundancy: tasks.reduce((sum, t) => sum + (t.date_redundancy ?? 0), 0) / (tasks.length || 1),
    metrics,
  };
}

/** Date weights for each task, trained on the tasks of every other topic. */
export function leaveOneTopicOutWeights(
  tasks: EvalTask[],
  features: DateFeatures[],
  trainer: DateTrainer = 'meandiff',
): Map<string, number[]> {
  const byTopic = new Map<string, number[]>();
  for (const topic of new Set(tasks.map((t) => t.topic))) {
    const examples: DateTrainingExample[] = [];
    tasks.forEach((t, i) => {
      if (t.topic !== topic) examples.push({ features: features[i]!, gold: goldDays(t.gold) });
    });
    if (examples.length > 0) byTopic.set(topic, DATE_TRAINERS[trainer](examples));
  }
  return byTopic;
}

/** Weights trained on every task of a dataset (what DEFAULT_DATE_WEIGHTS holds for Timeline17). */
export function trainOnAll(tasks: EvalTask[], features: DateFeatures[], trainer: DateTrainer = 'meandiff'): number[] {
  return DATE_TRAINERS[trainer](tasks.map((t, i) => ({ features: features[i]!, gold: goldDays(t.gold) })));
}

function fScores(task: EvalTask, method: string, metrics: MetricSet, predictedDays: number[], articles: number, seconds: number): TaskScore {
  return {
    topic: task.topic,
    timeline: task.timeline,
    method,
    ar1_f: metrics.ar1.f_score,
    ar2_f: metrics.ar2.f_score,
    date_f1: metrics.date.f_score,
    concat_r1_f: metrics.concat1.f_score,
    concat_r2_f: metrics.concat2.f_score,
    agreement_r1_f: metrics.agree1.f_score,
    agreement_r2_f: metrics.agree2.f_score,
    date_redundancy: dateRedundancy(predictedDays, goldDays(task.gold)),
    articles,
    dates: task.dates,
    perDate: task.perDate,
    predictedDates: predictedDays.length,
    seconds,
    metrics,
  };
}

/** Builds and scores every task's timeline with each method. */
export async function evaluateTimelines(dataset: EvalDataset, opts: TimelineEvalOptions = {}): Promise<TimelineEvalResult> {
  const started = performance.now();
  const methods = opts.methods ?? ['datewise'];
  for (const m of methods) {
    const problem = methodProblem(m);
    if (problem) throw new Error(problem);
  }
  const tasks = tasksOf(dataset);
  if (tasks.length === 0) throw new Error('the dataset has no gold timeline with dated entries: nothing to evaluate');
  const analyses = await analyzeDataset(dataset, opts);
  const analysisSeconds = (performance.now() - started) / 1000;
  const rouge = opts.rouge ?? loadRougeResources();
  const prepStarted = performance.now();
  const prepared = tasks.map((t) => prepareTask(t, analyses));
  const prepSeconds = (performance.now() - prepStarted) / 1000 / tasks.length;
  let weights: Map<string, number[]> | undefined;
  // Every method ranks days with the date ranker, so every method gets the leave-one-topic-out weights.
  if (opts.leaveOneTopicOut !== false && new Set(tasks.map((t) => t.topic)).size > 1) {
    opts.onProgress?.('training date weights leave-one-topic-out');
    const trainer = opts.dateTrainer ?? 'meandiff';
    if (!(trainer in DATE_TRAINERS)) throw new Error(`unknown date trainer '${trainer}' (known: ${Object.keys(DATE_TRAINERS).join(', ')})`);
    weights = leaveOneTopicOutWeights(tasks, prepared.map(taskFeatures), trainer);
  }
  const reports: MethodReport[] = [];
  for (const method of methods) {
    const mStarted = performance.now();
    const scores: TaskScore[] = [];
    // Tasks of one topic share the user's timeline (same articles, same query): built once per topic.
    const userTimelines = new Map<string, ReturnType<typeof userPathEntries>>();
    tasks.forEach((task, i) => {
      const t0 = performance.now();
      const p = prepared[i]!;
      const w = weights?.get(task.topic);
      let entries: { date: string; sentences: { text: string }[] }[];
      if (opts.userPath) {
        entries = userTimelines.get(task.topic) ?? userPathEntries(dataset, task, method, analyses, w);
        userTimelines.set(task.topic, entries);
      } else {
        entries = runMethod(method, p, w ? { dateWeights: w } : {});
      }
      const pred: TilseTimeline = { entries: new Map() };
      for (const e of entries) {
        // A month or year entry of the user's timeline counts on its first day, as its tilse export writes it.
        const day = `${e.date}-01-01`.slice(0, 10);
        pred.entries.set(day, [...(pred.entries.get(day) ?? []), ...e.sentences.map((x) => x.text)]);
      }
      const s = scoreTimeline(pred, [task.gold], rouge);
      const seconds = (opts.userPath ? 0 : prepSeconds) + (performance.now() - t0) / 1000;
      scores.push(fScores(task, method, metricSet(s), entries.map((e) => dayNumber(e.date)), p.selected.length, seconds));
      opts.onProgress?.(`${method} ${task.timeline}: AR1-F ${s.align_date_content_costs_many_to_one.rouge_1.f_score.toFixed(3)}`);
    });
    reports.push({ method, tasks: scores, mean: meanScores(scores), seconds: (performance.now() - mStarted) / 1000 + prepSeconds * tasks.length });
  }
  return { reports, analysisSeconds, seconds: (performance.now() - started) / 1000, warnings: dataset.warnings };
}
