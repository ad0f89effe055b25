// Stage profile of the analysis: runs the stages of analyzeDoc one by one on one thread over a spread sample of a
// dataset and prints the CPU time of each (thread CPU, so other load on the machine counts little). Pass a
// reference checkout to profile its built code (dist/) the same way, for before/after pairs.
// Run: node --import tsx bench/analyzeStages.ts [articles=800] [reference-root] [dataset-dir] [--pair [--dist]]
// Keep the stage calls in step with analyzeDoc (src/analyze/index.ts).
// --pair (with a reference): analyzeDoc of this tree and of the reference alternated article by article, each
// article once per side, so that load from other processes falls on both sides alike; prints ms per article.
// On a shared machine this before/after ratio is steadier than two stage runs one after the other.
import { readSources } from '../src/sources/index.js';
import { sharedData } from '../src/util/paths.js';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type * as Clean from '../src/clean/index.js';
import type * as Sentences from '../src/analyze/sentences.js';
import type * as Time from '../src/analyze/time/index.js';
import type * as Entities from '../src/analyze/entities/index.js';
import type * as Quotes from '../src/analyze/quotes.js';
import type * as Events from '../src/analyze/events/index.js';
import type * as Analyze from '../src/analyze/index.js';

const pair = process.argv.includes('--pair');
// --dist (with --pair): this tree's built code (dist/, `npx tsc -p tsconfig.json` first) instead of src/ through
// tsx, whose keepNames wrappers cost every closure a call: the reference side is built code too.
const ownDist = process.argv.includes('--dist');
const args = process.argv.slice(2).filter((a) => a !== '--pair' && a !== '--dist');
const count = Number(args[0] ?? 800);
const reference = args[1];
const dir = args[2] ?? sharedData('t17');
if (!dir) {
  console.error('bench/analyzeStages: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

async function load<T>(path: string): Promise<T> {
  if (!reference) return await import(`../src/${path}.js`) as T;
  return await import(pathToFileURL(join(reference, 'dist', `${path}.js`)).href) as T;
}
const { cleanText } = await load<typeof Clean>('clean/index');
const { splitSentences } = await load<typeof Sentences>('analyze/sentences');
const { tagTimexes } = await load<typeof Time>('analyze/time/index');
const { extractEntities } = await load<typeof Entities>('analyze/entities/index');
const { extractQuotes } = await load<typeof Quotes>('analyze/quotes');
const { dateSentences } = await load<typeof Events>('analyze/events/index');

const all: { text: string; published: string }[] = [];
for await (const item of readSources([dir])) if (item.kind === 'article') all.push(item.article);
const step = Math.max(1, Math.floor(all.length / count));
const sample = all.filter((_, i) => i % step === 0).slice(0, count);

const stages = ['clean', 'sentences', 'time', 'entities', 'quotes', 'sentenceDates'] as const;
const spent = new Map<string, number>(stages.map((s) => [s, 0]));
let at = process.cpuUsage();
const lap = (stage: string): void => {
  const now = process.cpuUsage();
  spent.set(stage, spent.get(stage)! + (now.user - at.user + now.system - at.system) / 1e6);
  at = now;
};
// One warm-up pass over a tenth of the sample so that lazy model loading and JIT do not land on one stage.
const run = (articles: typeof sample, timed: boolean): void => {
  for (const a of articles) {
    const dct = a.published.slice(0, 10);
    at = process.cpuUsage();
    const clean = cleanText(a.text);
    if (timed) lap('clean');
    const sentences = splitSentences(clean.text);
    if (timed) lap('sentences');
    const timexes = tagTimexes(clean.text, dct, { sentenceBounds: sentences.map((s) => [s.start, s.end]) });
    if (timed) lap('time');
    const entities = extractEntities(clean.text, sentences);
    if (timed) lap('entities');
    extractQuotes(clean.text, sentences, entities, timexes);
    if (timed) lap('quotes');
    dateSentences({ text: a.text, published: dct, sentences, timexes });
    if (timed) lap('sentenceDates');
  }
};
if (pair) {
  if (!reference) {
    console.error('bench/analyzeStages: --pair needs a reference root');
    process.exit(2);
  }
  const ours = ownDist
    ? (await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'analyze', 'index.js')).href) as typeof Analyze).analyzeDoc
    : (await import('../src/analyze/index.js')).analyzeDoc;
  const theirs = (await load<typeof Analyze>('analyze/index')).analyzeDoc;
  const cpu = (f: typeof ours, a: (typeof sample)[number]): number => {
    const t0 = process.cpuUsage();
    f(a.text, a.published);
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1e3;
  };
  for (const a of sample.slice(0, Math.ceil(sample.length / 10))) {
    ours(a.text, a.published);
    theirs(a.text, a.published);
  }
  let mine = 0;
  let ref = 0;
  // which side goes first alternates, so neither always meets the caches the other left
  sample.forEach((a, i) => {
    if (i % 2 === 0) {
      mine += cpu(ours, a);
      ref += cpu(theirs, a);
    } else {
      ref += cpu(theirs, a);
      mine += cpu(ours, a);
    }
  });
  console.log(JSON.stringify({
    articles: sample.length,
    reference: { code: reference, msPerArticle: Number((ref / sample.length).toFixed(2)) },
    thisTree: { msPerArticle: Number((mine / sample.length).toFixed(2)) },
    speedup: Number((ref / mine).toFixed(2)),
  }, null, 2));
  process.exit(0);
}
run(sample.slice(0, Math.ceil(sample.length / 10)), false);
run(sample, true);
const bytes = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const total = [...spent.values()].reduce((x, y) => x + y, 0);
console.log(JSON.stringify({
  code: reference ?? 'this tree',
  articles: sample.length,
  megabytes: Number((bytes / 1e6).toFixed(2)),
  cpuSeconds: Number(total.toFixed(2)),
  mbPerCpuSecond: Number((bytes / 1e6 / total).toFixed(2)),
  stages: Object.fromEntries([...spent].map(([s, t]) => [s, `${t.toFixed(2)} s (${(100 * t / total).toFixed(0)}%)`])),
}, null, 2));
