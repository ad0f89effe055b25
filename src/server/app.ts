// Builds the HTTP server: the JSON API under /api, its OpenAPI description at /openapi.json, and the web page
// at /. The store is opened (and closed) by the caller; the server only calls the library.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/store.js';
import { bindRefusal, guardAccess } from './auth.js';
import { makeContext } from './context.js';
import { EARLY_ERROR_OPTIONS, installErrorHandlers } from './errors.js';
import { collectRoutes } from './openapi.js';
import { registerIngestRoute } from './routes/ingest.js';
import { registerQueryRoutes } from './routes/query.js';
import { makeTimelineCache, registerTimelineRoutes } from './routes/timeline.js';
import { registerStatic } from './static.js';

/** Body limits: JSON requests stay small; file uploads may be large. */
export const DEFAULT_LIMITS = { json: 2 * 1024 * 1024, upload: 64 * 1024 * 1024 };

export interface AppOptions {
  store: Store;
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
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: limits.json,
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
  registerTimelineRoutes(app, ctx, makeTimelineCache(opts.timelineCache ?? undefined));
  let document: unknown;
  app.get('/openapi.json', { schema: { hide: true } }, async () => (document ??= openApi()));
  await registerStatic(app, opts.webDir);
  return app;
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
