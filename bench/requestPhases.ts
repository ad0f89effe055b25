// Where one timeline request's CPU goes: the request runs through the service with every store call timed, so the
// figures split it into store reads (by method) and the build around them. The first call warms up; each later
// call prints one line of JSON.
// Run: node --import tsx bench/requestPhases.ts --db <store> [--dist dist] [--runs 3] '<request JSON>'
//   e.g. '{"entity":"US"}' or '{"query":"oil spill"}' or '{"story":215}'
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuNow } from './scaleRequests.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, dist: { type: 'string' }, runs: { type: 'string' } },
});
if (!values.db || positionals.length !== 1) {
  console.error("usage: bench/requestPhases.ts --db <store> [--dist dist] [--runs 3] '<request JSON>'");
  process.exit(2);
}
const dist = resolve(values.dist ?? 'dist');
// biome-ignore lint/suspicious/noExplicitAny: the engine under test may be another build; typed by the casts below
const load = (p: string): Promise<any> => import(pathToFileURL(resolve(dist, `${p}.js`)).href);
const { openStore } = await load('store/index') as typeof import('../src/store/index.js');
const { timelineRequest } = await load('service/timeline') as typeof import('../src/service/timeline.js');
const raw = await openStore(values.db);
const request = JSON.parse(positionals[0]!) as Parameters<typeof timelineRequest>[1];
let spent: Record<string, number> = {};
// Every method of the store, timed where it is called; the rest of the request is the build.
const store = new Proxy(raw, {
  get(target, key) {
    const value = Reflect.get(target, key) as unknown;
    if (typeof value !== 'function') return value;
    return async (...args: unknown[]) => {
      const t0 = cpuNow();
      try {
        return await (value as (...a: unknown[]) => unknown).apply(target, args);
      } finally {
        spent[String(key)] = (spent[String(key)] ?? 0) + cpuNow() - t0;
      }
    };
  },
});
const runs = Math.max(1, Number(values.runs ?? 3));
for (let r = 0; r <= runs; r++) {
  spent = {};
  const t0 = cpuNow();
  await timelineRequest(store, request);
  const total = cpuNow() - t0;
  if (r === 0) continue;
  const stored = Object.values(spent).reduce((a, b) => a + b, 0);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  console.log(JSON.stringify({ total: round(total), build: round(total - stored),
    ...Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, round(v)])) }));
}
await raw.close();
