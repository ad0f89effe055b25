// Scale benchmark (issue 14): how ingest and requests cost as the archive grows. For each size it writes a
// synthetic corpus (bench/scaleCorpus.ts; same seed, same file), ingests it with analysis and stories through
// the CLI in a fresh store, and measures every request kind in its own process: CPU seconds of the request
// itself (start-up excluded; the first, cold call and the median of the warm ones) and the process's peak RSS.
// CPU seconds, not wall time: the machine is shared, so wall time also measures the neighbours.
// Each run's figures are kept in bench/scale-results.json (keyed by engine, store and size); bench/RESULTS.md
// (section "Stop 10: scale") and bench/scale.svg are rewritten from all kept figures.
//
// Run:   node --import tsx bench/scale.ts [--sizes 10000,100000] [--seed 1] [--pg URL] [--work DIR]
//          [--bin bin/chronicle.js] [--dist dist] [--label NAME] [--keep]
// `--bin`/`--dist` pick the engine (CLI for ingest, compiled modules for requests): e.g. the current main's
// `--bin /work/main/bin/chronicle.js --dist /work/main/dist --label main`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedData } from '../src/util/paths.js';
import { writeCorpus } from './scaleCorpus.js';
import { measureMixOf, measureRequests, type RequestKind } from './scaleRequests.js';
import { type IngestFigures, type Run, recordRun } from './scaleReport.js';

const here = resolve(import.meta.dirname);
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

if (args[0] === '--request') {
  // Child mode: one request kind against one store, figures as JSON on stdout.
  const { measureRequest } = await import('./scaleRequests.js');
  const out = await measureRequest(args[1] as RequestKind, flag('--db')!, flag('--dist')!, flag('--arg'));
  console.log(JSON.stringify(out));
  process.exit(0);
}

const sizes = (flag('--sizes') ?? '10000').split(',').map(Number);
const seed = Number(flag('--seed') ?? 1);
const work = resolve(flag('--work') ?? '/tmp/chronicle-scale');
const bin = resolve(flag('--bin') ?? join(here, '..', 'bin', 'chronicle.js'));
const dist = resolve(flag('--dist') ?? join(here, '..', 'dist'));
const label = flag('--label') ?? 'this branch';
const pg = flag('--pg');
const t17 = sharedData('t17');
if (!t17) {
  console.error('bench/scale: ../shared/data/t17 is absent (the corpus is resampled from it)');
  process.exit(2);
}
if (!existsSync(join(dist, 'service', 'index.js'))) {
  console.error(`bench/scale: no compiled modules under ${dist}: run npx tsc -p tsconfig.json first`);
  process.exit(2);
}

/** Bytes of a SQLite store: the file and its WAL. */
function diskBytes(db: string): number {
  const dir = resolve(db, '..');
  const base = db.slice(dir.length + 1);
  return readdirSync(dir).filter((f) => f.startsWith(base)).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Runs `node argv…` under /usr/bin/time: CPU seconds, peak RSS and wall time of the whole process. */
function timed(argv: string[], env: NodeJS.ProcessEnv = process.env): { cpu: number; rssMB: number; wall: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M %e', process.execPath, ...argv],
    { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const line = r.stderr.split('\n').reverse().find((l) => l.startsWith('TIME '));
  if (r.status !== 0 || !line) throw new Error(`failed: node ${argv.join(' ')}\n${r.stderr.slice(-2000)}`);
  const [, user, sys, kb, wall] = line.split(' ').map(Number);
  return { cpu: user! + sys!, rssMB: kb! / 1024, wall: wall!, stdout: r.stdout };
}

async function resetPg(url: string, name: string): Promise<string> {
  const { default: pgLib } = await import('pg');
  const admin = new pgLib.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgDiskBytes(url: string): Promise<number> {
  const { default: pgLib } = await import('pg');
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
  await c.end();
  return Number(r.rows[0]!.n);
}

function ingestFigures(size: number, t: ReturnType<typeof timed>, disk: number): IngestFigures {
  return { articles: size, cpu: t.cpu, wall: t.wall, rssMB: t.rssMB, perCpuSecond: size / t.cpu, kbPerArticle: disk / 1024 / size };
}

for (const size of sizes) {
  const corpus = join(work, `corpus-${size}-seed${seed}.jsonl`);
  await writeCorpus(t17, size, seed, corpus);
  const stores: { store: 'sqlite' | 'postgres'; location: () => Promise<string> }[] = [
    { store: 'sqlite', location: async () => join(work, `${label.replace(/\W+/g, '-')}-${size}.db`) },
  ];
  if (pg) stores.push({ store: 'postgres', location: () => resetPg(pg, `chronicle_scale_${size}`) });
  for (const { store, location } of stores) {
    const db = await location();
    if (store === 'sqlite') for (const f of readdirSync(work)) if (f.startsWith(db.slice(work.length + 1))) rmSync(join(work, f));
    console.error(`bench/scale: ${label}, ${store}, ${size} articles: ingesting (load ${loadavg()[0]!.toFixed(1)})`);
    const loadBefore = loadavg()[0]!;
    const t = timed([bin, '--db', db, 'ingest', corpus, '--json', '--allow-rejects']);
    // A broken corpus or store must stop the run, not be recorded as a very fast ingest of nothing.
    const summary = JSON.parse(t.stdout) as { new: number; unchanged: number };
    if (summary.new + summary.unchanged < size / 2) {
      throw new Error(`bench/scale: the ingest of ${corpus} stored ${summary.new} new articles of ${size}: ${t.stdout}`);
    }
    const disk = store === 'sqlite' ? diskBytes(db) : await pgDiskBytes(db);
    const ingest = ingestFigures(size, t, disk);
    console.error(`  ingest: ${ingest.cpu.toFixed(0)} CPU-s, ${ingest.perCpuSecond.toFixed(1)} articles/CPU-s, ` +
      `${ingest.wall.toFixed(0)} s wall, ${ingest.rssMB.toFixed(0)} MB, ${ingest.kbPerArticle.toFixed(1)} KB/article`);
    const requests = measureRequests(db, dist);
    const mix = measureMixOf(db, dist);
    const run: Run = { label, store, size, seed, date: new Date().toISOString().slice(0, 16),
      load: Number(((loadBefore + loadavg()[0]!) / 2).toFixed(1)), ingest, requests, ...(mix ? { mix } : {}) };
    recordRun(here, run);
    if (store === 'sqlite' && !args.includes('--keep')) for (const f of readdirSync(work)) if (f.startsWith(db.slice(work.length + 1))) rmSync(join(work, f));
  }
}
console.error(`bench/scale: figures in ${pathToFileURL(join(here, 'RESULTS.md')).href} and bench/scale.svg`);
