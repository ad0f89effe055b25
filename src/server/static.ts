// The web page: the files of web/ served as they are (no bundler, no CDN), including its module folders.
// The files that can be served are listed once, when the server starts, by walking web/; a request is only
// ever looked up in that list, never joined onto a path, so it cannot reach anything outside web/.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from './errors.js';

/** web/ beside src/ and dist/: the same relative path from src/server and dist/server. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** The page's own policy: everything from this server, nothing from anywhere else. */
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Paths (with '/' separators, relative to `dir`) of the plain files under `dir` that have a known type.
 * Symbolic links and dot-files or dot-folders are left out: neither belongs to the page.
 */
export async function servableFiles(dir: string, prefix = ''): Promise<Set<string>> {
  const out = new Set<string>();
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const f of await servableFiles(dir, rel)) out.add(f);
    else if (entry.isFile() && TYPES[extname(entry.name)]) out.add(rel);
  }
  return out;
}

export async function registerStatic(app: FastifyInstance, dir = WEB_DIR): Promise<void> {
  let names: Set<string>;
  try {
    names = await servableFiles(dir);
  } catch {
    names = new Set();
    app.log.warn(`the web page's folder ${dir} is missing: only the API is served`);
  }
  const files = new Map<string, Buffer>();
  const serve = async (name: string): Promise<{ body: Buffer; type: string }> => {
    if (!names.has(name)) throw notFound(`no such file: /${name}`);
    let body = files.get(name);
    if (!body) {
      body = await readFile(join(dir, name));
      if (process.env.NODE_ENV === 'production') files.set(name, body);
    }
    return { body, type: TYPES[extname(name)]! };
  };
  const send = async (name: string, reply: FastifyReply) => {
    const { body, type } = await serve(name);
    return reply.type(type).header('Content-Security-Policy', CSP).header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'no-cache').send(body);
  };
  app.get('/', { schema: { hide: true } }, async (_request, reply) => send('index.html', reply));
  app.get<{ Params: { '*': string } }>('/static/*', { schema: { hide: true } },
    async (request, reply) => send(request.params['*'], reply));
}
