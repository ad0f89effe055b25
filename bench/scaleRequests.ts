// The request kinds of the scale benchmark, each measured in a process of its own (bench/scale.ts runs one
// child per kind): the store is opened, then the request runs once cold and WARM_RUNS more times; the figures
// are the CPU seconds of the calls (start-up and store opening excluded) and the process's peak RSS.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const REQUESTS = {
  entities: 'entities listing (all, by mentions)',
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

function cpuNow(): number {
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
