// Workers sharing analysis through the PostgreSQL work queue: two at once analyse every article exactly once,
// and a worker killed with SIGKILL mid-batch loses nothing and doubles nothing (another redoes its batch).
// Results are compared by article content hash against a single SQLite process (ids differ between stores,
// and PostgreSQL ids have gaps after a kill).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ANALYSIS_VERSION } from '../../src/analyze/index.js';
import { ingestItems, readPaths, refresh } from '../../src/service/index.js';
import { enqueuePending, runWorker } from '../../src/service/workers.js';
import { workQueueOf } from '../../src/store/queue.js';
import type { Store } from '../../src/store/store.js';
import { repoRoot } from '../../src/util/paths.js';
import { STORE_KINDS } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

const [SQLITE, POSTGRES] = STORE_KINDS as [typeof STORE_KINDS[0], typeof STORE_KINDS[0]];

const TOPICS = ['harbour', 'ferry', 'council', 'budget', 'tunnel', 'flood', 'strike', 'museum', 'airport', 'treaty'];
const PEOPLE = ['Ilse Marren', 'Tomas Okafor', 'Lena Brandt', 'Ravi Shah', 'Maria Costa'];

/** A JSONL corpus of `n` distinct articles, each with a person, an organisation and a quote. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const person = PEOPLE[i % PEOPLE.length]!;
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + ((i * 5) % 28)).padStart(2, '0');
    const text = `${person} of the Northport Council said on Monday that the ${topic} plan number ${i} would ` +
      `go ahead. "We will finish the ${topic} works by March," ${person} told reporters in Northport. ` +
      `The council approved the ${topic} budget, item ${i * 13 + 7}, on 3 February 2022.`;
    lines.push(JSON.stringify({ text, published: `2022-${month}-${day}`, title: `${topic} plan ${i}` }));
  }
  const file = join(tempDir('chronicle-workers-'), 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Per article content hash: its analysis, its quotes and its entity mentions as the store returns them. */
async function contentDigest(store: Store): Promise<Map<string, string>> {
  const articles = await store.listArticles();
  const docs = await store.getAnalyses(articles.map((a) => a.id));
  const quotes = new Map<number, string[]>();
  for (const q of await store.listQuotes()) {
    const list = quotes.get(q.articleId) ?? [];
    list.push(`${q.start}:${q.end}:${q.speaker ?? ''}:${q.text}`);
    quotes.set(q.articleId, list);
  }
  const out = new Map<string, string>();
  for (const a of articles) {
    const hash = createHash('sha1').update(a.text).digest('hex');
    out.set(hash, JSON.stringify([docs.get(a.id) ?? null, (quotes.get(a.id) ?? []).sort()]));
  }
  return out;
}

/** Entities with their mention and article counts (a doubled mention row shows here). */
async function entityCounts(store: Store): Promise<string[]> {
  return (await store.listEntities()).map((e) => `${e.key} ${e.mentions} ${e.articles}`).sort();
}

async function reference(file: string): Promise<{ digest: Map<string, string>; entities: string[] }> {
  const store = await SQLITE.open(await SQLITE.location());
  try {
    await ingestItems(store, readPaths([file]), { analyze: false });
    await refresh(store, { threads: 0 });
    return { digest: await contentDigest(store), entities: await entityCounts(store) };
  } finally {
    await store.close();
  }
}

async function queueRows(url: string): Promise<{ id: number; ids: number[]; attempts: number; owner: string | null;
  done: boolean }[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ id: string; article_ids: string[]; attempts: number; owner: string | null; done: boolean }>(
      'SELECT id, article_ids, attempts, owner, done_at IS NOT NULL AS done FROM analysis_queue ORDER BY id');
    return r.rows.map((x) => ({ id: Number(x.id), ids: x.article_ids.map(Number), attempts: x.attempts, owner: x.owner,
      done: x.done }));
  } finally {
    await c.end();
  }
}

async function assertSameAsReference(store: Store, ref: { digest: Map<string, string>; entities: string[] }):
  Promise<void> {
  assert.deepEqual(await store.articlesNeedingAnalysis(ANALYSIS_VERSION), [], 'every article analysed');
  assert.deepEqual(await contentDigest(store), ref.digest, 'analyses and quotes equal a single process\'s, once each');
  assert.deepEqual(await entityCounts(store), ref.entities, 'entity mentions equal a single process\'s, none doubled');
  assert.deepEqual(await store.articlesWithoutStory(1), [], 'every article has a story');
}

// The kill test's child runs the compiled code when it is built (npm test builds first), else the sources.
const BUILT = existsSync(join(repoRoot, 'dist', 'service', 'workers.js'));
const moduleUrl = (...parts: string[]): string =>
  pathToFileURL(BUILT ? join(repoRoot, 'dist', ...parts).replace(/\.ts$/, '.js') : join(repoRoot, 'src', ...parts)).href;
