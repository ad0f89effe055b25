// One error shape for every client-facing failure: {error: {code, message}}. Messages name the parameter or
// record that is wrong and what to send instead; stack traces and internal messages stay in the server log.
import { STATUS_CODES as HTTP_REASONS } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { methodProblem, RETIRED_METHODS, ServiceError, type ServiceHint } from '../service/index.js';
import { own } from '../util/own.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error a route raises on purpose: its status, code and message go to the client as they are. */
export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, 'invalid_request', message);
export const notFound = (message: string): ApiError => new ApiError(404, 'not_found', message);

/** The HTTP status and error code of each kind of service error. */
const SERVICE_STATUS: Record<ServiceError['kind'], [number, string]> = {
  invalid: [400, 'invalid_request'],
  not_found: [404, 'not_found'],
  no_result: [422, 'no_timeline'],
};

/** Where an API client looks for what a service error's hint names. */
const HINTS: Record<ServiceHint, string> = {
  stories: 'GET /api/stories',
  entities: 'GET /api/entities',
  sources: 'GET /api/sources',
  ingest: 'POST /api/ingest',
  analyze: 'POST /api/ingest, which analyses',
};

/** A service error in the API's words: the parameter it concerns by its query name, the hint as a route. */
export function describeServiceError(err: ServiceError): string {
  const param = err.detail.param ? `'${err.detail.param}': ` : '';
  const see = err.detail.see ? ` (see ${HINTS[err.detail.see]})` : '';
  return `${param}${err.message}${see}`;
}

/** Codes for the 4xx errors Fastify itself raises, by status. */
const STATUS_CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  421: 'misdirected_request',
  422: 'unprocessable',
  503: 'unavailable',
};

/** What a valid value of each named parameter looks like, appended to schema-validation messages. */
const PARAMETER_HINTS: Record<string, string> = {
  from: 'a date: YYYY-MM-DD, YYYY-MM or YYYY',
  to: 'a date: YYYY-MM-DD, YYYY-MM or YYYY',
  published: 'a date: YYYY-MM-DD, optionally followed by a time',
  limit: 'a whole number of at least 1',
  dates: 'a whole number of at least 1',
  perDate: 'a whole number of at least 1',
  story: 'a story id (a whole number)',
  id: 'an article id (a whole number)',
};

/**
 * Values a parameter's enum once held and no longer does, each with what to say instead of the bare list of
 * allowed values: a client that used to send one learns why it stopped working and what to send now.
 */
const RETIRED_VALUES: Record<string, (value: string) => string | undefined> = {
  method: (value) => Object.hasOwn(RETIRED_METHODS, value) ? methodProblem(value) : undefined,
};

