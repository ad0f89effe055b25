// Generated requests to every route (in-process, app.inject): odd query values, paths, methods, content types and
// bodies. None may get a 5xx, a stack trace or a server path, and /api/status must keep answering within a
// second while they run. The generator is seeded: CHRONICLE_FUZZ_SEED=<n> replays a run, and
// CHRONICLE_FUZZ_REQUESTS=<n> sets how many requests each route gets (default 40: 560 in all, a few seconds;
// the audit's deep run is 500 each).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { ingestItems, readPaths } from '../../src/service/index.js';
import type { Store } from '../../src/store/store.js';
import { repoRoot } from '../../src/util/paths.js';
import { STORE_KINDS } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

const SEED = Number(process.env.CHRONICLE_FUZZ_SEED ?? 11);
const PER_ROUTE = Number(process.env.CHRONICLE_FUZZ_REQUESTS ?? 40);
const FIXTURES = join(import.meta.dirname, '..', 'server', 'fixtures');
/** Fuzz requests in flight at once; one status request runs beside each such batch. */
const BATCH = 4;

/** A small seeded generator (mulberry32): the same seed gives the same requests. */
class Gen {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  /** n characters; long runs repeat a short random piece, so that building them costs little. */
  chars(n: number): string {
    const piece = Array.from({ length: Math.min(n, 64) }, () => this.pick(ALPHABET)).join('');
    return piece.repeat(Math.ceil(n / 64) || 0).slice(0, n);
  }
}

const ALPHABET = [...'abcXYZ019 -_.~!*()\'"<>;:,/?#[]@$&+=%\\Ωé😀\u0000\u202e\t\n'];
const ODD = [
  '', ' ', '0', '-0', '-1', '1.5', '1e3', '1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '0x10', '0b1', '+1',
  '9007199254740993', '9'.repeat(400), '1'.repeat(25), 'null', 'true', 'false', '[]', '{}', 'undefined',
  '%', '%zz', '%00', '%2F..%2F', '../../package.json', '\u0000', 'Ω', '😀', '\u202e', 'e\u0301', ' 5 ', '2024-02-30',
  '0000-00-00', '9999-12-31', '2024', '2024-13', '2024-05-02T10:00:00Z', "'; DROP TABLE articles; --", '<script>',
  '*', '"', '\\', '__proto__', 'constructor', 'PERSON', 'datewise', 'csv', 'html', 'dam', 'Orrin Dam', 'Verhoef',
];
const ODD_NUMBERS = ['0', '-0', '-1', '1.5', '1e3', '1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '0x10',
  '9007199254740993', '9'.repeat(400), '1'.repeat(25), '1e20', '-9e15', ''];
const WORDS = ['dam', 'Orrin', 'Verhoef', 'Marrow Post', 'inquiry', 'crack', 'evacuated', 'water'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];
const CONTENT_TYPES = [
  'application/json', 'application/octet-stream', 'text/plain', 'text/plain; charset=utf-8', 'text/xml',
  'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1',
  'APPLICATION/JSON', '*/*', 'a/b/c;;;=', 'application/octet-stream; x=y', '',
];
const FILE_NAMES = ['a.txt', 'b.jsonl', 'c.csv', 'd.html', 'e.xml', 'f.rss', 'g.json', 'h.tar', '.hidden', '..',
  '../../etc/passwd', 'x'.repeat(300), 'Ω😀.txt', 'noext', 'a.TXT', 'C:\\win\\a.txt', ''];

interface Param { name: string; in: 'query' | 'path'; schema: { type?: string; enum?: string[]; pattern?: string } }
interface Route { method: Method; path: string; params: Param[] }
interface FuzzRequest { method: Method; url: string; headers: Record<string, string>; payload?: string | Buffer }

function oddValue(g: Gen): string {
  switch (g.int(4)) {
    case 0: return g.chars(g.int(2) ? g.int(20) : g.int(100_000));
    case 1: return String((g.chance(0.5) ? -1 : 1) * g.next() * 10 ** g.int(320));
    default: return g.pick(ODD);
  }
}

function validValue(g: Gen, p: Param): string {
  if (p.schema.enum) return g.pick(p.schema.enum);
  if (p.schema.pattern) return g.pick(['2024', '2024-05', '2024-05-06', '2024-06-30']);
  if (p.schema.type === 'integer') return String(1 + g.int(g.chance(0.5) ? 10 : 1000));
  if (p.schema.type === 'boolean') return g.pick(['true', 'false']);
  return g.pick(WORDS);
}

