// The scale benchmark's ingest run phase by phase, for corpora too large to ingest in one sitting on a shared
// machine: storing (read, dedupe, full-text index), analysis, and story assignment, each measured in CPU seconds
// of this process (worker threads included). Each phase's figures are kept in <db>.phases.json when it ends, so
// a run stopped between phases goes on with the next one. A run stopped inside a phase must start again on a fresh
// store: the rest of the phase would be measured as if it were the whole.
// When all three are done, the request kinds and the request mix are measured as bench/scale.ts does and the
// run is recorded in bench/scale-results.json and bench/RESULTS.md.
// Run: node --import tsx bench/scalePhased.ts --size 100000 --db <store.db> [--dist dist] [--label NAME] [--seed 1]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedData } from '../src/util/paths.js';
import { writeCorpus } from './scaleCorpus.js';
import { type IngestFigures, type Run, recordRun } from './scaleReport.js';
import { cpuNow, measureMixOf, measureRequests } from './scaleRequests.js';

const { values } = parseArgs({ options: {
  size: { type: 'string' }, db: { type: 'string' }, dist: { type: 'string' }, label: { type: 'string' },
  seed: { type: 'string' }, work: { type: 'string' },
} });
if (!values.size || !values.db) {
  console.error('usage: bench/scalePhased.ts --size N --db <store.db> [--dist dist] [--label NAME] [--seed 1]');
  process.exit(2);
}
const size = Number(values.size);
const seed = Number(values.seed ?? 1);
const db = resolve(values.db);
const dist = resolve(values.dist ?? join(import.meta.dirname, '..', 'dist'));
const label = values.label ?? 'this branch (phased)';
const t17 = sharedData('t17');
if (!t17) {
  console.error('bench/scalePhased: ../shared/data/t17 is absent (the corpus is resampled from it)');
  process.exit(2);
}

interface Phase { cpu: number; wall: number; rssMB: number; load: number; count: number }
type Phases = Partial<Record<'store' | 'analysis' | 'stories', Phase>>;
const phaseFile = `${db}.phases.json`;
const phases: Phases = existsSync(phaseFile) ? JSON.parse(readFileSync(phaseFile, 'utf8')) as Phases : {};

// biome-ignore lint/suspicious/noExplicitAny: the engine under test may be another build; typed by the casts below
const load = (p: string): Promise<any> => import(pathToFileURL(resolve(dist, `${p}.js`)).href);
const service = await load('service/index') as typeof import('../src/service/index.js');
const refresh = await load('service/refresh') as typeof import('../src/service/refresh.js');
const { openStore } = await load('store/index') as typeof import('../src/store/index.js');

async function phase(name: keyof Phases, run: () => Promise<number>): Promise<void> {
  if (phases[name]) return;
  const l0 = loadavg()[0]!;
  const [c0, w0] = [cpuNow(), Date.now()];
  console.error(`bench/scalePhased: ${name} (load ${l0.toFixed(1)})`);
  const count = await run();
  phases[name] = { cpu: cpuNow() - c0, wall: (Date.now() - w0) / 1000, rssMB: process.resourceUsage().maxRSS / 1024,
    load: Number(((l0 + loadavg()[0]!) / 2).toFixed(1)), count };
  writeFileSync(phaseFile, `${JSON.stringify(phases, null, 1)}\n`);
  console.error(`  ${name}: ${JSON.stringify(phases[name])}`);
}

const corpus = join(resolve(values.work ?? '/tmp/chronicle-scale'), `corpus-${size}-seed${seed}.jsonl`);
await writeCorpus(t17, size, seed, corpus);
if (!phases.store && existsSync(db)) {
  console.error(`bench/scalePhased: ${db} exists but its storing phase was not recorded: remove it and start again`);
  process.exit(2);
}
const store = await openStore(db);
await phase('store', async () => (await service.ingestItems(store, service.readPaths([corpus]), { analyze: false })).new);
await phase('analysis', () => refresh.analyzePending(store, {}));
await phase('stories', () => refresh.updateStories(store));
await store.close();

const disk = readdirSync(dirname(db)).filter((f) => f.startsWith(db.slice(dirname(db).length + 1)) && !f.endsWith('.json'))
  .reduce((n, f) => n + statSync(join(dirname(db), f)).size, 0);
const p = phases as Required<Phases>;
const cpu = p.store.cpu + p.analysis.cpu + p.stories.cpu;
const ingest: IngestFigures = { articles: size, cpu, wall: p.store.wall + p.analysis.wall + p.stories.wall,
  rssMB: Math.max(p.store.rssMB, p.analysis.rssMB, p.stories.rssMB), perCpuSecond: size / cpu,
  kbPerArticle: disk / 1024 / size, phases: { store: p.store.cpu, analysis: p.analysis.cpu, stories: p.stories.cpu } };
console.error(`bench/scalePhased: ingest ${cpu.toFixed(0)} CPU-s (${ingest.perCpuSecond.toFixed(1)} articles/CPU-s), ` +
  `${ingest.kbPerArticle.toFixed(1)} KB/article; measuring requests`);
const requests = measureRequests(db, dist);
const mix = measureMixOf(db, dist);
const run: Run = { label, store: 'sqlite', size, seed, date: new Date().toISOString().slice(0, 16),
  load: Math.max(p.store.load, p.analysis.load, p.stories.load), ingest, requests, ...(mix ? { mix } : {}) };
recordRun(import.meta.dirname, run);