/** The value the client sent at a validation error's path (query string, body or path parameters). */
function sentValue(request: FastifyRequest, where: string, path: string[]): unknown {
  let v: unknown = where === 'querystring' ? request.query : where === 'body' ? request.body
    : where === 'params' ? request.params : undefined;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function describeValidation(err: FastifyError, request: FastifyRequest): string {
  const first = err.validation?.[0];
  if (!first) return err.message;
  const where = err.validationContext ?? 'request';
  const missing = (first.params as { missingProperty?: string } | undefined)?.missingProperty;
  if (first.keyword === 'required' && missing) return `${where}: '${missing}' is required`;
  if (first.keyword === 'additionalProperties') {
    const extra = (first.params as { additionalProperty?: string } | undefined)?.additionalProperty;
    return `${where}: unknown field '${extra ?? '?'}'`;
  }
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const name = path.split('.').pop() ?? '';
  const allowed = (first.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
  if (first.keyword === 'enum' && allowed) {
    const sent = sentValue(request, where, path.split('.'));
    const retired = typeof sent === 'string' ? own(RETIRED_VALUES, name)?.(sent) : undefined;
    if (retired) return `${where}: '${path}': ${retired}`;
    return `${where}: '${path}' must be one of ${allowed.map(String).join(', ')}`;
  }
  const hint = own(PARAMETER_HINTS, name);
  return `${where}: '${path || where}' ${first.message ?? 'is invalid'}${hint ? ` (expected ${hint})` : ''}`;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Refuses parameter values validation lets through but the store cannot take. Ajv coerces "Infinity", "1e309"
 * and 400-digit strings to Infinity and then skips its minimum/maximum checks for non-finite values, and an id
 * beyond 2^53 is no longer the id that was sent; PostgreSQL refuses any text holding a NUL character. Each
 * would fail in the store (a 500) instead of the client hearing which parameter is wrong.
 */
function checkParameters(where: 'querystring' | 'params', values: unknown): void {
  if (!values || typeof values !== 'object') return;
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      // Path values are integers or names looked up in a list (the page's files), never text the store compares.
      if (where === 'querystring' && typeof v === 'string' && v.includes('\u0000')) {
        throw badRequest(`${where}: '${name}' must not contain a NUL character (%00)`);
      }
      if (typeof v !== 'number' || (Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER)) continue;
      const hint = own(PARAMETER_HINTS, name);
      throw badRequest(`${where}: '${name}' is out of range${hint ? ` (expected ${hint})` : ''}`);
    }
  }
}

/** Node's own refusals (a malformed request line or header, headers too large, too slow) by error code. */
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'the request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'the request did not arrive in time'],
};

/**
 * Fastify's clientErrorHandler: answers requests Node's HTTP parser refuses before Fastify sees them in the
 * API's JSON error shape, instead of Node's bare 400. The parser's reason is short and names no server detail.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy(err);
    return;
  }
  const reason = err.message.replace(/^Parse Error:\s*/i, '').slice(0, 120);
  const [status, code, message] = CLIENT_ERRORS[err.code ?? ''] ??
    [400, 'invalid_request', `the request is not valid HTTP${reason ? `: ${reason}` : ''}`];
  const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  socket.end(`HTTP/1.1 ${status} ${HTTP_REASONS[status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** The router's own refusals (Fastify's frameworkErrors), which never reach the error handler. */
function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_ERR_BAD_URL') {
    sendError(reply, 400, 'invalid_request', 'the path is not validly percent-encoded');
  } else if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendError(reply, 400, 'invalid_request', 'a path parameter is too long (at most 100 characters)');
  } else {
    sendError(reply, 500, 'internal_error', 'internal server error (the server log has the details)');
  }
}

/** Fastify options that put the errors Node and the router raise before any route runs in the API's shape. */
export const EARLY_ERROR_OPTIONS = { clientErrorHandler, frameworkErrors } as const;

export function installErrorHandlers(app: FastifyInstance, bodyLimits: { json: number; upload: number }): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) return sendError(reply, err.statusCode, err.code, err.message);
    if (err instanceof ServiceError) {
      const [status, code] = SERVICE_STATUS[err.kind];
      return sendError(reply, status, code, describeServiceError(err));
    }
    if (err.validation) return sendError(reply, 400, 'invalid_request', describeValidation(err, request));
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 413) {
      const upload = (request.headers['content-type'] ?? '').startsWith('application/octet-stream');
      const limit = upload ? bodyLimits.upload : bodyLimits.json;
      return sendError(reply, 413, 'payload_too_large',
        `request body is larger than the limit of ${limit} bytes${upload ? '' : ' (upload a file instead)'}`);
    }
    if (status >= 400 && status < 500) {
      return sendError(reply, status, STATUS_CODES[status] ?? 'invalid_request', err.message);
    }
    request.log.error({ err }, 'request failed');
    return sendError(reply, 500, 'internal_error', 'internal server error (the server log has the details)');
  });
  app.addHook('preHandler', async (request) => {
    checkParameters('querystring', request.query);
    checkParameters('params', request.params);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `no route for ${request.method} ${request.url.split('?')[0]}`));
}
