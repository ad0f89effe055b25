// What a lower read cap per timeline request (service/bound.ts) would cost in quality on Timeline17: each task's
// timeline is built from at most CAP of its articles and scored as `chronicle eval timelines` scores it, with the
// same leave-one-topic-out date weights for every cap (learned on the uncapped tasks), so that only the cap
// differs. The articles kept are an even spread in publication order, the unranked half of boundArticles: a
// conservative stand-in (the service gives half the budget to the best full-text matches). --user also scores the
// user's path (the whole topic, --query the keywords, default sizes), the request a cap actually bounds.
// Run: node --import tsx bench/timelineCap.ts [--cache dir] [--user] [cap ...]   (default caps: 1500 1000 750 500)
import { parseArgs } from 'node:util';
import { sharedData } from '../src/util/paths.js';
import { readEvalDataset, tasksOf, type EvalArticle } from '../src/evaluate/datasets.js';
import {
  analyzeDataset, leaveOneTopicOutWeights, meanScores, prepareTask, taskFeatures, type MetricSet, type TimelineAnalysis,
} from '../src/evaluate/timelines.js';
import { loadRougeResources } from '../src/evaluate/rouge155.js';
import { scoreTimeline, type TilseScores } from '../src/evaluate/tilseMetrics.js';
import { buildTimeline, runMethod, type TimelineDoc } from '../src/timeline/index.js';
import type { TilseTimeline } from '../src/formats/tilse.js';

const { values, positionals } = parseArgs({ allowPositionals: true,
  options: { cache: { type: 'string' }, user: { type: 'boolean' } } });
const dir = sharedData('t17');
if (!dir) {
  console.error('timelineCap: ../shared/data/t17 is absent: nothing to measure');
  process.exit(0);
}
const caps = (positionals.length > 0 ? positionals : ['1500', '1000', '750', '500']).map(Number);
const dataset = await readEvalDataset(dir);
const analyses = await analyzeDataset(dataset, values.cache ? { cacheDir: values.cache } : {});
const tasks = tasksOf(dataset);
const weights = leaveOneTopicOutWeights(tasks, tasks.map((t) => taskFeatures(prepareTask(t, analyses))));
const rouge = loadRougeResources();

/** At most `cap` of the articles (in publication order), evenly spaced, as boundArticles spreads its picks. */
function spread<T>(items: T[], cap: number): T[] {
  if (items.length <= cap) return items;
  return Array.from({ length: cap }, (_, i) => items[Math.floor((i * items.length) / cap)]!);
}

function byDate(articles: EvalArticle[]): EvalArticle[] {
  return [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id - b.id);
}

function docsOf(articles: EvalArticle[]): TimelineDoc[] {
  return articles.flatMap((a) => {
    const an: TimelineAnalysis | undefined = analyses.get(a.id);
    return an ? [{ id: a.id, published: a.published, text: a.text, sentences: an.sentences, timexes: an.timexes,
      entities: an.entities, ...(an.sentenceDates ? { sentenceDates: an.sentenceDates } : {}) }] : [];
  });
}

function metricSet(s: TilseScores): MetricSet {
  const m = s.align_date_content_costs_many_to_one;
  return { ar1: m.rouge_1, ar2: m.rouge_2, date: s.date_f1, concat1: s.concat.rouge_1, concat2: s.concat.rouge_2,
    agree1: s.agreement.rouge_1, agree2: s.agreement.rouge_2 };
}

function score(entries: { date: string; sentences: { text: string }[] }[], gold: TilseTimeline): MetricSet {
  const pred: TilseTimeline = { entries: new Map() };
  for (const e of entries) {
    const day = `${e.date}-01-01`.slice(0, 10);
    pred.entries.set(day, [...(pred.entries.get(day) ?? []), ...e.sentences.map((x) => x.text)]);
  }
  return metricSet(scoreTimeline(pred, [gold], rouge));
}

const largest = Math.max(...dataset.topics.map((t) => t.articles.length));
console.log(`# timelineCap: Timeline17, ${tasks.length} tasks; largest topic ${largest} articles, largest task ` +
  `${Math.max(...tasks.map((t) => t.articles.length))}`);
for (const cap of caps) {
  const protocol = tasks.map((task) => {
    const w = weights.get(task.topic);
    const p = prepareTask({ ...task, articles: spread(byDate(task.articles), cap) }, analyses);
    return { metrics: score(runMethod('datewise', p, w ? { dateWeights: w } : {}), task.gold) };
  });
  const m = meanScores(protocol);
  let line = `cap ${String(cap).padStart(5)}  protocol AR1-F ${m.ar1_f.toFixed(4)} AR2-F ${m.ar2_f.toFixed(4)} ` +
    `Date-F1 ${m.date_f1.toFixed(4)}`;
  if (values.user) {
    const byTopic = new Map<string, { date: string; sentences: { text: string }[] }[]>();
    const user = tasks.map((task) => {
      let entries = byTopic.get(task.topic);
      if (!entries) {
        const topic = dataset.topics.find((t) => t.name === task.topic)!;
        const w = weights.get(task.topic);
        entries = buildTimeline(docsOf(spread(byDate(topic.articles), cap)),
          { query: task.keywords.join(' '), ...(w ? { dateWeights: w } : {}) }).entries;
        byTopic.set(task.topic, entries);
      }
      return { metrics: score(entries, task.gold) };
    });
    const u = meanScores(user);
    line += `  user AR1-F ${u.ar1_f.toFixed(4)} AR2-F ${u.ar2_f.toFixed(4)} Date-F1 ${u.date_f1.toFixed(4)}`;
  }
  console.log(line);
}
