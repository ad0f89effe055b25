// The store under real processes: two ingests writing one SQLite file at once, and an ingest killed with
// SIGKILL mid-way then run again. Articles are generated at test time; each carries a unique word, so full-text
// search can prove the index holds every one. Stored articles are compared by content hash, not id (PostgreSQL
// ids have gaps after a kill).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { ANALYSIS_VERSION } from '../../src/analyze/index.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { unpackFormCounts } from '../../src/store/sqlite/formCounts.js';
import { ingestItems, readPaths } from '../../src/service/index.js';
import type { Store } from '../../src/store/store.js';
import { repoRoot } from '../../src/util/paths.js';
import { STORE_KINDS } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

const WORDS = ('harbour council bridge budget river station vote school hospital road ferry market court mayor ' +
  'union strike plan tunnel report power water tax farm flood storm police rail port fire park museum library ' +
  'airport festival election border treaty factory mine bank trade price wage drought canal').split(' ');
const NAMES = ['Ann Marren', 'Tom Okafor', 'Lena Brandt', 'Ravi Shah', 'Maria Costa', 'Jon Ek'];

/** Article `n`: varied words (no near-duplicates), a person, a quote and a word found in no other article. */
function article(n: number): { text: string; published: string; title: string } {
  let seed = n * 2654435761 >>> 0;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const words = Array.from({ length: 30 }, () => WORDS[next(WORDS.length)]!);
  const name = NAMES[n % NAMES.length]!;
  const text = `${name} said on Tuesday that the ${words.slice(0, 10).join(' ')} would change. ` +
    `"The ${words.slice(10, 16).join(' ')} matters to us," ${name} said. ` +
    `Officials noted the ${words.slice(16).join(' ')} and the ${uniqueWord(n)} case in March 2021.`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return { text, published: `2021-${String(1 + (n % 12)).padStart(2, '0')}-${day}`, title: `Report ${uniqueWord(n)}` };
}

