// Timeline benchmark: runs `chronicle eval timelines` in-process on Timeline17 (or the folder given) for every
// method (EVAL_METHODS) and prints per-method means and timings as JSON lines. Analyses are cached in
// /tmp/timelines/ so repeated runs time only timeline building and scoring (pass --no-cache to time analysis too).
// `--train` instead trains the date ranker on every task of the dataset and prints the weights that
// DEFAULT_DATE_WEIGHTS (src/timeline/dateRankWeights.ts) holds.
// Run: node --import tsx bench/timelines.ts [dataset-dir] [--train] [--no-cache] [--cache DIR] [--method NAME]
import { readEvalDataset, tasksOf } from '../src/evaluate/datasets.js';
import {
  analyzeDataset, EVAL_METHODS, evaluateTimelines, prepareTask, taskFeatures, trainOnAll,
} from '../src/evaluate/timelines.js';
import { DATE_FEATURE_NAMES } from '../src/timeline/dateRank.js';
import { sharedData } from '../src/util/paths.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const optionValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const methods = optionValue('--method') ? [optionValue('--method')!] : [...EVAL_METHODS];
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--method' && args[i - 1] !== '--cache') ?? sharedData('t17');
if (!dir) {
  console.error('bench/timelines: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const cacheDir = flag('--no-cache') ? undefined : optionValue('--cache') ?? '/tmp/timelines';
const started = performance.now();
const dataset = await readEvalDataset(dir);
const readSeconds = (performance.now() - started) / 1000;

if (flag('--train')) {
  const tasks = tasksOf(dataset);
  const analyses = await analyzeDataset(dataset, { cacheDir });
  const features = tasks.map((t) => taskFeatures(prepareTask(t, analyses)));
  const w = trainOnAll(tasks, features);
  console.log(JSON.stringify(Object.fromEntries(DATE_FEATURE_NAMES.map((n, i) => [n, Number(w[i]!.toFixed(3))]))));
  console.log(`[${w.map((x) => Number(x.toFixed(3))).join(', ')}]`);
} else {
  const result = await evaluateTimelines(dataset, { methods, ...(cacheDir ? { cacheDir } : {}) });
  for (const r of result.reports) {
    const m = r.mean;
    console.log(JSON.stringify({
      dataset: dir,
      method: r.method,
      tasks: r.tasks.length,
      ar1_f: +m.ar1_f.toFixed(4),
      ar2_f: +m.ar2_f.toFixed(4),
      date_f1: +m.date_f1.toFixed(4),
      concat_r1_f: +m.concat_r1_f.toFixed(4),
      concat_r2_f: +m.concat_r2_f.toFixed(4),
      agreement_r1_f: +m.agreement_r1_f.toFixed(4),
      agreement_r2_f: +m.agreement_r2_f.toFixed(4),
      method_seconds: +r.seconds.toFixed(1),
    }));
  }
  if (flag('--tasks')) {
    for (const r of result.reports) for (const t of r.tasks) {
      console.log(`${r.method.padEnd(9)} ${t.timeline.padEnd(70)} ${t.ar1_f.toFixed(3)} ${t.ar2_f.toFixed(3)} ${t.date_f1.toFixed(3)}`);
    }
  }
  console.log(JSON.stringify({ read_seconds: +readSeconds.toFixed(1), analysis_seconds: +result.analysisSeconds.toFixed(1),
    total_seconds: +((performance.now() - started) / 1000).toFixed(1), cached_analysis: cacheDir !== undefined }));
}
