// The request kinds of the scale benchmark, each measured in a process of its own (bench/scale.ts runs one
// child per kind): the store is opened, then the request runs once cold and WARM_RUNS more times; the figures
// are the CPU seconds of the calls (start-up and store opening excluded) and the process's peak RSS.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import type { MixFigures } from './scaleMix.js';

const here = resolve(import.meta.dirname);

export const REQUESTS = {
  entities: 'entities listing (its default page, by mentions; older builds listed all)',
  stories: 'stories listing (all)',
  search: 'search "oil spill" (top 20)',
  'timeline-broad': 'timeline --query "oil spill"',
  'timeline-narrow': 'timeline --query <an entity in ~30 articles>',
  'timeline-entity': 'timeline --entity <the most mentioned entity>',
  'timeline-story': 'timeline --story <the largest story>',
} as const;
export type RequestKind = keyof typeof REQUESTS;

export interface RequestFigures {
  coldCpu: number;
  /** Median of the warm calls. */
  warmCpu: number;
  rssMB: number;
  /** What the request found (articles, entries), for the reader to judge the work done. */
  matched?: string;
  /** Arguments found for later kinds (the entity and story the timelines ask for). */
  found?: Record<string, string>;
}

const WARM_RUNS = 2;
const BROAD = 'oil spill';

/** CPU seconds (user + system, all threads) this process has used. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export async function measureRequest(kind: RequestKind, db: string, dist: string, arg?: string): Promise<RequestFigures> {
  // biome-ignore lint/suspicious/noExplicitAny: the engine under test may be another build; typed by the casts below
  const load = (p: string): Promise<any> => import(pathToFileURL(resolve(dist, `${p}.js`)).href);
  const service = await load('service/index') as typeof import('../src/service/index.js');
  const { openStore } = await load('store/index') as typeof import('../src/store/index.js');
  const store = await openStore(db);
  let matched = '';
  const found: Record<string, string> = {};
  const once = async (): Promise<void> => {
    switch (kind) {
      case 'entities': {
        // The listing as a user asks for it: its default page (older builds listed every entity by default).
        const page = await service.listEntities(store);
        matched = `${page.length} entities`;
        if (page[0]) found.entity = page[0].name;
        break;
      }
      case 'stories': {
        const all = await service.listStories(store);
        matched = `${all.length} stories`;
        if (all[0]) found.story = String(all[0].id);
        break;
      }
      case 'search':
        matched = `${(await service.searchArticles(store, BROAD, { limit: 20 })).length} hits`;
        break;
      default: {
        const request = kind === 'timeline-broad' ? { query: BROAD }
          : kind === 'timeline-narrow' ? { query: arg ?? BROAD }
          : kind === 'timeline-entity' ? { entity: arg ?? 'BP' } : { story: Number(arg ?? 1) };
        try {
          const t = await service.timelineRequest(store, request);
          matched = `${t.entries.length} entries (${JSON.stringify(request)})`;
        } catch (err) {
          // A small corpus may hold nothing to date for a request: that is an answer too.
          if (!(err instanceof service.ServiceError)) throw err;
          matched = `no result (${JSON.stringify(request)})`;
        }
      }
    }
  };
  const t0 = cpuNow();
  await once();
  const coldCpu = cpuNow() - t0;
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const s = cpuNow();
    await once();
    warm.push(cpuNow() - s);
  }
  warm.sort((a, b) => a - b);
  if (kind === 'entities') {
    // The narrow query, found outside the measured calls: the entity whose article count is closest to 30.
    const all = await service.listEntities(store, { all: true });
    const near = [...all].sort((a, b) => Math.abs(a.articles - 30) - Math.abs(b.articles - 30))[0];
    if (near) found.narrow = near.name;
  }
  await store.close();
  return { coldCpu, warmCpu: warm[Math.floor(warm.length / 2)]!, rssMB: process.resourceUsage().maxRSS / 1024, matched, found };
}

/** Every request kind on a store, each in a child process of its own (`scale.ts --request`). */
export function measureRequests(db: string, dist: string): Partial<Record<RequestKind, RequestFigures>> {
  const out: Partial<Record<RequestKind, RequestFigures>> = {};
  // The entity and story requests take the largest ones, found by the listings.
  let arg: Record<string, string | undefined> = {};
  for (const kind of Object.keys(REQUESTS) as RequestKind[]) {
    const a = kind === 'timeline-entity' ? arg.entity : kind === 'timeline-story' ? arg.story
      : kind === 'timeline-narrow' ? arg.narrow : undefined;
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scale.ts'), '--request', kind, '--db', db,
      '--dist', dist, ...(a ? ['--arg', a] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) {
      console.error(`bench/scale: request ${kind} failed: ${r.stderr.slice(-1500)}`);
      continue;
    }
    const figures = JSON.parse(r.stdout.trim().split('\n').pop()!) as RequestFigures & { found?: Record<string, string> };
    if (figures.found) arg = { ...arg, ...figures.found };
    delete figures.found;
    out[kind] = figures;
    console.error(`  ${kind}: cold ${figures.coldCpu.toFixed(2)} CPU-s, warm ${figures.warmCpu.toFixed(2)}, ` +
      `${figures.rssMB.toFixed(0)} MB, ${figures.matched ?? ''}`);
  }
  return out;
}

/** The request mix's p50/p95 (bench/scaleMix.ts) in a child process of its own; undefined when it failed. */
export function measureMixOf(db: string, dist: string): MixFigures | undefined {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scaleMix.ts'), '--db', db, '--dist', dist],
    { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.error(`bench/scale: the request mix failed: ${r.stderr.slice(-1500)}`);
    return undefined;
  }
  const mix = JSON.parse(r.stdout) as MixFigures;
  console.error(`  mix of ${mix.requests} timeline requests (${mix.failed} failed): p50 ${mix.p50.toFixed(2)} CPU-s, p95 ${mix.p95.toFixed(2)}, ` +
    `max ${mix.max.toFixed(2)}, ${mix.rssMB.toFixed(0)} MB`);
  return mix;
}
