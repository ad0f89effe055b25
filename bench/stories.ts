// Story clustering benchmark: clusters every article of a dataset (default: T17's 4,651 articles) oldest
// first in pages of 200, saving and restoring the clusterer's JSON state after every page as ingest does,
// and prints the time spent clustering, the time spent on the state, articles/s and the final state size.
// Entities come from the capitalised-phrase fallback (the analysis pipeline is timed by bench/analyze.ts).
// Reading is done first and not timed.
// Run: node --import tsx bench/stories.ts [dataset-dir]
import { readSources } from '../src/sources/index.js';
import { StoryClusterer, type StoryInput } from '../src/stories/index.js';
import { sharedData } from '../src/util/paths.js';

const dir = process.argv[2] ?? sharedData('t17');
if (!dir) {
  console.error('bench/stories: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const inputs: StoryInput[] = [];
for await (const item of readSources([dir])) {
  if (item.kind !== 'article') continue;
  const a = item.article;
  const input: StoryInput = { id: inputs.length, published: a.published.slice(0, 10), text: a.text };
  if (a.title) input.title = a.title;
  inputs.push(input);
}
inputs.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id - b.id));

const PAGE = 200;
const cpuStart = process.cpuUsage();
let clusterer = new StoryClusterer();
let addMs = 0;
let stateMs = 0;
let stateBytes = 0;
for (let k = 0; k < inputs.length; k += PAGE) {
  let t = performance.now();
  clusterer.add(inputs.slice(k, k + PAGE));
  addMs += performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(clusterer);
  stateBytes = json.length;
  clusterer = StoryClusterer.fromJSON(JSON.parse(json));
  stateMs += performance.now() - t;
}
const total = addMs + stateMs;
console.log(`${inputs.length} articles from ${dir}`);
console.log(`clustering ${(addMs / 1000).toFixed(2)} s, state save/restore ${(stateMs / 1000).toFixed(2)} s, total ${(total / 1000).toFixed(2)} s`);
console.log(`${Math.round(inputs.length / (total / 1000))} articles/s; ${clusterer.stories().length} stories; final state ${(stateBytes / 1e6).toFixed(2)} MB`);
const cpu = process.cpuUsage(cpuStart);
console.log(`CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (wall time above includes waiting on a shared machine)`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
