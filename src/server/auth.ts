// API tokens. On loopback the API is open (only this machine can reach it); anywhere else the server refuses
// to start without a token, and then every /api request must carry `Authorization: Bearer <token>`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.js';

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
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

// Comparing digests keeps the comparison constant-time whatever the lengths.
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

export function requireToken(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (m && timingSafeEqual(digest(m[1]!.trim()), expected)) return;
    reply.header('WWW-Authenticate', 'Bearer realm="chronicle"');
    return sendError(reply, 401, 'unauthorized',
      m ? 'the API token is wrong' : 'this server requires an API token: send "Authorization: Bearer <token>"');
  });
}
