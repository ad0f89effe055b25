// Builds the HTTP server: the JSON API under /api, its OpenAPI description at /openapi.json, and the web page
// at /. The store is opened (and closed) by the caller; the server only calls the library. Given the store's
// location, timelines are built by a pool of worker threads with their own connections, so that no request
// holds the event loop; every request must arrive whole within a time limit, so a stalled client cannot hold
// a connection.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/store.js';
import { bindRefusal, guardAccess } from './auth.js';
import { makeContext, type ServerContext } from './context.js';
import { EARLY_ERROR_OPTIONS, installErrorHandlers } from './errors.js';
import { collectRoutes } from './openapi.js';
import { registerFollowRoutes } from './routes/follow.js';
import { registerIngestRoute } from './routes/ingest.js';
import { registerQueryRoutes } from './routes/query.js';
import { makeTimelineCache, registerTimelineRoutes, type TimelineBuilder } from './routes/timeline.js';
import { registerStatic } from './static.js';
import { defaultPoolLimits, TimelinePool, type PoolLimits } from './workers/pool.js';

/** Body limits: JSON requests stay small; file uploads may be large. */
export const DEFAULT_LIMITS = { json: 2 * 1024 * 1024, upload: 64 * 1024 * 1024 };

/** Time limits, in milliseconds. */
export const DEFAULT_TIMEOUTS = {
  /** A timeline request still building after this is answered 503 `timeout` and its build is stopped. */
  request: 30_000,
  /** A request's headers and body must have arrived within this, else 408 and the connection is closed. */
  body: 30_000,
};

export interface AppOptions {
  store: Store;
  /**
   * Where `store` lives (SQLite file or PostgreSQL URL), for the timeline workers to open. Without it (or for
   * an in-memory SQLite store) timelines are built on the server's own thread, with no deadline.
   */
  location?: string;
  timeouts?: Partial<typeof DEFAULT_TIMEOUTS>;
  /** Timeline worker threads and how many requests may wait for one (default: min(2, cores) and 8). */
  pool?: Partial<PoolLimits>;
  /** When set, every /api request must carry `Authorization: Bearer <token>`. */
  token?: string;
  limits?: Partial<typeof DEFAULT_LIMITS>;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the web page (default: web/ of this checkout). */
  webDir?: string;
  /** How many built timelines to keep (0 turns the cache off). */
  timelineCache?: number;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: limits.json,
    requestTimeout: timeouts.body,
    // Node checks for overdue requests only every connectionsCheckingInterval (30 s by default), which would
    // let a stalled body live that much past its limit.
    http: {
      requestTimeout: timeouts.body,
      headersTimeout: Math.min(timeouts.body, 60_000),
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeouts.body / 4))),
    },
    // Unknown parameters are refused (not silently dropped) so that a misspelt option is noticed.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
    ...EARLY_ERROR_OPTIONS, // errors.ts: what Node and the router refuse gets the API's JSON error shape too
  });
  const ctx = makeContext(opts.store, limits);
  installErrorHandlers(app, limits);
  guardAccess(app, opts.token); // auth.ts: Host check on loopback; token checked on the matched route
  const openApi = collectRoutes(app);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  });

  registerIngestRoute(app, ctx);
  registerQueryRoutes(app, ctx);
  registerFollowRoutes(app, ctx);
  const cache = makeTimelineCache(opts.timelineCache ?? undefined);
  registerTimelineRoutes(app, ctx, cache, poolBuilder(app, ctx, opts, timeouts));
  let document: unknown;
  app.get('/openapi.json', { schema: { hide: true } }, async () => (document ??= openApi()));
  await registerStatic(app, opts.webDir);
  return app;
}

/** Builds timelines in worker threads when the store can be opened by another connection (see AppOptions). */
function poolBuilder(app: FastifyInstance, ctx: ServerContext, opts: AppOptions,
  timeouts: typeof DEFAULT_TIMEOUTS): TimelineBuilder | undefined {
  const location = opts.location;
  if (!location || location === ':memory:' || location.startsWith('file::memory:')) return undefined;
  const pool = new TimelinePool(location, { ...defaultPoolLimits(), ...opts.pool });
  app.addHook('onListen', async () => pool.warm());
  app.addHook('onClose', () => pool.close());
  return (request, format) => pool.run({ request, format, generation: ctx.generation() }, timeouts.request);
}

export interface ServeOptions extends AppOptions {
  host: string;
  port: number;
}

/** Starts listening; refuses a non-loopback address without a token. Returns the app and its address. */
export async function startServer(opts: ServeOptions): Promise<{ app: FastifyInstance; address: string }> {
  const refusal = bindRefusal(opts.host, opts.token);
  if (refusal) throw new Error(refusal);
  const app = await buildApp(opts);
  const address = await app.listen({ host: opts.host, port: opts.port });
  return { app, address };
}