/** A value as it goes into a URL: usually encoded, sometimes raw (the URL parser and router then see it as is). */
function inUrl(g: Gen, value: string): string {
  if (g.chance(0.2)) return value.replace(/[#?&\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate: not valid UTF-8 once encoded
  }
}

function queryString(g: Gen, route: Route): string {
  const parts: string[] = [];
  for (const p of route.params.filter((x) => x.in === 'query')) {
    if (g.chance(0.5)) continue;
    const numeric = p.schema.type === 'integer' && g.chance(0.5);
    const value = g.chance(0.5) ? validValue(g, p) : numeric ? g.pick(ODD_NUMBERS) : oddValue(g);
    const name = g.chance(0.1) ? g.pick([`${p.name}[]`, `${p.name}[0]`, p.name.toUpperCase()]) : p.name;
    parts.push(`${name}=${inUrl(g, value)}`);
    if (g.chance(0.1)) parts.push(`${p.name}=${inUrl(g, oddValue(g))}`);
  }
  if (g.chance(0.1)) parts.push(`${g.pick(['__proto__', 'constructor', 'x', '', '&', '=='])}=${inUrl(g, oddValue(g))}`);
  return parts.length > 0 || g.chance(0.1) ? `?${parts.join('&')}` : '';
}

function pathOf(g: Gen, route: Route): string {
  if (route.path === '/static/*') {
    return `/static/${g.chance(0.3) ? 'app.js' : inUrl(g, g.chance(0.5) ? g.pick(ODD) : g.chars(g.int(300)))}`;
  }
  return route.path.replace(/\{(\w+)\}/g, () =>
    (g.chance(0.3) ? String(1 + g.int(8)) : inUrl(g, g.chance(0.5) ? g.pick(ODD_NUMBERS) : oddValue(g))));
}

function jsonBody(g: Gen): string {
  const article = (): Record<string, unknown> => {
    const a: Record<string, unknown> = {
      text: g.chance(0.8) ? `The ${g.pick(WORDS)} was ${g.pick(WORDS)} on ${g.pick(['Monday', 'May 3', 'yesterday'])}. ${g.chars(g.int(200))}` : oddValue(g),
      published: g.chance(0.7) ? g.pick(['2024-05-03', '2024-06-01T10:00:00Z', '2023-12-31']) : oddValue(g),
    };
    if (g.chance(0.3)) a.title = g.chance(0.5) ? g.chars(g.int(3000)) : g.pick(ODD);
    if (g.chance(0.2)) a.source = g.pick(['Marrow Post', '', '=1+1', g.chars(50)]);
    if (g.chance(0.1)) a[g.pick(['extra', '__proto__', 'constructor'])] = { x: g.pick(ODD) };
    if (g.chance(0.1)) a.text = 1e308 * 10;
    return a;
  };
  switch (g.int(8)) {
    case 0: return g.pick(['null', '[]', '{}', '"x"', '1e400', '{"articles":[', '{"articles": {}}', '']);
    case 1: return `${'['.repeat(g.int(5000))}${']'.repeat(g.int(5000))}`;
    case 2: return JSON.stringify({ articles: Array.from({ length: 1001 }, () => ({ text: 'x', published: '2024-01-01' })) });
    case 3: return '{"__proto__": {"polluted": 1}, "articles": []}';
    case 4: return g.chars(g.int(2000));
    default: return JSON.stringify({ articles: Array.from({ length: 1 + g.int(3) }, article) });
  }
}

function fileBody(g: Gen): Buffer {
  const text = g.pick([
    `date 2024-05-0${1 + g.int(9)}\n${g.pick(WORDS)} news. ${g.chars(g.int(500))}`,
    `{"text": "${g.pick(WORDS)} was found.", "date": "${g.pick(ODD)}"}\n${g.chars(g.int(300))}\n{"broken"`,
    `text,date\n"a ""quoted"" ${g.pick(WORDS)}",2024-05-03\n${g.chars(g.int(300))}`,
    `<html><head><title>${g.chars(30)}</title></head><body><p>${g.pick(WORDS)} on 3 May 2024.</p>${'<div>'.repeat(g.int(3000))}`,
    `<?xml version="1.0"?><rss><channel><item><title>x</title><description>${g.chars(200)}</description><pubDate>${g.pick(ODD)}</pubDate></item>`,
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss>&b;</rss>',
    g.chars(g.int(20_000)),
  ]);
  const bytes = Buffer.from(text);
  if (g.chance(0.1)) bytes[g.int(bytes.length || 1)] = 0xff;
  return bytes;
}

function request(g: Gen, route: Route): FuzzRequest {
  const method = g.chance(0.85) ? route.method : g.pick(METHODS);
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  let url = pathOf(g, route) + queryString(g, route);
  if (method === 'POST' || method === 'PUT' || method === 'PATCH' || g.chance(0.05)) {
    const upload = g.chance(0.4);
    const type = g.chance(0.8) ? (upload ? 'application/octet-stream' : 'application/json') : g.pick(CONTENT_TYPES);
    if (type) headers['content-type'] = type;
    payload = upload ? fileBody(g) : jsonBody(g);
    if (upload && g.chance(0.9)) {
      url += `${url.includes('?') ? '&' : '?'}filename=${inUrl(g, g.pick(FILE_NAMES))}`;
      if (g.chance(0.3)) url += `&format=${inUrl(g, g.chance(0.5) ? g.pick(['text', 'jsonl', 'csv', 'html', 'feed']) : oddValue(g))}`;
    }
  }
  if (g.chance(0.05)) headers.accept = g.pick(['text/csv', '*/*', 'application/xml', g.chars(30)]);
  if (g.chance(0.02)) headers.authorization = `Bearer ${g.chars(20)}`;
  return { method, url, headers, ...(payload !== undefined ? { payload } : {}) };
}

function isErrorBody(body: string): boolean {
  try {
    const e = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof e?.code === 'string' && typeof e.message === 'string';
  } catch {
    return false;
  }
}

/** What a failing request looked like, short enough to read, enough to find it again with the seed. */
function describe_(i: number, r: FuzzRequest, why: string): string {
  const body = r.payload === undefined ? '' : ` body=${JSON.stringify(String(r.payload).slice(0, 120))}`;
  return `seed=${SEED} #${i} ${r.method} ${r.url.slice(0, 200)} ${JSON.stringify(r.headers)}${body}: ${why}`;
}

for (const kind of STORE_KINDS) describe(`fuzzing every route over ${kind.name} (seed ${SEED}, ${PER_ROUTE} requests each)`,
  { ...(kind.skip ? { skip: kind.skip } : {}) }, () => {
  let store: Store;
  let app: FastifyInstance;
  let filesDir: string;
  before(async () => {
    store = await kind.open(await kind.location());
    filesDir = tempDir('chronicle-fuzz-');
    const paths = readdirSync(FIXTURES).sort().map((name) => {
      copyFileSync(join(FIXTURES, name), join(filesDir, name));
      return join(filesDir, name);
    });
    await ingestItems(store, readPaths(paths, {}), { analyze: true });
    app = await buildApp({ store, limits: { json: 256 * 1024, upload: 512 * 1024 } });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('no 5xx, no stack trace, no server path; /api/status stays fast', async (t) => {
    const doc = (await app.inject('/openapi.json')).json() as
      { paths: Record<string, Record<string, { parameters: Param[] }>> };
    const routes: Route[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ method: m.toUpperCase() as Method, path, params: op.parameters })));
    routes.push({ method: 'GET', path: '/', params: [] }, { method: 'GET', path: '/static/*', params: [] },
      { method: 'GET', path: '/openapi.json', params: [] });
    assert.ok(routes.length >= 14, JSON.stringify(routes.map((r) => r.path)));

    const g = new Gen(SEED);
    const plan = Array.from({ length: PER_ROUTE }, () => routes).flat().map((route) => request(g, route));
    for (let i = plan.length - 1; i > 0; i--) {
      const j = g.int(i + 1);
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    const secrets = [repoRoot, filesDir, `${tmpdir()}${sep}`, 'chronicle-upload-'];
    const failures = new Map<string, string[]>();
    const statusTimes: number[] = [];
    const statusOf = new Map<number, number>();
    for (let start = 0; start < plan.length; start += BATCH) {
      const batch = plan.slice(start, start + BATCH).map(async (r, k) => {
        const i = start + k;
        const res = await app.inject(r);
        statusOf.set(res.statusCode, (statusOf.get(res.statusCode) ?? 0) + 1);
        const fail = (kind: string, why: string) => {
          const list = failures.get(kind) ?? [];
          failures.set(kind, [...list, describe_(i, r, why)]);
        };
        if (res.statusCode >= 500) fail('5xx', `${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400 && r.method !== 'HEAD' && !isErrorBody(res.body)) {
          fail('error shape', `${res.statusCode} ${res.body.slice(0, 200)}`);
        }
        if (res.body.includes('    at ')) fail('stack trace', 'stack trace in the reply');
        const sent = r.url + String(r.payload ?? '');
        const shown = secrets.find((s) => res.body.includes(s) && !sent.includes(s));
        if (shown) fail('server path', `${shown} in the reply`);
      });
      const status = (async () => {
        const t0 = performance.now();
        const res = await app.inject('/api/status');
        statusTimes.push(performance.now() - t0);
        if (res.statusCode !== 200) failures.set('status', [`status after #${start}: ${res.statusCode}`]);
      })();
      await Promise.all([...batch, status]);
    }
    const slowest = Math.max(...statusTimes);
    const summary = `${plan.length} requests over ${routes.length} routes; replies ${JSON.stringify(Object.fromEntries(statusOf))}; slowest status ${slowest.toFixed(0)} ms`;
    t.diagnostic(summary);
    // The first few of each kind of failure, so that one kind cannot hide the others.
    assert.deepEqual(Object.fromEntries([...failures].map(([k, v]) => [`${k} (${v.length})`, v.slice(0, 3)])), {}, summary);
    assert.ok(slowest < 1000, summary);
    const ok = statusOf.get(200) ?? 0;
    assert.ok(ok > plan.length / 20, `too few requests got through validation to be a test: ${summary}`);
  });
});
