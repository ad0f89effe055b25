// API latency: p50/p95 of timeline requests over all of Timeline17, measured over HTTP on 127.0.0.1.
//   node --import tsx bench/api.ts [--db /tmp/api/t17.db] [--cold N] [--warm N] [--concurrency C]
// The store is reused when it exists (ingesting and analysing T17 takes minutes); otherwise it is built from
// ../shared/data/t17. The server runs in a child process so the load loop does not share its event loop.
// "cold" requests run with the timeline cache turned off (every request builds the timeline); "warm" ones
// repeat a request the server has already built.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { sharedData } from '../src/util/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

async function serveMode(): Promise<void> {
  const { openStore } = await import('../src/store/index.js');
  const { startServer } = await import('../src/server/app.js');
  const store = await openStore(opt('--db', ''));
  const cache = Number(opt('--cache', '64'));
  const { address } = await startServer({ store, host: '127.0.0.1', port: 0, timelineCache: cache });
  process.stdout.write(`LISTENING ${address}\n`);
}

async function ensureStore(db: string): Promise<void> {
  if (existsSync(db)) return;
  const t17 = sharedData('t17');
  if (!t17) {
    console.log('../shared/data/t17 is absent: cannot build the T17 store, benchmark skipped');
    process.exit(0);
  }
  mkdirSync(dirname(db), { recursive: true });
  console.log(`building ${db} from ${t17} (ingest + analysis; takes minutes)…`);
  const { openStore } = await import('../src/store/index.js');
  const { readSources } = await import('../src/sources/index.js');
  const { ingest } = await import('../src/ingest/ingest.js');
  const { refresh: processPending } = await import('../src/service/refresh.js');
  const store = await openStore(db);
  const started = Date.now();
  await ingest(readSources([t17]), store, {});
  await processPending(store);
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await store.close();
}

function startChild(db: string, cache: number): Promise<{ child: ChildProcess; address: string }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', '--db', db, '--cache', String(cache)],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve({ child, address: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function get(url: string): Promise<{ status: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
    }).on('error', reject).end();
  });
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Sends `total` requests with `concurrency` in flight; returns latencies (ms), checking every reply is 200. */
async function load(urls: string[], total: number, concurrency: number): Promise<{ ms: number[]; wallMs: number; bytes: number }> {
  const ms: number[] = [];
  let next = 0;
  let bytes = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const url = urls[next++ % urls.length]!;
      const r = await get(url);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      ms.push(r.ms);
      bytes = r.bytes;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: ms.sort((a, b) => a - b), wallMs: performance.now() - t0, bytes };
}

function report(label: string, r: { ms: number[]; wallMs: number; bytes: number }): string {
  const line = `${label}: n=${r.ms.length} p50=${pct(r.ms, 50).toFixed(1)} ms p95=${pct(r.ms, 95).toFixed(1)} ms ` +
    `max=${r.ms.at(-1)!.toFixed(1)} ms throughput=${(r.ms.length / (r.wallMs / 1000)).toFixed(1)} req/s reply=${r.bytes} bytes`;
  console.log(line);
  return line;
}

async function main(): Promise<void> {
  const db = opt('--db', '/tmp/api/t17.db');
  const cold = Number(opt('--cold', '12'));
  const warm = Number(opt('--warm', '500'));
  const concurrency = Number(opt('--concurrency', '4'));
  await ensureStore(db);

  const path = '/api/timeline';
  // Cold: the cache is off, so every request selects, loads and ranks all of T17.
  {
    const { child, address } = await startChild(db, 0);
    try {
      const status = await (await fetch(`${address}/api/status`)).json() as { articles: number };
      console.log(`store ${db}: ${status.articles} articles`);
      await get(`${address}${path}`); // first request loads code paths; not counted
      report(`timeline over all T17, cache off, concurrency 1`, await load([`${address}${path}`], cold, 1));
      report(`timeline over all T17, cache off, concurrency ${concurrency}`, await load([`${address}${path}`], cold, concurrency));
    } finally {
      child.kill('SIGTERM');
    }
  }
  // Warm: the default server (cache on); the same request again.
  {
    const { child, address } = await startChild(db, 64);
    try {
      await get(`${address}${path}`);
      report(`timeline over all T17, cached, concurrency ${concurrency}`, await load([`${address}${path}`], warm, concurrency));
      report(`timeline over all T17 as TimelineJS, cached, concurrency ${concurrency}`,
        await load([`${address}${path}?format=timelinejs`], warm, concurrency));
    } finally {
      child.kill('SIGTERM');
    }
  }
}

if (args.includes('--serve')) await serveMode();
else await main();
