// Analysis benchmark: analyses every article of a dataset (sentences, time expressions, entities, quotes) with
// the worker pool and prints MB/s, articles/s and peak memory (main thread and workers share one process, so
// maxRSS covers them all). Reading is done first and not timed. CPU seconds (all threads of the process) are
// printed too: on a shared machine wall-clock speed depends on the other load, CPU per MB does much less;
// `idealMbPerSecond` is the speed with every thread on a core of its own (MB per CPU-second × threads).
// Run: node --import tsx bench/analyze.ts [dataset-dir] [threads]
import { readSources } from '../src/sources/index.js';
import { analyzeMany, defaultThreads, type AnalyzeItem } from '../src/analyze/pool.js';
import { loadavg } from 'node:os';
import { sharedData } from '../src/util/paths.js';

const dir = process.argv[2] ?? sharedData('t17');
if (!dir) {
  console.error('bench/analyze: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const threads = process.argv[3] ? Number(process.argv[3]) : defaultThreads();
const items: AnalyzeItem[] = [];
let bytes = 0;
for await (const item of readSources([dir])) {
  if (item.kind !== 'article') continue;
  items.push({ id: items.length, text: item.article.text, published: item.article.published });
  bytes += Buffer.byteLength(item.article.text);
}
let sentences = 0;
let timexes = 0;
let entities = 0;
let quotes = 0;
let errors = 0;
const load = [loadavg()[0]!];
const cpuStarted = process.cpuUsage();
const started = process.hrtime.bigint();
await analyzeMany(items, (r) => {
  if ('error' in r) { errors++; return; }
  sentences += r.doc.sentences.length;
  timexes += r.doc.timexes.length;
  entities += r.doc.entities.length;
  quotes += r.doc.quotes.length;
}, { threads });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
load.push(loadavg()[0]!);
console.log(JSON.stringify({
  dataset: dir,
  threads,
  articles: items.length,
  megabytes: Number((bytes / 1e6).toFixed(1)),
  seconds: Number(seconds.toFixed(2)),
  mbPerSecond: Number((bytes / 1e6 / seconds).toFixed(2)),
  articlesPerSecond: Math.round(items.length / seconds),
  cpuSeconds: Number(cpuSeconds.toFixed(2)),
  mbPerCpuSecond: Number((bytes / 1e6 / cpuSeconds).toFixed(2)),
  idealMbPerSecond: Number((bytes / 1e6 / cpuSeconds * threads).toFixed(2)),
  loadAverageBeforeAfter: load.map((l) => Number(l.toFixed(1))),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  sentences, timexes, entities, quotes, errors,
}, null, 2));
