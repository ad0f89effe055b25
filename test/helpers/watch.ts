// Shared by the watch tests: `chronicle watch` as a real child process (signals and kill -9 need one), a local
// feed server that records what each request asked, and articles distinct enough never to be near-duplicates.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { repoRoot } from '../../src/util/paths.js';

export const BIN = join(repoRoot, 'bin', 'chronicle.js');
export const NOT_BUILT = existsSync(join(repoRoot, 'dist', 'cli', 'watch.js'))
  ? false : 'dist/ not built with the watch command (npm test builds it; or npm run build)';

export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout+stderr match `pattern`; rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startChronicle(args: string[]): Running {
  const env = { ...process.env };
  delete env.CHRONICLE_DB;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  const poke = (): void => { for (const w of waiters.splice(0)) w(); };
  child.stdout!.on('data', (d: Buffer) => { out += d.toString('utf8'); poke(); });
  child.stderr!.on('data', (d: Buffer) => { err += d.toString('utf8'); poke(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => { poke(); done({ code, signal }); }));
  const waitFor = (pattern: RegExp, ms = 30_000): Promise<void> => new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`timed out waiting for ${pattern}\nstdout: ${out}\nstderr: ${err}`)), ms);
    const check = (): void => {
      if (pattern.test(out + err)) { clearTimeout(timer); done(); return; }
      if (child.exitCode !== null || child.signalCode !== null) {
        clearTimeout(timer);
        fail(new Error(`exited before ${pattern}\nstdout: ${out}\nstderr: ${err}`));
        return;
      }
      waiters.push(check);
    };
    check();
  });
  return { child, stdout: () => out, stderr: () => err, waitFor, exited };
}

/** Runs chronicle to its end. */
export async function runChronicle(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = startChronicle(args);
  const { code } = await r.exited;
  return { code, stdout: r.stdout(), stderr: r.stderr() };
}

const WORDS = ('harbour bridge council engineer girder crack ferry tunnel mayor budget storm flood minister union ' +
  'strike contract tender audit court ruling appeal inquiry report traffic detour repair steel cable tower deck ' +
  'barge crane weather closure reopening commuters protest petition hearing vote delay overrun inspector').split(' ');

/** A dated article whose wording is its own (seeded), so that no two are near-duplicates. */
export function articleText(seed: number, day = 1 + (seed % 28)): string {
  let x = seed * 2654435761 + 12345;
  const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const sentences: string[] = [];
  for (let s = 0; s < 6; s++) {
    const words = Array.from({ length: 10 }, () => WORDS[next() % WORDS.length]!);
    sentences.push(`The ${words.join(' ')} number ${seed * 10 + s}.`);
  }
  return `date 2021-03-${String(day).padStart(2, '0')}\n${sentences.join(' ')}\n`;
}

/** Every stored article's text hash, sorted: what "lost or duplicated nothing" is checked on. */
export async function storedHashes(location: string): Promise<string[]> {
  const store = await openStore(location);
  try {
    const articles = await store.listArticles();
    return articles.map((a) => createHash('sha1').update(a.text).digest('hex')).sort();
  } finally {
    await store.close();
  }
}

export interface SeenRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

/** A local HTTP server; `handle` answers, every request is recorded. */
export async function feedServer(handle: (req: IncomingMessage, res: ServerResponse, n: number) => void):
  Promise<{ url: string; requests: SeenRequest[]; close(): Promise<void> }> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    handle(req, res, requests.length);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

export function rss(items: { title: string; link: string; day: number; seed: number }[]): string {
  const body = items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>` +
    `<pubDate>${new Date(Date.UTC(2021, 2, i.day, 12)).toUTCString()}</pubDate>` +
    `<description>${articleText(i.seed).split('\n')[1]}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>${body}</channel></rss>`;
}
