// Story assignment at archive scale: CPU per article as the clusterer's state grows. Articles are placed oldest
// first in pages of 400 and the state is serialised on updateStories' schedule (service/refresh.ts), so the
// figures are those of one ingest's story pass, without analysis. Inputs come from an analysed store (names as
// analysis found them; --save-inputs keeps them as JSON lines for later runs), from such a file (--inputs), or
// from a synthetic corpus (--corpus, bench/scaleCorpus.ts; names from the capitalised-phrase fallback).
// It prints CPU ms per article for each tenth of the stream and, with --out, every article's story and event,
// to compare two builds' assignments (--code: a compiled build's dist folder, e.g. /work/main/dist).
// Run: node --import tsx bench/storyScale.ts (--db <store> | --inputs <file> | --corpus <jsonl>) [--limit N]
//        [--code <dist>] [--save-inputs <file>] [--out <file>]
import { createReadStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { StoryAssignment, StoryInput } from '../src/stories/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, inputs: { type: 'string' }, corpus: { type: 'string' }, limit: { type: 'string' },
    code: { type: 'string' }, 'save-inputs': { type: 'string' }, out: { type: 'string' },
  },
});
const PAGE = 400;
const limit = values.limit ? Number(values.limit) : Infinity;

interface Clusterer { add(inputs: StoryInput[]): StoryAssignment[]; stories(): unknown[] }
const mod = (await import(values.code ? `${resolve(values.code)}/stories/index.js` : '../src/stories/index.js')) as {
  StoryClusterer: new () => Clusterer;
};

async function readLines(path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line.trim()) out.push(JSON.parse(line));
    if (out.length >= limit) break;
  }
  return out;
}

async function fromStore(db: string): Promise<StoryInput[]> {
  const { openStore } = await import('../src/store/index.js');
  const { storyInput } = await import('../src/stories/index.js');
  const store = await openStore(db);
  const articles = (await store.listArticles({ ids: await store.listArticleIds() }))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id - b.id))
    .slice(0, limit);
  const out: StoryInput[] = [];
  for (let i = 0; i < articles.length; i += PAGE) {
    const page = articles.slice(i, i + PAGE);
    const docs = await store.getAnalyses(page.map((a) => a.id));
    for (const a of page) if (docs.has(a.id)) out.push(storyInput(a, docs.get(a.id)));
  }
  await store.close();
  return out;
}

async function fromCorpus(path: string): Promise<StoryInput[]> {
  const rows = (await readLines(path)) as { date: string; title?: string; text: string }[];
  const inputs = rows.map((r, id): StoryInput => ({ id, published: r.date.slice(0, 10), text: r.text, ...(r.title ? { title: r.title } : {}) }));
  return inputs.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id - b.id));
}

let inputs: StoryInput[];
if (values.db) inputs = await fromStore(values.db);
else if (values.inputs) inputs = (await readLines(values.inputs)) as StoryInput[];
else if (values.corpus) inputs = await fromCorpus(values.corpus);
else {
  console.error('usage: bench/storyScale.ts (--db <store> | --inputs <file> | --corpus <jsonl>) [--limit N] [--code <dist>] [--out <file>]');
  process.exit(2);
}
if (values['save-inputs']) writeFileSync(values['save-inputs'], `${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`);

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const clusterer = new mod.StoryClusterer();
const assignments: StoryAssignment[] = [];
const tenth = Math.ceil(inputs.length / 10);
let segmentStart = cpuMs();
let segmentArticles = 0;
let saved = 0;
let unsaved = 0;
let stateMs = 0;
const start = cpuMs();
console.log(`# storyScale: ${inputs.length} articles; code ${values.code ?? 'this worktree (src)'}`);
console.log('articles_done\tcpu_ms_per_article_in_segment');
for (let i = 0; i < inputs.length; i += PAGE) {
  const out = clusterer.add(inputs.slice(i, i + PAGE));
  assignments.push(...out);
  unsaved += out.length;
  segmentArticles += out.length;
  const last = i + PAGE >= inputs.length;
  // The flush rule of updateStories: the state is written once the unsaved assignments reach half the saved ones.
  if (unsaved >= Math.max(PAGE, saved / 2) || last) {
    const t = cpuMs();
    JSON.stringify(clusterer);
    stateMs += cpuMs() - t;
    saved += unsaved;
    unsaved = 0;
  }
  if (segmentArticles >= tenth || last) {
    const now = cpuMs();
    console.log(`${Math.min(i + PAGE, inputs.length)}\t${((now - segmentStart) / segmentArticles).toFixed(2)}`);
    segmentStart = now;
    segmentArticles = 0;
  }
}
const total = cpuMs() - start;
console.log(`total ${(total / 1000).toFixed(1)} CPU-s, ${(total / inputs.length).toFixed(2)} ms/article ` +
  `(state serialising ${(stateMs / 1000).toFixed(1)} s); ${clusterer.stories().length} stories; ` +
  `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (values.out) writeFileSync(values.out, `${assignments.map((a) => `${a.articleId}\t${a.storyId}\t${a.eventId}`).join('\n')}\n`);
