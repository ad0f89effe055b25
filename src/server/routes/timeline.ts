// GET /api/timeline: every `chronicle timeline` option, in every output format; GET /api/sources. Built timelines
// are cached per request until the store changes (its article count or this server's ingest generation),
// because building one over a large corpus takes far longer than serving it. The build itself runs where the
// app says (a worker pool, off the event loop, when the store has a location); a pool's refusal (deadline
// passed, too many waiting) is a 503.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import {
  listSources, RENDER_FORMATS, RENDER_MEDIA, renderTimeline, timelineRequest, type BuiltTimeline,
  type RenderFormat, type SourceCount, type TimelineRequest,
} from '../../service/index.js';
import type { ServerContext } from '../context.js';
import { sendError } from '../errors.js';
import { DateParam, ERRORS, MethodParam, periodBound, stringEnum, Text } from '../params.js';
import { Source, TimelineReply } from '../schemas.js';
import { PoolRefusal, type TimelineResult } from '../workers/pool.js';

export const TimelineQuery = Type.Object({
  query: Type.Optional(Text(500, 'what the timeline is about (a phrase, else all its words; quote a phrase to insist)')),
  entity: Type.Optional(Text(200, 'only sentences about this person, organisation or place')),
  story: Type.Optional(Type.Integer({ minimum: 1, description: 'only articles of this story (see /api/stories)' })),
  source: Type.Optional(Text(200, 'only articles from this source (see /api/sources)')),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  dates: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'number of dates' })),
  perDate: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'sentences per date' })),
  method: Type.Optional(MethodParam),
  format: Type.Optional(stringEnum(RENDER_FORMATS, { default: 'json' })),
  download: Type.Optional(Type.Boolean({ default: false, description: 'ask the browser to save the reply as a file' })),
}, { additionalProperties: false });

export type TimelineQuery = Static<typeof TimelineQuery>;

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

/** The store's sources, recomputed when the number of stored articles changes. */
export async function storeSources(ctx: ServerContext): Promise<SourceCount[]> {
  const count = await ctx.store.countArticles();
  if (ctx.memo.sources && ctx.memo.sources.count === count) return ctx.memo.sources.list;
  const list = await listSources(ctx.store);
  ctx.memo.sources = { count, list };
  return list;
}

/** The library request a query string describes (dates already checked and expanded). */
export function timelineRequestOf(q: TimelineQuery, from: string | undefined, to: string | undefined): TimelineRequest {
  const request: TimelineRequest = { method: q.method ?? 'datewise' };
  if (q.query) request.query = q.query;
  if (q.entity) request.entity = q.entity;
  if (q.story !== undefined) request.story = q.story;
  if (q.source !== undefined) request.source = q.source;
  if (from) request.from = from;
  if (to) request.to = to;
  if (q.dates) request.dates = q.dates;
  if (q.perDate) request.perDate = q.perDate;
  return request;
}

/** Builds a timeline (rendering it when `format` is not json); the app decides where. */
export type TimelineBuilder = (request: TimelineRequest, format: RenderFormat) => Promise<TimelineResult>;

/** Builds on this thread: for stores without a location a worker could open (in-memory, tests). */
export const inProcessBuilder = (ctx: ServerContext): TimelineBuilder => async (request, format) =>
  ({ timeline: await timelineRequest(ctx.store, request, { sources: () => storeSources(ctx) }), format });

export function registerTimelineRoutes(app: FastifyInstance, ctx: ServerContext, cache: TimelineCache,
  build: TimelineBuilder = inProcessBuilder(ctx)): void {
  app.get('/api/sources', {
    schema: { summary: 'Sources of the stored articles, with article counts', response: { 200: Type.Array(Source), ...ERRORS } },
  }, async () => (await storeSources(ctx)).map(({ source, articles }) => ({ source, articles })));

  const inFlight = new Map<string, Promise<TimelineResult>>();

  app.get<{ Querystring: TimelineQuery }>('/api/timeline', {
    schema: {
      summary: 'A dated, sourced timeline of the stored articles (all `chronicle timeline` options and formats)',
      querystring: TimelineQuery,
      response: { 200: TimelineReply, ...ERRORS },
    },
  }, async (request, reply) => {
    const q = request.query;
    const format = q.format ?? 'json';
    const from = periodBound(q.from, 'from');
    const to = periodBound(q.to, 'to', true);
    const timelineReq = timelineRequestOf(q, from, to);

    const count = await ctx.store.countArticles();
    const key = JSON.stringify([ctx.generation(), count, timelineReq]);
    let timeline = cache.get(key);
    let rendered: string | undefined;
    if (!timeline) {
      // Identical requests arriving while one is being built wait for that build instead of starting their own.
      let pending = inFlight.get(key);
      if (!pending) {
        pending = build(timelineReq, format).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      let result: TimelineResult;
      try {
        result = await pending;
      } catch (err) {
        if (!(err instanceof PoolRefusal)) throw err;
        if (err.retryAfterSeconds) reply.header('Retry-After', String(err.retryAfterSeconds));
        return sendError(reply, 503, err.code, err.message);
      }
      timeline = result.timeline;
      if (result.format === format) rendered = result.rendered;
      cache.set(key, timeline);
    }
    if (q.download) reply.header('Content-Disposition', `attachment; filename="timeline.${RENDER_MEDIA[format].extension}"`);
    if (format === 'json') return timeline;
    return reply.type(RENDER_MEDIA[format].type).serializer((s: unknown) => s as string)
      .send(rendered ?? renderTimeline(timeline, format));
  });
}
