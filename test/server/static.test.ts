// The web page's files: every file under web/ (module folders included) is served with its type, and no
// request, however encoded, reaches a file outside web/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_LIMITS } from '../../src/server/app.js';
import { installErrorHandlers } from '../../src/server/errors.js';
import { registerStatic, servableFiles } from '../../src/server/static.js';

async function staticApp(dir?: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  installErrorHandlers(app, DEFAULT_LIMITS);
  await registerStatic(app, dir);
  return app;
}

describe('a web folder with modules and a secret beside it', () => {
  let root: string;
  let web: string;
  let app: FastifyInstance;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'chronicle-static-'));
    web = join(root, 'web');
    mkdirSync(join(web, 'js', 'views'), { recursive: true });
    mkdirSync(join(web, '.hidden'));
    writeFileSync(join(root, 'secret.js'), 'export const secret = 1;');
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(web, 'app.js'), "import './js/main.js';");
    writeFileSync(join(web, 'js', 'main.js'), "import './views/a.js';");
    writeFileSync(join(web, 'js', 'views', 'a.js'), 'export const a = 1;');
    writeFileSync(join(web, 'js', 'notes.txt'), 'not part of the page');
    writeFileSync(join(web, '.hidden', 'x.js'), 'export const hiddenFile = 1;');
    symlinkSync(join(root, 'secret.js'), join(web, 'js', 'link.js'));
    app = await staticApp(web);
  });

  after(async () => {
    await app?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('lists only plain files of a known type, dot-folders and links left out', async () => {
    assert.deepEqual([...await servableFiles(web)].sort(), ['app.js', 'index.html', 'js/main.js', 'js/views/a.js']);
  });

  test('serves nested modules as JavaScript, with the page policy headers', async () => {
    for (const path of ['/static/app.js', '/static/js/main.js', '/static/js/views/a.js']) {
      const res = await app.inject(path);
      assert.equal(res.statusCode, 200, path);
      assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8', path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'/, path);
    }
    assert.equal((await app.inject('/static/js/views/a.js')).body, 'export const a = 1;');
    assert.match(String((await app.inject('/')).headers['content-type']), /text\/html/);
  });

  test('no path, however written, leaves the folder', async () => {
    const attempts = [
      '/static/../secret.js', '/static/..%2Fsecret.js', '/static/%2e%2e%2fsecret.js', '/static/js/..%2F..%2Fsecret.js',
      '/static/js/../../secret.js', '/static/%2Fetc%2Fpasswd', '/static//etc/passwd', '/static/..%5Csecret.js',
      `/static/${encodeURIComponent(join(root, 'secret.js'))}`, '/static/js/link.js', '/static/.hidden/x.js',
      '/static/js/notes.txt', '/static/js', '/static/js/', '/static/', '/static/js/views/a.js%00.html',
    ];
    for (const path of attempts) {
      const res = await app.inject(path);
      assert.equal(res.statusCode, 404, `${path} answered ${res.statusCode}: ${res.body.slice(0, 80)}`);
      assert.doesNotMatch(res.body, /export const secret|hiddenFile|not part of the page/, path);
    }
  });
});

test('a missing web folder serves nothing but does not stop the server', async () => {
  const app = await staticApp(join(tmpdir(), 'chronicle-no-such-web-folder'));
  assert.equal((await app.inject('/')).statusCode, 404);
  await app.close();
});

test('every module the real page imports is served as JavaScript', async () => {
  const app = await staticApp();
  const seen = new Set<string>();
  const queue = ['/static/app.js'];
  const page = (await app.inject('/')).body;
  assert.match(page, /<script src="\/static\/app\.js" type="module">/);
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await app.inject(path);
    assert.equal(res.statusCode, 200, path);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8', path);
    for (const m of res.body.matchAll(/^import [^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      queue.push(new URL(m[1]!, `http://page${path}`).pathname);
    }
  }
  assert.ok(seen.size > 10, `modules reached: ${[...seen].join(', ')}`);
  await app.close();
});
