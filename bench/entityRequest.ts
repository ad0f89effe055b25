// CPU seconds of entity requests, in process: the entities listing (the default page and every entity) and
// `timeline --entity <name>` for each name given. The store is opened once, each request runs once to warm up and
// then RUNS times; the figure is the median CPU (user + system), store opening excluded. With --code, another
// build's service runs on the same store (before/after on one machine load); with --out, each timeline's JSON is
// written there, to diff two builds' output.
// Run: node --import tsx bench/entityRequest.ts --db <store> [--code <dist dir>] [--runs 5] [--out dir] [name ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Service from '../src/service/index.js';
import type * as Stores from '../src/store/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, code: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } },
});
if (!values.db) {
  console.error('usage: bench/entityRequest.ts --db <store> [--code <dist dir>] [--runs 5] [--out dir] [name ...]');
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs ?? 5));
const codeRoot = values.code ? resolve(values.code) : undefined;
const service = (await import(codeRoot ? `${codeRoot}/service/index.js` : '../src/service/index.js')) as typeof Service;
const stores = (await import(codeRoot ? `${codeRoot}/store/index.js` : '../src/store/index.js')) as typeof Stores;
const store = await stores.openStore(values.db);

async function median(label: string, run: () => Promise<string>): Promise<void> {
  const what = await run();
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await run();
    const d = process.cpuUsage(start);
    cpu.push((d.user + d.system) / 1e6);
  }
  cpu.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(3)} CPU-s  ` +
    `(${cpu.map((x) => x.toFixed(3)).join(' ')})  ${what}`);
}

console.log(`# entity requests: store ${values.db}; code ${codeRoot ?? 'this worktree (src)'}; median of ${runs}`);
await median('entities (default)', async () => `${(await service.listEntities(store)).length} entities`);
// An older build lists every entity by default; `limit` asks it for the same page.
await median('entities (first 100)', async () => `${(await service.listEntities(store, { limit: 100 })).length} entities`);
await median('entities (all)', async () =>
  `${(await service.listEntities(store, { limit: Number.MAX_SAFE_INTEGER })).length} entities`);
const names = positionals.length > 0 ? positionals : [(await service.listEntities(store, { limit: 1 }))[0]!.name];
for (const entity of names) {
  await median(`timeline --entity ${entity}`, async () => {
    const built = await service.timelineRequest(store, { entity });
    if (values.out) {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(resolve(values.out, `${entity.replace(/\W+/g, '_')}.json`), `${JSON.stringify(built, null, 1)}\n`);
    }
    return `${built.entries.length} entries`;
  });
}
await store.close();
