// The OpenAPI 3.0 description, generated from the routes' own JSON schemas so that it cannot drift from what
// the server validates. Routes are collected as they are registered (an onRoute hook).
import type { FastifyInstance, RouteOptions } from 'fastify';

type Json = Record<string, unknown>;

declare module 'fastify' {
  interface FastifySchema {
    /** One line describing the route in the OpenAPI document. */
    summary?: string;
    /** Leave the route out of the OpenAPI document (the page's files). */
    hide?: boolean;
  }
}

interface CollectedRoute { method: string; url: string; schema: Json }

export interface OpenApiInfo { title: string; version: string; description: string }

/** Starts collecting routes; call before registering them. Returns a function that builds the document. */
export function collectRoutes(app: FastifyInstance): () => Json {
  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = (route.schema ?? {}) as Json;
    if (schema.hide || !route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method: method.toLowerCase(), url: route.url, schema });
    }
  });
  return () => openApiDocument(routes, {
    title: 'Chronicle API',
    version: '0.1.0',
    description: 'Turns dated news articles into dated, sourced timelines. Errors are JSON: ' +
      '{"error": {"code", "message"}}. When the server has a token, /api requests need "Authorization: Bearer <token>".',
  });
}

/** Fastify path syntax (/a/:id) to OpenAPI's (/a/{id}). */
const openApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}');

function parameters(schema: Json | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name, in: where, required: where === 'path' || required.has(name), schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

function requestBody(body: Json | undefined): Json | undefined {
  if (!body) return undefined;
  const content: Json = {};
  if (body.content) {
    for (const [type, v] of Object.entries(body.content as Record<string, { schema: Json }>)) {
      content[type] = { schema: type === 'application/octet-stream' ? { type: 'string', format: 'binary' } : v.schema };
    }
  } else {
    content['application/json'] = { schema: body };
  }
  return { required: true, content };
}

function responses(response: Json | undefined): Json {
  const out: Json = {};
  for (const [status, schema] of Object.entries(response ?? { 200: {} })) {
    const code = status.toUpperCase();
    out[code] = {
      description: code === '200' ? 'success' : code.startsWith('4') ? 'the request was refused (see error.message)' :
        'the server could not answer',
      content: { 'application/json': { schema } },
    };
  }
  return out;
}

export function openApiDocument(routes: CollectedRoute[], info: OpenApiInfo): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const s = r.schema;
    const op: Json = {
      operationId: `${r.method}${openApiPath(r.url).replace(/[^A-Za-z0-9]+(\w?)/g, (_m, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(s.params as Json | undefined, 'path'), ...parameters(s.querystring as Json | undefined, 'query')],
      responses: responses(s.response as Json | undefined),
    };
    if (s.summary) op.summary = s.summary;
    const body = requestBody(s.body as Json | undefined);
    if (body) op.requestBody = body;
    (paths[openApiPath(r.url)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.0.3',
    info,
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{}, { bearer: [] }],
    paths,
  };
}
