// Byte-equality check for speed work: analyses a spread sample of a dataset with this tree's analysis code and
// with a reference checkout's built code (its dist/), and compares the Doc JSON article by article. A speed
// change must leave every byte of the analysis alone; the first differing article is printed with the first
// differing character so the cause can be found. The furniture model is learned over the whole dataset by both
// sides, so the learned-line path of cleaning is checked as well as the rules.
// The reference must hold the commit this branch starts from (a `git archive <base> | tar -x` copy, built with
// `npx tsc -p tsconfig.json`): /work/main moves on as other branches merge.
// Run: node --import tsx bench/analysisEquality.ts [reference-root=/work/main] [articles=400] [dataset-dir]
import { readSources } from '../src/sources/index.js';
import { analyzeDoc } from '../src/analyze/index.js';
import { FurnitureModel, type ModelArticle, type Span } from '../src/clean/index.js';
import { sharedData } from '../src/util/paths.js';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

type Analyze = typeof analyzeDoc;
interface ModelLike { learn(a: ModelArticle[]): void; spans(a: Pick<ModelArticle, 'source' | 'text'>): Span[] }

const reference = process.argv[2] ?? '/work/main';
const count = Number(process.argv[3] ?? 400);
const dir = process.argv[4] ?? sharedData('t17');
if (!dir) {
  console.error('bench/analysisEquality: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

const refAnalyze = (await import(pathToFileURL(join(reference, 'dist/analyze/index.js')).href) as { analyzeDoc: Analyze }).analyzeDoc;
const refClean = await import(pathToFileURL(join(reference, 'dist/clean/index.js')).href) as
  { FurnitureModel: new () => ModelLike };

const all: ModelArticle[] = [];
for await (const item of readSources([dir])) {
  if (item.kind !== 'article') continue;
  const a = item.article;
  all.push({ id: all.length + 1, source: a.source, published: a.published, text: a.text });
}
const ours = new FurnitureModel();
const theirs = new refClean.FurnitureModel();
ours.learn(all);
theirs.learn(all);

const step = Math.max(1, Math.floor(all.length / count));
let compared = 0;
let differ = 0;
let bytes = 0;
for (let i = 0; i < all.length && compared < count; i += step) {
  const a = all[i]!;
  compared++;
  const spansOurs = ours.spans(a);
  const spansRef = theirs.spans(a);
  const mine = JSON.stringify({ spans: spansOurs, doc: analyzeDoc(a.text, a.published, spansOurs) });
  const ref = JSON.stringify({ spans: spansRef, doc: refAnalyze(a.text, a.published, spansRef) });
  bytes += mine.length;
  if (mine === ref) continue;
  differ++;
  if (differ <= 3) {
    let at = 0;
    while (at < mine.length && mine[at] === ref[at]) at++;
    console.log(`article #${a.id} (${a.source ?? '?'} ${a.published.slice(0, 10)}) differs at char ${at}:`);
    console.log(`  ours: …${mine.slice(Math.max(0, at - 80), at + 120)}`);
    console.log(`  ref:  …${ref.slice(Math.max(0, at - 80), at + 120)}`);
  }
}
console.log(`${compared} articles compared (${(bytes / 1e6).toFixed(1)} MB of analysis JSON), ${differ} differ`);
process.exit(differ === 0 ? 0 : 1);
