// What the refresh before every command costs to learn whether anything awaits analysis or a story: the counts over
// indexes it asks now (pendingCounts) against listing the pending articles as it did (articlesNeedingAnalysis and
// articlesWithoutStory), in milliseconds of CPU, three rounds.
// Run: node --import tsx bench/pendingCounts.ts --db <SQLite store>
import { parseArgs } from 'node:util';
import { ANALYSIS_VERSION } from '../src/analyze/version.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { cpuNow } from './scaleRequests.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) {
  console.error('usage: bench/pendingCounts.ts --db <SQLite store>');
  process.exit(2);
}
const store = new SqliteStore(values.db);
for (let round = 0; round < 3; round++) {
  let t = cpuNow();
  const counts = await store.pendingCounts(ANALYSIS_VERSION, []);
  const countsMs = (cpuNow() - t) * 1000;
  t = cpuNow();
  const pending = (await store.articlesNeedingAnalysis(ANALYSIS_VERSION)).length;
  const waiting = (await store.articlesWithoutStory(Number.MAX_SAFE_INTEGER)).length;
  const listingsMs = (cpuNow() - t) * 1000;
  console.log(JSON.stringify({ counts, countsMs: Math.round(countsMs * 10) / 10, listed: { pending, waiting },
    listingsMs: Math.round(listingsMs * 10) / 10 }));
}
await store.close();
