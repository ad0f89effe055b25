// `chronicle watch` as a user runs it: a real process on a temporary folder or a feed served by a local
// HTTP server (no network), stopped by signals or killed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDbPath } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';
import { articleText, feedServer, NOT_BUILT, rss, runChronicle, startChronicle, storedHashes } from '../helpers/watch.js';

const skip = NOT_BUILT;

test('a file dropped in the watched folder is ingested within one poll interval', { skip }, async () => {
  const dir = tempDir('chronicle-watch-');
  const db = tempDbPath();
  const w = startChronicle(['--db', db, 'watch', dir, '--interval', '1500ms', '--no-analyze']);
  try {
    await w.waitFor(/watching .* every 1\.5 s/);
    const dropped = Date.now();
    writeFileSync(join(dir, 'bridge.txt'), articleText(1));
    await w.waitFor(/1 file read: 1 new, 0 duplicate/, 10_000);
    // One interval, plus the second that lets a file still being written settle, plus slack for a busy machine.
    assert.ok(Date.now() - dropped < 1500 + 1000 + 1500, `took ${Date.now() - dropped} ms`);
  } finally {
    w.child.kill('SIGTERM');
  }
  assert.deepEqual((await w.exited).code, 0);
  assert.equal((await storedHashes(db)).length, 1);
});

test('a feed by URL is polled with a conditional GET; a 304 adds nothing; new items are new, old ones already stored', { skip }, async () => {
  let version = 1;
  const items = [{ title: 'Crack found', link: 'https://example.org/a', day: 1, seed: 11 },
    { title: 'Bridge shut', link: 'https://example.org/b', day: 2, seed: 12 }];
  const server = await feedServer((req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const shown = version === 1 ? items : [{ title: 'Repairs begin', link: 'https://example.org/c', day: 3, seed: 13 }, ...items];
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Wed, 03 Mar 2021 12:00:00 GMT' });
    res.end(rss(shown));
  });
  const db = tempDbPath();
  const feed = `${server.url}/feed.xml`;
  try {
    const first = await runChronicle(['--db', db, 'watch', feed, '--once', '--no-analyze']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /feed read: 2 new, 0 duplicate, 0 near-duplicate, 0 already stored, 0 rejected/);

    const second = await runChronicle(['--db', db, 'watch', feed, '--once', '--no-analyze']);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(server.requests[1]!.headers['if-none-match'], '"v1"');
    assert.equal(server.requests[1]!.headers['if-modified-since'], 'Wed, 03 Mar 2021 12:00:00 GMT');
    assert.match(second.stdout, /nothing new or changed/);
    assert.equal((await storedHashes(db)).length, 2);

    version = 2;
    const third = await runChronicle(['--db', db, 'watch', feed, '--once', '--no-analyze']);
    // Items are known by their link: the two seen before moved down one place and are still "already stored".
    assert.match(third.stdout, /feed read: 1 new, 0 duplicate, 0 near-duplicate, 2 already stored, 0 rejected/);
    assert.equal((await storedHashes(db)).length, 3);
  } finally {
    await server.close();
  }
});

test('a failing feed is retried with growing pauses, named in the log, and recovers', { skip }, async () => {
  const failUntil = { at: 0 };
  const server = await feedServer((_req, res) => {
    failUntil.at ||= Date.now() + 2500;
    if (Date.now() < failUntil.at) {
      res.writeHead(500, 'Server Error');
      res.end('down');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss([{ title: 'Back', link: 'https://example.org/back', day: 4, seed: 21 }]));
  });
  const feed = `${server.url}/feed.xml`;
  const w = startChronicle(['--db', tempDbPath(), 'watch', feed, '--interval', '100ms', '--no-analyze']);
  try {
    await w.waitFor(/feed read: 1 new/, 20_000);
    assert.match(w.stderr(), new RegExp(`feed ${feed} failed: HTTP 500 Server Error; 1 failure in a row, next attempt in 0\\.2 s`));
    assert.match(w.stderr(), new RegExp(`feed ${feed} recovered after \\d+ failures`));
    // Every 100 ms would be about 25 requests in the 2.5 s of errors; doubling pauses make it about 4.
    const failed = server.requests.length - 1;
    assert.ok(failed >= 2 && failed <= 6, `${failed} requests while the feed failed`);
  } finally {
    w.child.kill('SIGTERM');
    await server.close();
  }
  assert.equal((await w.exited).code, 0);
});