/** A letters-only word naming article `n` (full-text search splits on digits). */
function uniqueWord(n: number): string {
  let s = '';
  for (let k = n + 26 * 26; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return `zq${s}`;
}

function hashOf(n: number): string {
  return createHash('sha1').update(normalizeText(article(n).text)).digest('hex');
}

/** Writes articles `from`..`to`-1 as JSONL files of 20 records into `dir`. */
function writeArticles(dir: string, from: number, to: number): string {
  mkdirSync(dir, { recursive: true });
  for (let f = from; f < to; f += 20) {
    const lines = [];
    for (let n = f; n < Math.min(to, f + 20); n++) lines.push(JSON.stringify(article(n)));
    writeFileSync(join(dir, `a${String(f).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  return dir;
}

// The children run the compiled code when it is built (npm test builds first): loading the TypeScript loader in
// every child costs more than the ingest itself. Without dist/ they fall back to the sources through tsx.
const BUILT = existsSync(join(repoRoot, 'dist', 'service', 'index.js'));
const moduleUrl = (...parts: string[]): string =>
  pathToFileURL(BUILT ? join(repoRoot, 'dist', ...parts).replace(/\.ts$/, '.js') : join(repoRoot, 'src', ...parts)).href;
const SERVICE = moduleUrl('service', 'index.ts');
const STORE = moduleUrl('store', 'index.ts');

// A child process ingesting like `chronicle --db <db> ingest <dirs>` does (the service call the CLI makes),
// from the TypeScript sources. It loads its modules first, says "ready", and starts when told "go" on stdin,
// so that two children really write at the same time.
const CHILD = `
const { ingestItems, readPaths } = await import(${JSON.stringify(SERVICE)});
const { openStore } = await import(${JSON.stringify(STORE)});
const [db, ...dirs] = process.argv.slice(2);
process.stdout.write('ready\\n');
await new Promise((r) => process.stdin.once('data', r));
process.stdin.pause();
const store = await openStore(db);
try {
  const s = await ingestItems(store, readPaths(dirs), {});
  process.stdout.write(JSON.stringify(s) + '\\n');
} finally {
  await store.close();
}
`;

interface Child {
  proc: ChildProcess;
  ready: Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

let childScript: string | undefined;

function startIngest(db: string, dirs: string[]): Child {
  // A script file, not -e: analysis worker threads inherit the parent's flags, and --input-type breaks them.
  childScript ??= join(tempDir('chronicle-child-'), 'ingest-child.mjs');
  writeFileSync(childScript, CHILD);
  const loader = BUILT ? [] : ['--import', 'tsx'];
  const proc = spawn(process.execPath, [...loader, childScript, db, ...dirs],
    { cwd: repoRoot, env: { ...process.env, CHRONICLE_THREADS: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let onReady: () => void;
  const ready = new Promise<void>((r) => { onReady = r; });
  proc.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.startsWith('ready\n')) onReady();
  });
  proc.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => proc.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { proc, ready, exit };
}

/** Every article of `expected` stored once (by hash, nothing else stored), found by search, and analysed once. */
async function assertComplete(store: Store, expected: number[]): Promise<void> {
  const articles = await store.listArticles();
  const hashes = articles.map((a) => createHash('sha1').update(a.text).digest('hex')).sort();
  assert.deepEqual(hashes, expected.map(hashOf).sort(), 'each article stored exactly once');
  assert.deepEqual(await store.articlesNeedingAnalysis(ANALYSIS_VERSION), [], 'every article analysed');
  const docs = await store.getAnalyses(articles.map((a) => a.id));
  assert.equal(docs.size, articles.length);
  for (const n of expected) {
    const ids = await store.searchIds(uniqueWord(n));
    assert.equal(ids.length, 1, `search finds article ${n} once (${uniqueWord(n)})`);
  }
  // Every article is in a story.
  assert.deepEqual(await store.articlesWithoutStory(1), [], 'every article has a story');
  // Rows of the analysis layers were replaced, never added twice.
  let quotes = 0;
  for (const doc of docs.values()) quotes += doc.quotes.length;
  assert.ok(quotes >= articles.length);
  assert.equal((await store.listQuotes()).length, quotes, 'each analysis\'s quotes stored once');
}

function sqliteChecks(db: string): void {
  const d = new Database(db);
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    // Throws when the full-text index and the articles table disagree.
    d.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    // Each article's counts per written form are one row, so a mention stored twice shows as counts that disagree.
    const total = (sql: string): number => (d.prepare(sql).get() as { n: number | null }).n ?? 0;
    let posted = 0;
    let pairs = 0;
    for (const r of d.prepare('SELECT counts FROM article_aliases').all() as { counts: Uint8Array }[]) {
      for (const [, times] of unpackFormCounts(r.counts)) { posted += times; pairs++; }
    }
    assert.ok(posted > 0);
    assert.equal(total('SELECT count(*) AS n FROM alias_articles'), pairs, 'one posting per counted form');
    assert.equal(total('SELECT sum(mentions) AS n FROM entity_aliases'), posted, 'no mention stored twice');
    assert.equal(total('SELECT sum(mentions) AS n FROM entities'), posted, 'no mention stored twice');
  } finally {
    d.close();
  }
}

for (const kind of STORE_KINDS) {
  // On SQLite both processes also create the file: the schema must be made once, under the write lock.
  const start = kind.name === 'sqlite' ? 'no file yet' : 'an existing store';
  describe(`two ingest processes on one store at once: ${kind.name}`, { skip: kind.skip }, () => {
    test(`both finish; the store holds the union once each, all analysed (${start})`, { timeout: 120_000 }, async () => {
      const root = tempDir('chronicle-two-writers-');
      // Each process reads its own folder and the shared one, in opposite orders: overlapping work at once.
      const only1 = writeArticles(join(root, 'one'), 0, 60);
      const shared = writeArticles(join(root, 'shared'), 60, 120);
      const only2 = writeArticles(join(root, 'two'), 120, 180);
      const location = await kind.location();
      if (kind.name !== 'sqlite') await (await kind.open(location)).close();
      const a = startIngest(location, [only1, shared]);
      const b = startIngest(location, [shared, only2]);
      await Promise.all([a.ready, b.ready]);
      a.proc.stdin!.end('go\n');
      b.proc.stdin!.end('go\n');
      const [ra, rb] = await Promise.all([a.exit, b.exit]);
      assert.equal(ra.code, 0, `first process failed: ${ra.stderr}`);
      assert.equal(rb.code, 0, `second process failed: ${rb.stderr}`);
      const store = await kind.open(location);
      await assertComplete(store, Array.from({ length: 180 }, (_, i) => i));
      await store.close();
      if (kind.name === 'sqlite') sqliteChecks(location);
    });
  });
}

for (const kind of STORE_KINDS) {
  describe(`ingest killed with SIGKILL, then run again: ${kind.name}`, { skip: kind.skip }, () => {
    test('every article stored once, index consistent, analyses complete', { timeout: 120_000 }, async () => {
      const dir = writeArticles(join(tempDir('chronicle-kill-'), 'in'), 0, 250);
      const location = await kind.location();
      const watcher = await kind.open(location);
      const child = startIngest(location, [dir]);
      await child.ready;
      child.proc.stdin!.end('go\n');
      // Kill once some batches are committed and before the run ends: mid-ingest or mid-analysis.
      for (let i = 0; i < 600 && child.proc.exitCode === null; i++) {
        if (await watcher.countArticles() > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      child.proc.kill('SIGKILL');
      const first = await child.exit;
      assert.equal(first.signal, 'SIGKILL', `the run ended (exit code ${first.code}) before it was killed: ${first.stdout}${first.stderr}`);
      await watcher.close();

      // The second run in this process: the same service call, without paying for another start.
      const store = await kind.open(location);
      await ingestItems(store, readPaths([dir]));
      await assertComplete(store, Array.from({ length: 250 }, (_, i) => i));
      await store.close();
      if (kind.name === 'sqlite') sqliteChecks(location);
    });
  });
}
