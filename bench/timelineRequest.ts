// CPU seconds of one timeline request, in process: the store is opened once, each query runs once to warm up
// and then RUNS times; the figure is the median CPU (user + system) of those calls, store opening excluded.
// With --code, another build's service runs on the same store (before/after figures on one machine load);
// with --out, each query's timeline JSON is written there, to diff two builds' output.
// Run: node --import tsx bench/timelineRequest.ts --db <store> [--code <dist dir>] [--runs 5] [--out dir] [query ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuiltTimeline } from '../src/timeline/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, code: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } },
});
if (!values.db) {
  console.error('usage: bench/timelineRequest.ts --db <store> [--code <dist dir>] [--runs 5] [--out dir] [query ...]');
  process.exit(2);
}
const queries = positionals.length > 0 ? positionals : ['oil spill', 'said', 'Mubarak', 'swine flu', 'Michael Jackson'];
const runs = Math.max(1, Number(values.runs ?? 5));
const codeRoot = values.code ? resolve(values.code) : undefined;
type Request = (store: unknown, request: { query: string }) => Promise<BuiltTimeline>;
const service = (await import(codeRoot ? `${codeRoot}/service/timeline.js` : '../src/service/timeline.js')) as
  { timelineRequest: Request };
const stores = (await import(codeRoot ? `${codeRoot}/store/index.js` : '../src/store/index.js')) as
  { openStore: (path: string) => Promise<{ close(): Promise<void> }> };
const store = await stores.openStore(values.db);

const cpuOf = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
};
console.log(`# timelineRequest: store ${values.db}; code ${codeRoot ?? 'this worktree (src)'}; median of ${runs}`);
for (const query of queries) {
  const built = await service.timelineRequest(store, { query });
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(resolve(values.out, `${query.replace(/\W+/g, '_')}.json`), `${JSON.stringify(built, null, 1)}\n`);
  }
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await service.timelineRequest(store, { query });
    cpu.push(cpuOf(start));
  }
  cpu.sort((a, b) => a - b);
  const median = cpu[Math.floor(cpu.length / 2)]!;
  console.log(`${query.padEnd(18)} median ${median.toFixed(3)} CPU-s  (${cpu.map((x) => x.toFixed(3)).join(' ')})  ` +
    `${built.entries.length} entries, ${built.background?.length ?? 0} background`);
}
await store.close();