test('a feed that never answers or answers without end is cut off by the timeout and the size limit', { skip }, async () => {
  const server = await feedServer((req, res) => {
    if (req.url === '/silent') return;
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const block = Buffer.alloc(64 * 1024, 'x');
    const pump = (): void => {
      while (!res.destroyed && res.write(block)) { /* until the socket pushes back */ }
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
  try {
    const started = Date.now();
    const r = await runChronicle(['--db', tempDbPath(), 'watch', `${server.url}/silent`, `${server.url}/endless`,
      '--once', '--timeout', '800ms', '--max-file-size', '1MB', '--no-analyze']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /feed http:\/\/127\.0\.0\.1:\d+\/silent failed: no complete answer within 0\.8 s/);
    assert.match(r.stderr, /feed http:\/\/127\.0\.0\.1:\d+\/endless failed: answer larger than the 1 MB limit/);
    assert.ok(Date.now() - started < 20_000);
  } finally {
    await server.close();
  }
});

function dropFolder(count: number): string {
  const dir = tempDir('chronicle-watch-');
  mkdirSync(join(dir, 'wire'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'wire', `story-${String(i).padStart(3, '0')}.txt`), articleText(100 + i));
  return dir;
}

test('SIGTERM mid-run finishes the batch in flight and exits 0', { skip }, async () => {
  const dir = dropFolder(200);
  const db = tempDbPath();
  // Batches of 50 take long enough (analysis included) for the signal to land in the second one.
  const w = startChronicle(['--db', db, 'watch', dir, '--batch', '50', '--interval', '60s']);
  await w.waitFor(/50 files read: 50 new/);
  w.child.kill('SIGTERM');
  const { code } = await w.exited;
  assert.equal(code, 0, w.stderr());
  assert.match(w.stderr(), /SIGTERM: stopping after the batch in flight/);
  // Files written a moment ago may settle over several passes, so batches can be smaller than 50: each reported
  // batch counts with its own size.
  const reported = [...w.stdout().matchAll(/(\d+) files? read: (\d+) new, 0 duplicate, 0 near-duplicate, 0 already stored, 0 rejected; (\d+) analysed/g)]
    .map((m) => { assert.equal(m[2], m[3], 'each batch is analysed whole'); return Number(m[2]); });
  const total = reported.reduce((a, b) => a + b, 0);
  assert.ok(total < 200, `stopped before the end (${total} reported)`);
  assert.equal((await storedHashes(db)).length, total, 'every batch reported is stored whole');
});

for (const kind of ['sqlite', 'postgres'] as const) {
  const pgSkip = kind === 'postgres' && !process.env.CHRONICLE_TEST_PG
    ? 'CHRONICLE_TEST_PG is not set (start a server with scripts/start-test-postgres.sh)' : false;
  test(`kill -9 mid-batch, then a restart, loses and duplicates nothing (${kind})`, { skip: skip || pgSkip }, async () => {
    const { STORE_KINDS } = await import('../helpers/stores.js');
    const store = STORE_KINDS.find((k) => k.name === kind)!;
    const dir = dropFolder(200);
    const db = await store.location();
    const w = startChronicle(['--db', db, 'watch', dir, '--batch', '50', '--interval', '60s']);
    await w.waitFor(/50 files read: 50 new/);
    w.child.kill('SIGKILL');
    await w.exited;
    const killedWith = (await storedHashes(db)).length;
    assert.ok(killedWith >= 50 && killedWith < 200, `${killedWith} stored when killed`);
    const restart = await runChronicle(['--db', db, 'watch', dir, '--once', '--batch', '10']);
    assert.equal(restart.code, 0, restart.stderr);
    // What the killed run had stored is "already stored" now; what it had not reached is new.
    assert.match(restart.stdout, /already stored/);
    const oneShot = await store.location();
    const ingest = await runChronicle(['--db', oneShot, 'ingest', '--no-analyze', dir]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const expected = await storedHashes(oneShot);
    assert.equal(expected.length, 200);
    assert.deepEqual(await storedHashes(db), expected);
  });
}
