// The CPU of a timeline request's build (everything but the store's reads) in two builds of the engine, asked in
// turn in one process so that both meet the same machine load: every store call is answered from memory after its
// first answer. Prints each build's min, median and sum of CPU seconds over the rounds.
// Run: node --import tsx bench/buildPair.ts --db <store> --before <dist> --after <dist> [--rounds 12] '<request JSON>'
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuNow } from './scaleRequests.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, before: { type: 'string' }, after: { type: 'string' }, rounds: { type: 'string' } },
});
if (!values.db || !values.before || !values.after || positionals.length !== 1) {
  console.error("usage: bench/buildPair.ts --db <store> --before <dist> --after <dist> [--rounds 12] '<request JSON>'");
  process.exit(2);
}
type Service = typeof import('../src/service/timeline.js');
type Stores = typeof import('../src/store/index.js');
const load = async (dist: string): Promise<Service['timelineRequest']> =>
  ((await import(pathToFileURL(resolve(dist, 'service/timeline.js')).href)) as Service).timelineRequest;
const builds: [string, Service['timelineRequest']][] = [
  ['before', await load(values.before)], ['after', await load(values.after)]];
const { openStore } = (await import(pathToFileURL(resolve(values.before, 'store/index.js')).href)) as Stores;
const raw = await openStore(values.db);
const answers = new Map<string, unknown>();
const key = (name: string, args: unknown[]): string =>
  name + JSON.stringify(args, (_, x: unknown) => (x instanceof Map ? [...x.keys()] : x));
const store = new Proxy(raw, {
  get(target, name) {
    const value = Reflect.get(target, name) as unknown;
    if (typeof value !== 'function') return value;
    return async (...args: unknown[]) => {
      const k = key(String(name), args);
      if (!answers.has(k)) answers.set(k, await (value as (...a: unknown[]) => unknown).apply(target, args));
      return answers.get(k);
    };
  },
});
const request = JSON.parse(positionals[0]!) as Parameters<Service['timelineRequest']>[1];
for (const [, build] of builds) await build(store, request);
const spent: Record<string, number[]> = { before: [], after: [] };
const rounds = Math.max(1, Number(values.rounds ?? 12));
for (let r = 0; r < rounds; r++) {
  for (const [name, build] of r % 2 === 0 ? builds : [...builds].reverse()) {
    const t0 = cpuNow();
    await build(store, request);
    spent[name]!.push(cpuNow() - t0);
  }
}
for (const [name, xs] of Object.entries(spent)) {
  xs.sort((a, b) => a - b);
  const sum = xs.reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ build: name, min: +xs[0]!.toFixed(3), median: +xs[xs.length >> 1]!.toFixed(3),
    sum: +sum.toFixed(2), rounds }));
}
await raw.close();
