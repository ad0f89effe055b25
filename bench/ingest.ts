// Ingest benchmark: reads all of Timeline17 into a fresh SQLite store (reading, normalising, deduplicating,
// writing and full-text indexing; no linguistic analysis) and prints articles/s and peak memory.
// Run: node --import tsx bench/ingest.ts [dataset-dir]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../src/sources/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { sharedData } from '../src/util/paths.js';

const dir = process.argv[2] ?? sharedData('t17');
if (!dir) {
  console.error('bench/ingest: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
const store = new SqliteStore(join(tmp, 'bench.db'));
let rejected = 0;
const started = process.hrtime.bigint();
const summary = await ingest(readSources([dir]), store, { onRejection: () => { rejected++; } });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await store.close();
rmSync(tmp, { recursive: true, force: true });
const stored = summary.new + summary.nearDuplicate;
const read = stored + summary.duplicate + summary.unchanged;
console.log(JSON.stringify({
  dataset: dir,
  articlesRead: read,
  stored,
  duplicate: summary.duplicate,
  nearDuplicate: summary.nearDuplicate,
  rejected,
  seconds: Number(seconds.toFixed(2)),
  articlesPerSecond: Math.round(read / seconds),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}, null, 2));
