// Who may reach what. On loopback the API is open (only this machine can reach it), but only to requests
// addressed to a loopback name: a web page whose own name was rebound to 127.0.0.1 (DNS rebinding) is refused.
// Anywhere else the server refuses to start without a token, and then every request that is not for the page
// itself must carry `Authorization: Bearer <token>`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** True when a Host header names this machine by a loopback name or address, with or without a port. */
export function isLoopbackAuthority(host: string | undefined): boolean {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(:\d{1,5})?$/i.exec(host?.trim() ?? '');
  // A trailing dot names the same host ("localhost." is localhost).
  return m !== null && isLoopbackHost(m[1]!.replace(/\.$/, ''));
}

/** Why the server may not start with these settings, or undefined when it may. */
export function bindRefusal(host: string, token: string | undefined): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  if (!token) {
    return `refusing to listen on ${host} without an API token: other machines could read and change the ` +
      'store. Pass --token <secret> or set CHRONICLE_TOKEN (clients then send "Authorization: Bearer <secret>"), ' +
      'or bind to 127.0.0.1';
  }
  if (token.length < 16) return 'the API token is too short: use at least 16 characters';
  return undefined;
}

/**
 * Routes anyone may fetch: the page and the API's description. The decision is taken on the route the router
 * matched (its pattern, e.g. "/api/articles/:id"), never on the URL as sent, so no spelling the router accepts
 * (percent-encoding, a trailing slash, "./") can reach an API route without the token. A request no route
 * matched is not public either: its 404 would tell a stranger which paths exist.
 */
export function isPublicRoute(pattern: string | undefined): boolean {
  return pattern !== undefined && pattern !== '/api' && !pattern.startsWith('/api/');
}

// Comparing digests keeps the comparison constant-time whatever the lengths.
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function tokenCheck(token: string): (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined {
  const expected = digest(token);
  return (request, reply) => {
    if (isPublicRoute(request.routeOptions.url)) return undefined;
    const m = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
    if (m && timingSafeEqual(digest(m[1]!.trim()), expected)) return undefined;
    reply.header('WWW-Authenticate', 'Bearer realm="chronicle"');
    return sendError(reply, 401, 'unauthorized',
      m ? 'the API token is wrong' : 'this server requires an API token: send "Authorization: Bearer <token>"');
  };
}

/** What a refused Host header is called in the reply: enough to recognise, never long. */
const shownHost = (host: string | undefined): string => (host === undefined ? 'none' : JSON.stringify(host.slice(0, 80)));

/**
 * Installs the Host check (only while the server listens on loopback addresses alone) and, with a token, the
 * token check. Both run first (onRequest, after routing, before the body is read), on every route and on 404s.
 */
export function guardAccess(app: FastifyInstance, token: string | undefined): void {
  let loopbackOnly = false;
  app.addHook('onListen', async () => {
    const addresses = app.addresses();
    loopbackOnly = addresses.length > 0 && addresses.every((a) => typeof a !== 'string' && isLoopbackHost(a.address));
  });
  const checkToken = token ? tokenCheck(token) : undefined;
  app.addHook('onRequest', async (request, reply) => {
    if (loopbackOnly && !isLoopbackAuthority(request.headers.host)) {
      return sendError(reply, 421, 'misdirected_request',
        `this server only answers requests addressed to localhost, 127.0.0.1 or [::1] (Host was ${shownHost(request.headers.host)})`);
    }
    return checkToken?.(request, reply);
  });
}
