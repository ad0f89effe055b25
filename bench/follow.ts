// Update summarisation on Timeline17 (issue 15, part 3): what "what's new since" finds when a story is followed.
// Per task: the store is frozen at a cut-off (the middle gold date), the timeline is built and its entries kept
// as a snapshot (as a saved timeline's view does), the rest of the articles arrive, the timeline is rebuilt and
// compared with the snapshot. The entries marked new are scored against the gold entries after the cut-off
// (tilse Date-F1, concat ROUGE-1/2, many-to-one aligned ROUGE-1), beside two references: every rebuilt entry
// dated after the cut-off, and new plus changed entries. Uses the same timeline builder and diff as users.
// Run: node --import tsx bench/follow.ts [dataset-dir] [--cache DIR]
import { readEvalDataset, tasksOf, type EvalTask } from '../src/evaluate/datasets.js';
import { loadRougeResources } from '../src/evaluate/rouge155.js';
import { scoreTimeline } from '../src/evaluate/tilseMetrics.js';
import { analyzeDataset, type TimelineAnalysis } from '../src/evaluate/timelines.js';
import type { TilseTimeline } from '../src/formats/tilse.js';
import type { FollowEntry } from '../src/service/follow/curate.js';
import { diffWithSnapshot, snapshotEntries } from '../src/service/follow/diff.js';
import { buildTimeline, type TimelineDoc } from '../src/timeline/index.js';
import { sharedData } from '../src/util/paths.js';

const args = process.argv.slice(2);
const cacheAt = args.indexOf('--cache');
const cacheDir = cacheAt >= 0 ? args[cacheAt + 1] : '/tmp/follow-t17-cache';
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cache') ?? sharedData('t17');
if (!dir) {
  console.error('bench/follow: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

function docsOf(task: EvalTask, analyses: Map<number, TimelineAnalysis>, until?: string): TimelineDoc[] {
  return task.articles.filter((a) => until === undefined || a.published.slice(0, 10) <= until).flatMap((a) => {
    const an = analyses.get(a.id);
    return an ? [{ id: a.id, published: a.published, text: a.text, ...an }] : [];
  });
}

function build(task: EvalTask, docs: TimelineDoc[]): FollowEntry[] {
  const t = buildTimeline(docs, { keywords: task.keywords, from: task.start, to: task.end, dates: task.dates,
    perDate: task.perDate, granularity: 'day' });
  // The articles never change here, so article and sentence number name a sentence as the store's key does.
  return t.entries.map((e) => ({ ...e, sentences: e.sentences.map((s) => ({ ...s, key: `${s.articleId}:${s.sentenceIndex}` })) }));
}

const asTilse = (entries: FollowEntry[]): TilseTimeline =>
  ({ entries: new Map(entries.map((e) => [e.date, e.sentences.map((s) => s.text)])) });

const dataset = await readEvalDataset(dir);
const tasks = tasksOf(dataset);
const analyses = await analyzeDataset(dataset, { ...(cacheDir ? { cacheDir } : {}) });
const rouge = loadRougeResources();
type Figures = { date: number; c1: number; c2: number; ar1: number; entries: number };
const sums: Record<string, Figures> = {};
let scored = 0;
for (const task of tasks) {
  const goldDates = [...task.gold.entries.keys()].sort();
  const cut = goldDates[Math.floor(goldDates.length / 2)]!;
  const after: TilseTimeline = { entries: new Map([...task.gold.entries].filter(([d]) => d > cut)) };
  const before = docsOf(task, analyses, cut);
  if (after.entries.size === 0 || before.length === 0) continue;
  const then = snapshotEntries(build(task, before));
  const now = build(task, docsOf(task, analyses));
  const diff = diffWithSnapshot(now, then);
  const picks: Record<string, FollowEntry[]> = {
    new: now.filter((_, i) => diff.changes[i]!.status === 'new'),
    'new+changed': now.filter((_, i) => diff.changes[i]!.status !== 'unchanged'),
    'dated after cut-off': now.filter((e) => e.date > cut),
  };
  const row: Record<string, unknown> = { task: task.timeline, cut, goldAfter: after.entries.size };
  for (const [name, entries] of Object.entries(picks)) {
    const s = scoreTimeline(asTilse(entries), [after], rouge);
    const f: Figures = { date: s.date_f1.f_score, c1: s.concat.rouge_1.f_score, c2: s.concat.rouge_2.f_score,
      ar1: s.align_date_content_costs_many_to_one.rouge_1.f_score, entries: entries.length };
    const sum = (sums[name] ??= { date: 0, c1: 0, c2: 0, ar1: 0, entries: 0 });
    for (const k of Object.keys(f) as (keyof Figures)[]) sum[k] += f[k];
    row[name] = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Number(v.toFixed(3))]));
  }
  scored++;
  console.log(JSON.stringify(row));
}
for (const [name, s] of Object.entries(sums)) {
  console.log(JSON.stringify({ mean: name, tasks: scored, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Number((v / scored).toFixed(3))])) }));
}
