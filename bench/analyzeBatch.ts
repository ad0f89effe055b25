// Article by article (analyzeDoc) against stage by stage over batches (analyzeDocs, what the analysis workers run),
// on this tree's built code (`npx tsc -p tsconfig.json` first): the two are alternated batch by batch in one
// process, so load from other processes falls on both, and their Docs are compared on the first batches.
// Run: node --import tsx bench/analyzeBatch.ts [articles=800] [batch=8] [dataset-dir]
import { readSources } from '../src/sources/index.js';
import { sharedData } from '../src/util/paths.js';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type * as Analyze from '../src/analyze/index.js';

const count = Number(process.argv[2] ?? 800);
const size = Number(process.argv[3] ?? 8);
const dir = process.argv[4] ?? sharedData('t17');
if (!dir) {
  console.error('bench/analyzeBatch: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const { analyzeDoc, analyzeDocs } = await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'analyze', 'index.js')).href) as typeof Analyze;

const all: { text: string; published: string }[] = [];
for await (const item of readSources([dir])) if (item.kind === 'article') all.push({ text: item.article.text, published: item.article.published });
const step = Math.max(1, Math.floor(all.length / count));
const sample = all.filter((_, i) => i % step === 0).slice(0, count);
const batches: (typeof sample)[] = [];
for (let i = 0; i < sample.length; i += size) batches.push(sample.slice(i, i + size));

const oneByOne = (b: typeof sample): unknown[] => b.map((a) => analyzeDoc(a.text, a.published));
const differ = batches.slice(0, 5).filter((b) => JSON.stringify(oneByOne(b)) !== JSON.stringify(analyzeDocs(b))).length;
const cpu = (f: () => unknown): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e3;
};
let articleMajor = 0;
let stageMajor = 0;
batches.forEach((b, i) => {
  if (i % 2 === 0) {
    articleMajor += cpu(() => oneByOne(b));
    stageMajor += cpu(() => analyzeDocs(b));
  } else {
    stageMajor += cpu(() => analyzeDocs(b));
    articleMajor += cpu(() => oneByOne(b));
  }
});
console.log(JSON.stringify({
  articles: sample.length,
  batch: size,
  articleByArticle: { msPerArticle: Number((articleMajor / sample.length).toFixed(2)) },
  stageByStage: { msPerArticle: Number((stageMajor / sample.length).toFixed(2)) },
  speedup: Number((articleMajor / stageMajor).toFixed(2)),
  batchesCompared: Math.min(5, batches.length),
  batchesDiffering: differ,
}, null, 2));
