// Ingest benchmark: reads all of Timeline17 into a fresh SQLite store — reading, detokenising, normalising,
// deduplicating (exact and MinHash near-duplicates), writing and full-text indexing; no linguistic analysis
// (the `chronicle ingest --no-analyze` path) — and prints articles/s, MB/s and peak memory. `--worker` reads and
// fingerprints in a worker thread while the main thread writes (ingestPaths). CPU seconds (all threads) are
// printed too: on a shared machine wall-clock time also measures the neighbours.
// `--dist DIR` runs the compiled modules under DIR (the output of `npx tsc -p tsconfig.json [--outDir DIR]`)
// instead of the TypeScript sources, so that no transpiling is measured.
// Run: node --import tsx bench/ingest.ts [--worker] [--dist DIR] [dataset-dir]
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedData } from '../src/util/paths.js';

const args = process.argv.slice(2);
const useWorker = args.includes('--worker');
const distAt = args.indexOf('--dist');
const distDir = distAt >= 0 ? args[distAt + 1] : undefined;
if (distAt >= 0 && !distDir) {
  console.error('bench/ingest: --dist needs the folder of the compiled modules');
  process.exit(2);
}
/** A module of the engine: the compiled one under --dist, else the TypeScript source. */
// biome-ignore lint/suspicious/noExplicitAny: each caller states the module's type with `as typeof import(...)`
const load = (path: string): Promise<any> =>
  import(distDir ? pathToFileURL(resolve(distDir, `${path}.js`)).href : `../src/${path}.js`);
const { readSources } = await load('sources/index') as typeof import('../src/sources/index.js');
const { ingest } = await load('ingest/ingest') as typeof import('../src/ingest/ingest.js');
const { ingestPaths } = await load('ingest/parallel') as typeof import('../src/ingest/parallel.js');
const { SqliteStore } = await load('store/sqlite/sqliteStore') as typeof import('../src/store/sqlite/sqliteStore.js');
const dir = args.find((a, i) => !a.startsWith('--') && !(distAt >= 0 && i === distAt + 1)) ?? sharedData('t17');
if (!dir) {
  console.error('bench/ingest: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

/** Bytes of every file under `path` (the input size behind MB/s). */
function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += sizeOf(join(path, name));
  return total;
}

const inputBytes = sizeOf(dir);
const tmp = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
const store = new SqliteStore(join(tmp, 'bench.db'));
let rejected = 0;
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const hooks = { onRejection: (): void => { rejected++; } };
const summary = useWorker ? await ingestPaths([dir], {}, store, hooks) : await ingest(readSources([dir]), store, hooks);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await store.close();
rmSync(tmp, { recursive: true, force: true });
const stored = summary.new + summary.nearDuplicate;
const read = stored + summary.duplicate + summary.unchanged;
const mb = inputBytes / 1024 / 1024;
console.log(JSON.stringify({
  dataset: dir,
  mode: useWorker ? 'worker thread + writer' : 'one thread',
  modules: distDir ? `compiled (${distDir})` : 'TypeScript via tsx',
  inputMB: Number(mb.toFixed(1)),
  articlesRead: read,
  stored,
  duplicate: summary.duplicate,
  nearDuplicate: summary.nearDuplicate,
  rejected,
  seconds: Number(seconds.toFixed(2)),
  cpuSeconds: Number(cpuSeconds.toFixed(2)),
  articlesPerSecond: Math.round(read / seconds),
  articlesPerCpuSecond: Math.round(read / cpuSeconds),
  mbPerSecond: Number((mb / seconds).toFixed(1)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  loadAverage1m: Number((await import('node:os')).loadavg()[0]!.toFixed(1)),
}, null, 2));
