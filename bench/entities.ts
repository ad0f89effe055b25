// Entity tagging benchmark: extractEntities (tokenising, tagging, document-level names) over T17 articles on one
// thread. Reading and sentence splitting are done first and not timed. Prints MB/s of article text (best of
// 5 runs, wall clock and CPU time).
// Run: node --import tsx bench/entities.ts [dataset-dir] [max-MB]
import { readSources } from '../src/sources/index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { extractEntities } from '../src/analyze/entities/index.js';
import { defaultTagger } from '../src/analyze/entities/tagger.js';
import { sharedData } from '../src/util/paths.js';
import type { Sentence } from '../src/types.js';

const dir = process.argv[2] || sharedData('t17');
if (!dir) {
  console.error('bench/entities: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const maxBytes = Number(process.argv[3] ?? 10) * 1e6;
const docs: { text: string; sentences: Sentence[] }[] = [];
let bytes = 0;
for await (const item of readSources([dir])) {
  if (item.kind !== 'article') continue;
  docs.push({ text: item.article.text, sentences: splitSentences(item.article.text) });
  bytes += Buffer.byteLength(item.article.text);
  if (bytes >= maxBytes) break;
}
defaultTagger(); // load the weights before timing
let mentions = 0;
// Wall time and CPU time (user + system) of each run: on a shared, loaded machine CPU time is the figure that
// says what one core does.
const runs: number[] = [];
const cpuRuns: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  mentions = 0;
  for (const d of docs) mentions += extractEntities(d.text, d.sentences).length;
  runs.push(Number(process.hrtime.bigint() - started) / 1e9);
  const used = process.cpuUsage(cpu);
  cpuRuns.push((used.user + used.system) / 1e6);
}
const best = Math.min(...runs);
const bestCpu = Math.min(...cpuRuns);
console.log(JSON.stringify({
  dataset: dir,
  articles: docs.length,
  megabytes: Number((bytes / 1e6).toFixed(2)),
  mentions,
  secondsPerRun: runs.map((s) => Number(s.toFixed(2))),
  cpuSecondsPerRun: cpuRuns.map((s) => Number(s.toFixed(2))),
  mbPerSecond: Number((bytes / 1e6 / best).toFixed(2)),
  mbPerCpuSecond: Number((bytes / 1e6 / bestCpu).toFixed(2)),
}));
