// The p50 and p95 of timeline requests over a mix a newsroom would send (issue 14 states its target as p50 and p95
// at 100k): queries naming entities from the most to the least covered, entity timelines and story timelines,
// each asked once in one process after one warm-up request. The entities and stories are picked by rank from the
// store's own listings, evenly spaced from the largest down, so the mix is the same for every engine on a store.
// `--pick <store>` picks the requests from another store's listings (a clone's original: bench/scaleClone.ts keeps
// copy 0's ids), so that stores of different sizes are asked exactly the same requests; without it each store's own
// ranks pick them, and a larger store has more entities in at least 5 articles, so the picks move.
// Run: node --import tsx bench/scaleMix.ts --db <store> [--dist dist] [--n 10] [--pick <store>]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuNow } from './scaleRequests.js';

export interface MixFigures {
  requests: number;
  /** Requests that ended in an error (no such entity, nothing to date): not in the percentiles. */
  failed: number;
  p50: number;
  p95: number;
  max: number;
  rssMB: number;
  /** Each request with its CPU seconds, slowest first. */
  slowest: { request: string; cpu: number }[];
  /** The requests asked, in order (the first also warms up). */
  asked?: string[];
}

/** Evenly spaced picks of `xs` (which is in rank order), `n` of them, the first always included. */
function spaced<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

export async function measureMix(db: string, dist: string, n = 10, pick?: string): Promise<MixFigures> {
  // biome-ignore lint/suspicious/noExplicitAny: the engine under test may be another build; typed by the casts below
  const load = (p: string): Promise<any> => import(pathToFileURL(resolve(dist, `${p}.js`)).href);
  const service = await load('service/index') as typeof import('../src/service/index.js');
  const { openStore } = await load('store/index') as typeof import('../src/store/index.js');
  const store = await openStore(db);
  const picker = pick ? await openStore(pick) : store;
  // Entities worth a timeline: named in at least 5 articles (a listing ranked by mentions).
  const entities = (await service.listEntities(picker, { limit: 5000 })).filter((e) => e.articles >= 5);
  const stories = (await service.listStories(picker)).filter((s) => s.articles >= 5);
  if (picker !== store) await picker.close();
  const requests: Record<string, unknown>[] = [
    ...spaced(entities, n).map((e) => ({ query: e.name })),
    ...spaced(entities, n).map((e) => ({ entity: e.name })),
    ...spaced(stories, n).map((s) => ({ story: s.id })),
  ];
  const ask = async (request: Record<string, unknown>): Promise<string | undefined> => {
    try {
      const t = await service.timelineRequest(store, request as Parameters<typeof service.timelineRequest>[1]);
      return t.entries.length > 0 ? undefined : 'no entries';
    } catch (err) {
      if (!(err instanceof service.ServiceError)) throw err;
      return err.message;
    }
  };
  if (requests[0]) await ask(requests[0]);
  const timed: { request: string; cpu: number }[] = [];
  let failed = 0;
  for (const request of requests) {
    const t0 = cpuNow();
    const problem = await ask(request);
    const cpu = cpuNow() - t0;
    if (problem) {
      failed++;
      console.error(`bench/scaleMix: ${JSON.stringify(request)}: ${problem}`);
    } else timed.push({ request: JSON.stringify(request), cpu });
  }
  await store.close();
  const cpus = timed.map((t) => t.cpu).sort((a, b) => a - b);
  const at = (q: number): number => cpus[Math.min(cpus.length - 1, Math.floor(q * cpus.length))] ?? 0;
  return { requests: cpus.length, failed, p50: at(0.5), p95: at(0.95), max: at(1), rssMB: process.resourceUsage().maxRSS / 1024,
    slowest: timed.sort((a, b) => b.cpu - a.cpu).slice(0, 5), asked: requests.map((r) => JSON.stringify(r)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, dist: { type: 'string' }, n: { type: 'string' },
    pick: { type: 'string' } } });
  if (!values.db) {
    console.error('usage: bench/scaleMix.ts --db <store> [--dist dist] [--n 10] [--pick <store>]');
    process.exit(2);
  }
  const out = await measureMix(values.db, resolve(values.dist ?? 'dist'), Number(values.n ?? 10), values.pick);
  console.log(JSON.stringify(out, null, 1));
}