const CHILD = `
const { runWorker } = await import(${JSON.stringify(moduleUrl('service', 'workers.ts'))});
const { openStore } = await import(${JSON.stringify(moduleUrl('store', 'index.ts'))});
const store = await openStore(process.argv[2]);
// Halfway through its first batch it says so and stalls (the whole thread, as a busy analysis would), so that
// the parent's SIGKILL lands mid-batch and never between storing a batch and claiming the next.
let paused = false;
await runWorker(store, { threads: 0, batchSize: 20, leaseSeconds: 2, onProgress: (done) => {
  if (paused || done < 10) return;
  paused = true;
  process.stdout.write('mid-batch\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
} });
await store.close();
`;

describe('workers sharing the PostgreSQL analysis queue', { skip: POSTGRES.skip }, () => {
  test('two workers at once: every article analysed exactly once, as one process would', { timeout: 180_000 },
    async () => {
      const file = corpus(90);
      const ref = await reference(file);
      const url = await POSTGRES.location();
      const setup = await POSTGRES.open(url);
      await ingestItems(setup, readPaths([file]), { analyze: false });
      await setup.close();
      const stores = [await POSTGRES.open(url), await POSTGRES.open(url)];
      const stored: number[][] = [[], []];
      const outcomes = await Promise.all(stores.map((s, w) => runWorker(s, { threads: 0, batchSize: 10,
        onBatch: (b) => { if (b.stored) stored[w]!.push(b.id); } })));
      assert.equal(outcomes[0]!.analyzed + outcomes[1]!.analyzed, 90, 'the two workers analysed 90 between them');
      assert.ok(stored[0]!.length > 0 && stored[1]!.length > 0, `both workers took batches: ${JSON.stringify(stored)}`);
      const rows = await queueRows(url);
      const perArticle = new Map<number, number>();
      for (const row of rows) {
        assert.ok(row.done, `batch ${row.id} done`);
        for (const id of row.ids) perArticle.set(id, (perArticle.get(id) ?? 0) + 1);
      }
      assert.equal(perArticle.size, 90);
      assert.ok([...perArticle.values()].every((n) => n === 1), 'each article in exactly one batch');
      assert.deepEqual([...stored[0]!, ...stored[1]!].sort((a, b) => a - b), rows.map((r) => r.id),
        'each batch stored by exactly one worker');
      await assertSameAsReference(stores[0]!, ref);
      for (const s of stores) await s.close();
    });

  test('batches are stored in queue order whichever finishes first, so entities resolve as one process would',
    { timeout: 180_000 }, async () => {
      const file = corpus(60);
      const ref = await reference(file);
      const url = await POSTGRES.location();
      const store = await POSTGRES.open(url);
      await ingestItems(store, readPaths([file]), { analyze: false });
      assert.equal(await enqueuePending(store, 20), 60);
      // The first batch is held by a worker that stalls until its lease runs out: the later batches are
      // analysed first, and must wait for it.
      const stalled = await workQueueOf(store)!.claim('stalled', 3);
      const out = await runWorker(store, { threads: 0, batchSize: 20, leaseSeconds: 2 });
      assert.equal(out.analyzed, 60);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const rows = (await c.query<{ id: string; attempts: number }>(
        'SELECT id, attempts FROM analysis_queue ORDER BY done_at, id')).rows;
      await c.end();
      assert.deepEqual(rows.map((r) => Number(r.id)), [stalled!.id, stalled!.id + 1, stalled!.id + 2],
        'stored in queue order');
      assert.equal(rows[0]!.attempts, 2, 'the stalled batch was redone');
      await assertSameAsReference(store, ref);
      await store.close();
    });

  test('a worker killed with SIGKILL mid-batch: another redoes the batch, nothing lost or doubled',
    { timeout: 180_000 }, async () => {
      const file = corpus(60);
      const ref = await reference(file);
      const url = await POSTGRES.location();
      const store = await POSTGRES.open(url);
      await ingestItems(store, readPaths([file]), { analyze: false });
      const script = join(tempDir('chronicle-worker-child-'), 'worker-child.mjs');
      writeFileSync(script, CHILD);
      const child = spawn(process.execPath, [...(BUILT ? [] : ['--import', 'tsx']), script, url],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
      const midBatch = new Promise<boolean>((r) => {
        child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('mid-batch')) r(true); });
        child.on('exit', () => r(false));
      });
      assert.ok(await midBatch, `the child ended before it reached the middle of a batch: ${stderr}`);
      const victim = (await queueRows(url)).find((r) => r.owner?.includes(`:${child.pid}:`) && !r.done)?.id;
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL', `the child ended before it was killed: ${stderr}`);
      assert.ok(victim !== undefined);
      const before = (await queueRows(url)).find((r) => r.id === victim)!;
      assert.equal(before.done, false, 'the killed worker\'s batch was not stored');
      const out = await runWorker(store, { threads: 0, leaseSeconds: 2 });
      assert.ok(out.analyzed > 0);
      const after = (await queueRows(url)).find((r) => r.id === victim)!;
      assert.ok(after.done && after.attempts >= 2 && !after.owner?.includes(`:${child.pid}:`),
        `the batch was redone by another worker: ${JSON.stringify(after)}`);
      await assertSameAsReference(store, ref);
      await store.close();
    });
});
