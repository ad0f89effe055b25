// PostgreSQL ingest with one or more worker processes (issue 14): `chronicle ingest --no-analyze` stores a
// corpus in a fresh database, then N `chronicle worker` processes analyse it, resolve entities and assign stories
// together. For each phase it prints the clients' CPU (user + sys of every process, analysis threads included),
// the server's CPU (the postgres processes' user + sys, read from /proc: the server must run on this machine,
// and should serve nobody else meanwhile), wall time and the load average, per article too. With
// pg_stat_statements preloaded on the server it also lists the statements that took the server longest.
// The machine is shared: compare CPU; wall time is only meaningful next to the load average.
//
// Run:   node --import tsx bench/pgWorkers.ts --pg postgres://postgres@127.0.0.1:54339/postgres
//          [--corpus FILE.jsonl] [--articles 2000] [--workers 1] [--threads 1] [--bin bin/chronicle.js] [--keep]
// e.g. one worker against two, same corpus: `--workers 1` then `--workers 2` (threads per worker stay 1, so two
// workers use two cores). `--bin /work/main/bin/chronicle.js` measures another engine.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const serverUrl = flag('--pg') ?? process.env.CHRONICLE_TEST_PG;
if (!serverUrl) {
  console.error('bench/pgWorkers: name a PostgreSQL server with --pg URL (or CHRONICLE_TEST_PG)');
  process.exit(2);
}
const corpus = resolve(flag('--corpus') ?? '/tmp/chronicle-scale/corpus-10000-seed1.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench/pgWorkers: no corpus at ${corpus} (write one with bench/scaleCorpus.ts writeCorpus)`);
  process.exit(2);
}
const size = Number(flag('--articles') ?? 2000);
const workers = Number(flag('--workers') ?? 1);
const threads = Number(flag('--threads') ?? 1);
const bin = resolve(flag('--bin') ?? join(import.meta.dirname, '..', 'bin', 'chronicle.js'));
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

/** The first `n` lines of the corpus, in a file of their own. */
async function firstLines(file: string, n: number, out: string): Promise<number> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  writeFileSync(out, `${lines.join('\n')}\n`);
  return lines.length;
}

/** utime, stime, cutime, cstime and parent of a process, in clock ticks; undefined once it is gone. */
function procStat(pid: number): { ppid: number; own: number; children: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // fields from the state on: state ppid … utime(11) stime(12) cutime(13) cstime(14)
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds the server has used so far: the postmaster's own and its reaped children's (backends that ended),
 * plus the live children's. A backend that ends between two readings moves from one term to the other.
 */
function serverCpu(postmaster: number): number {
  const root = procStat(postmaster);
  if (!root) throw new Error(`the PostgreSQL server (pid ${postmaster}) is not a process on this machine`);
  let ticks = root.own + root.children;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = procStat(Number(name));
    if (p?.ppid === postmaster) ticks += p.own;
  }
  return ticks / CLK_TCK;
}

interface Timed { cpu: number; wall: number; stdout: string; stderr: string; code: number }

/** Runs `node argv…` under /usr/bin/time: CPU seconds (user + sys, its threads included) and wall time. */
function timed(argv: string[]): Promise<Timed> {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S %e', process.execPath, ...argv]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    child.on('error', fail);
    child.on('close', (code) => {
      const m = stderr.match(/TIME ([\d.]+) ([\d.]+) ([\d.]+)\s*$/);
      if (!m) return fail(new Error(`no timing from ${argv.join(' ')}: ${stderr.slice(-500)}`));
      done({ cpu: Number(m[1]) + Number(m[2]), wall: Number(m[3]), stdout, stderr, code: code ?? -1 });
    });
  });
}

interface Phase { clientCpu: number; serverCpu: number; wall: number; load: number[] }

async function phase(postmaster: number, runs: () => Promise<Timed[]>): Promise<Phase> {
  const server0 = serverCpu(postmaster);
  const t0 = process.hrtime.bigint();
  const done = await runs();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const r of done) {
    if (r.code !== 0) throw new Error(`a process failed (${r.code}): ${r.stderr.slice(-800)}`);
  }
  return { clientCpu: done.reduce((s, r) => s + r.cpu, 0), serverCpu: serverCpu(postmaster) - server0, wall,
    load: loadavg().map((x) => Number(x.toFixed(2))) };
}

const work = mkdtempSync(join(tmpdir(), 'chronicle-pgworkers-'));
const file = join(work, 'corpus.jsonl');
const articles = await firstLines(corpus, size, file);
const dbName = `chronicle_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const backend = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
const postmaster = procStat(backend)?.ppid;
if (postmaster === undefined) {
  console.error('bench/pgWorkers: the server does not run on this machine (its backend is not in /proc)');
  process.exit(2);
}
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const db = url.toString();
const bench = new pg.Client({ connectionString: db });
await bench.connect();
const statements = await bench.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(() => true, () => false);

/** The statements that took the server longest since the last reset (undefined without pg_stat_statements). */
async function topStatements(): Promise<{ query: string; calls: string; ms: number; rows: string }[] | undefined> {
  if (!statements) return undefined;
  return (await bench.query<{ query: string; calls: string; ms: number; rows: string }>(`SELECT
      left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls, round(total_exec_time)::float AS ms, rows
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY total_exec_time DESC LIMIT 8`)).rows;
}

try {
  if (statements) await bench.query('SELECT pg_stat_statements_reset()');
  const load0 = loadavg().map((x) => Number(x.toFixed(2)));
  const ingest = await phase(postmaster, async () => [await timed([bin, '--db', db, 'ingest', file, '--no-analyze',
    '--json', '--allow-rejects'])]);
  const ingestTop = await topStatements();
  if (statements) await bench.query('SELECT pg_stat_statements_reset()');
  const analyse = await phase(postmaster, () => Promise.all(Array.from({ length: workers }, () =>
    timed([bin, '--db', db, 'worker', '--threads', String(threads)]))));
  const counts = (await bench.query<Record<string, string>>(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM analyses) AS analysed,
      (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM entities) AS entities,
      (SELECT count(*) FROM quotes) AS quotes, (SELECT count(DISTINCT story_id) FROM article_stories) AS stories,
      pg_database_size(current_database()) AS bytes`)).rows[0]!;
  const analyseTop = await topStatements();
  const per = (p: Phase) => ({ ...p, clientMsPerArticle: (p.clientCpu / articles) * 1000,
    serverMsPerArticle: (p.serverCpu / articles) * 1000, articlesPerWallSecond: articles / p.wall });
  console.log(JSON.stringify({ bin, articles, workers, threads, loadBefore: load0, ingest: per(ingest),
    analyse: per(analyse), counts, topStatements: { ingest: ingestTop, analyse: analyseTop } }, (_, v) => typeof v === 'number' ? Number(v.toFixed(3)) : v, 2));
} finally {
  await bench.end();
  if (!args.includes('--keep')) await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  else console.error(`bench/pgWorkers: kept database ${db}`);
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
