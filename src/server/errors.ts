// One error shape for every client-facing failure: {error: {code, message}}. Messages name the parameter or
// record that is wrong and what to send instead; stack traces and internal messages stay in the server log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ServiceError, type ServiceHint } from '../service/index.js';

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

function describeValidation(err: FastifyError): string {
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
    return `${where}: '${path}' must be one of ${allowed.map(String).join(', ')}`;
  }
  const hint = PARAMETER_HINTS[name];
  return `${where}: '${path || where}' ${first.message ?? 'is invalid'}${hint ? ` (expected ${hint})` : ''}`;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function installErrorHandlers(app: FastifyInstance, bodyLimits: { json: number; upload: number }): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) return sendError(reply, err.statusCode, err.code, err.message);
    if (err instanceof ServiceError) {
      const [status, code] = SERVICE_STATUS[err.kind];
      return sendError(reply, status, code, describeServiceError(err));
    }
    if (err.validation) return sendError(reply, 400, 'invalid_request', describeValidation(err));
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
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `no route for ${request.method} ${request.url.split('?')[0]}`));
}
