// GET /api/timeline: every `chronicle timeline` option, in every output format. Built timelines are cached
// per request until the store changes (its article count or this server's ingest generation), because
// building one over a large corpus takes far longer than serving it.
import type { FastifyInstance } from 'fastify';
import { TimelineRequestError, timelineFromStore, type StoreTimelineOptions } from '../../service/timeline.js';
import type { BuiltTimeline } from '../../timeline/index.js';
import type { ServerContext } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import { loadRender } from '../modules.js';
import { checkRange, dateParam, errorResponse, periodBound } from '../params.js';
import { timelineSchema } from '../schemas.js';

export const TIMELINE_FORMATS = ['json', 'text', 'md', 'html', 'timelinejs', 'tilse', 'csv'] as const;
export const TIMELINE_METHOD_NAMES = ['datewise', 'clust'] as const;
type Format = (typeof TIMELINE_FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  timelinejs: 'application/json; charset=utf-8',
  tilse: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
const EXTENSIONS: Record<Format, string> = {
  json: 'json', text: 'txt', md: 'md', html: 'html', timelinejs: 'timelinejs.json', tilse: 'tilse.txt', csv: 'csv',
};

export interface TimelineQuery {
  query?: string; entity?: string; story?: number; source?: string; from?: string; to?: string;
  dates?: number; perDate?: number; method?: string; format?: Format; download?: boolean;
}

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

export const timelineQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    query: { ...text(500), description: 'what the timeline is about (words an article must contain)' },
    entity: { ...text(200), description: 'only articles mentioning this person, organisation or place' },
    story: { type: 'integer', minimum: 1, description: 'only articles of this story (see /api/stories)' },
    source: { ...text(200), description: 'only articles from this source (see /api/sources)' },
    from: dateParam,
    to: dateParam,
    dates: { type: 'integer', minimum: 1, maximum: 500, description: 'number of dates' },
    perDate: { type: 'integer', minimum: 1, maximum: 50, description: 'sentences per date' },
    method: { type: 'string', enum: TIMELINE_METHOD_NAMES, default: 'datewise' },
    format: { type: 'string', enum: TIMELINE_FORMATS, default: 'json' },
    download: { type: 'boolean', default: false, description: 'ask the browser to save the reply as a file' },
  },
} as const;

/** Most timelines kept in the cache; the oldest is dropped first. */
const CACHE_ENTRIES = 64;

export interface TimelineCache {
  get(key: string): BuiltTimeline | undefined;
  set(key: string, value: BuiltTimeline): void;
  clear(): void;
}

export function makeTimelineCache(size = CACHE_ENTRIES): TimelineCache {
  const map = new Map<string, BuiltTimeline>();
  return {
    get(key) {
      const hit = map.get(key);
      if (hit) { map.delete(key); map.set(key, hit); }
      return hit;
    },
    set(key, value) {
      map.set(key, value);
      while (map.size > size) map.delete(map.keys().next().value as string);
    },
    clear: () => map.clear(),
  };
}

/** Distinct sources and their article counts, recomputed when the number of stored articles changes. */
export async function storeSources(ctx: ServerContext): Promise<{ source: string; articles: number; ids: number[] }[]> {
  const count = await ctx.store.countArticles();
  if (ctx.memo.sources && ctx.memo.sources.count === count) return ctx.memo.sources.list;
  const bySource = new Map<string, number[]>();
  for (const a of await ctx.store.listArticles()) {
    if (!a.source) continue;
    const ids = bySource.get(a.source) ?? [];
    ids.push(a.id);
    bySource.set(a.source, ids);
  }
  const list = [...bySource].map(([source, ids]) => ({ source, articles: ids.length, ids }))
    .sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source));
  ctx.memo.sources = { count, list };
  return list;
}

export function registerTimelineRoutes(app: FastifyInstance, ctx: ServerContext, cache: TimelineCache): void {
  app.get('/api/sources', {
    schema: {
      summary: 'Sources of the stored articles, with article counts',
      response: {
        200: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, articles: { type: 'integer' } } } },
        '4xx': errorResponse, '5xx': errorResponse,
      },
    },
  }, async () => (await storeSources(ctx)).map(({ source, articles }) => ({ source, articles })));

  /** Builds the timeline a request asks for; request problems become 4xx errors. */
  const build = async (q: TimelineQuery, from: string | undefined, to: string | undefined): Promise<BuiltTimeline> => {
    const opts: StoreTimelineOptions = { method: q.method ?? 'datewise' };
    if (q.query) opts.query = q.query;
    if (q.entity) opts.entity = q.entity;
    if (from) opts.from = from;
    if (to) opts.to = to;
    if (q.dates) opts.dates = q.dates;
    if (q.perDate) opts.perDate = q.perDate;
    let timeline: BuiltTimeline;
    let restrict: number[] | undefined;
    if (q.story !== undefined) {
      restrict = await ctx.store.storyArticleIds(q.story);
      if (restrict.length === 0) throw notFound(`there is no story ${q.story} (see /api/stories)`);
      opts.story = q.story;
    }
    if (q.source !== undefined) {
      const found = (await storeSources(ctx)).find((s) => s.source === q.source);
      if (!found) throw notFound(`no stored article has the source '${q.source}' (see /api/sources)`);
      const keep = new Set(found.ids);
      restrict = restrict ? restrict.filter((id) => keep.has(id)) : found.ids;
      if (restrict.length === 0) throw new ApiError(422, 'no_timeline', `story ${q.story} has no article from '${q.source}'`);
    }
    if (restrict) opts.storyArticleIds = restrict;
    try {
      timeline = await timelineFromStore(ctx.store, opts);
    } catch (err) {
      if (err instanceof TimelineRequestError) throw new ApiError(422, 'no_timeline', err.message);
      throw err;
    }
    if (q.source !== undefined) timeline.query = { ...timeline.query, source: q.source } as BuiltTimeline['query'];
    if (timeline.entries.length === 0) {
      throw new ApiError(422, 'no_timeline', timeline.reason ?? 'no dated events found for this request');
    }
    return timeline;
  };
  const inFlight = new Map<string, Promise<BuiltTimeline>>();

  app.get<{ Querystring: TimelineQuery }>('/api/timeline', {
    schema: {
      summary: 'A dated, sourced timeline of the stored articles (all `chronicle timeline` options and formats)',
      querystring: timelineQuerySchema,
      response: { 200: timelineSchema, '4xx': errorResponse, '5xx': errorResponse },
    },
  }, async (request, reply) => {
    const q = request.query;
    const format: Format = q.format ?? 'json';
    const from = periodBound(q.from, 'from');
    const to = periodBound(q.to, 'to', true);
    checkRange(from, to);
    const render = format === 'json' ? undefined : await loadRender();

    const count = await ctx.store.countArticles();
    const key = JSON.stringify([ctx.generation(), count, q.query, q.entity, q.story, q.source, from, to, q.dates,
      q.perDate, q.method ?? 'datewise']);
    let timeline = cache.get(key);
    if (!timeline) {
      // Identical requests arriving while one is being built wait for that build instead of starting their own.
      let pending = inFlight.get(key);
      if (!pending) {
        pending = build(q, from, to).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      timeline = await pending;
      cache.set(key, timeline);
    }
    if (q.download) reply.header('Content-Disposition', `attachment; filename="timeline.${EXTENSIONS[format]}"`);
    if (!render) return timeline;
    return reply.type(CONTENT_TYPES[format]).serializer((s: unknown) => s as string).send(render.renderTimeline(timeline, format));
  });
}
