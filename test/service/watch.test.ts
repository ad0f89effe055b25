// The watch loop in-process: which files a pass reads, the state it keeps in the store, the batch hook, and
// feed files whose items move as new ones arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ServiceError } from '../../src/service/errors.js';
import { type BatchReport, watchSources } from '../../src/service/watch.js';
import { readyFiles, type ListedFile } from '../../src/service/watch/files.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { tempDbPath } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';
import { articleText, feedServer, rss } from '../helpers/watch.js';

test('readyFiles: a file modified within the settle time waits, unless two listings saw it the same', () => {
  const now = 100_000;
  const fresh: ListedFile = { path: 'a.txt', signature: '10:99900:1', mtimeMs: 99_900 };
  const old: ListedFile = { path: 'b.txt', signature: '10:50000:2', mtimeMs: 50_000 };
  const known: ListedFile = { path: 'c.txt', signature: '10:40000:3', mtimeMs: 40_000 };
  const recorded = { 'c.txt': '10:40000:3' };
  assert.deepEqual(readyFiles([fresh, old, known], recorded, new Map(), now, 1000), { ready: [old], waiting: 1 });
  assert.deepEqual(readyFiles([fresh], {}, new Map([['a.txt', fresh.signature]]), now, 1000), { ready: [fresh], waiting: 0 });
  // Rewritten since its batch: read again (the dedupe decides whether its text changed).
  const rewritten = { ...known, signature: '12:40000:3' };
  assert.deepEqual(readyFiles([rewritten], recorded, new Map(), now, 1000).ready, [rewritten]);
});

const settled = (path: string): void => utimesSync(path, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));

test('a pass reads new and changed files only, records them in the store, and calls the hook on start and after a storing batch', async () => {
  const dir = tempDir('chronicle-watch-');
  const store = new SqliteStore(tempDbPath());
  try {
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(dir, name), articleText(name.charCodeAt(0)));
    for (const name of ['a.txt', 'b.txt']) settled(join(dir, name));
    const reports: BatchReport[] = [];
    let hooks = 0;
    const once = () => watchSources(store, [dir], {
      intervalMs: 1000, once: true, analyze: false, onReport: (r) => reports.push(r),
      onBatch: async () => { hooks++; },
    });
    assert.equal((await once()).batches, 1);
    assert.equal(reports[0]!.read, '2 files');
    assert.equal(reports[0]!.outcome.new, 2);
    assert.equal(hooks, 2, 'once on start, once after the batch');
    const state = JSON.parse((await store.loadState(`watch:${resolve(dir)}`))!) as { files: Record<string, string> };
    assert.deepEqual(Object.keys(state.files).sort(), [join(dir, 'a.txt'), join(dir, 'b.txt')]);

    assert.equal((await once()).batches, 0, 'nothing changed: nothing read');
    writeFileSync(join(dir, 'b.txt'), articleText(500));
    settled(join(dir, 'b.txt'));
    assert.equal((await once()).batches, 1);
    assert.equal(reports.at(-1)!.read, '1 file');
    assert.equal(reports.at(-1)!.outcome.new, 1);

    // A crash after the batch was committed but before its state was saved: the files are read again and
    // found already stored.
    await store.saveState(`watch:${resolve(dir)}`, JSON.stringify({ files: {} }));
    assert.equal((await once()).batches, 1);
    assert.equal(reports.at(-1)!.outcome.unchanged, 2);
    assert.equal(reports.at(-1)!.outcome.new, 0);
    assert.equal(await store.countArticles(), 3);
  } finally {
    await store.close();
  }
});

test('a watched feed file keeps its items by link: a new item on top is new, the others already stored', async () => {
  const dir = tempDir('chronicle-watch-');
  const file = join(dir, 'feed.xml');
  const store = new SqliteStore(tempDbPath());
  try {
    const items = [{ title: 'A', link: 'https://example.org/a', day: 1, seed: 1 }, { title: 'B', link: 'https://example.org/b', day: 2, seed: 2 }];
    writeFileSync(file, rss(items));
    settled(file);
    const reports: BatchReport[] = [];
    const once = () => watchSources(store, [file], { intervalMs: 1000, once: true, analyze: false, onReport: (r) => reports.push(r) });
    await once();
    writeFileSync(file, rss([{ title: 'C', link: 'https://example.org/c', day: 3, seed: 3 }, ...items]));
    settled(file);
    await once();
    const last = reports.at(-1)!.outcome;
    assert.deepEqual([last.new, last.duplicate, last.unchanged], [1, 0, 2]);
    const origins = (await store.listArticles()).flatMap((a) => a.origins).sort();
    assert.deepEqual(origins, [`${file}#https://example.org/a`, `${file}#https://example.org/b`, `${file}#https://example.org/c`]);
  } finally {
    await store.close();
  }
});

test('a source that is neither a path nor an http(s) URL is refused before anything is read', async () => {
  const store = new SqliteStore(tempDbPath());
  try {
    await assert.rejects(watchSources(store, ['ftp://example.org/feed.xml'], { intervalMs: 1000, once: true }),
      (err: unknown) => err instanceof ServiceError && /not an http or https URL/.test(err.message));
    await assert.rejects(watchSources(store, ['/no/such/folder'], { intervalMs: 1000, once: true }),
      (err: unknown) => err instanceof ServiceError && /no such file or folder/.test(err.message));
  } finally {
    await store.close();
  }
});

test('a feed served without ETag or Last-Modified: the same bytes again add no batch, changed bytes do', async () => {
  let items = [{ title: 'A', link: 'https://example.org/a', day: 1, seed: 31 }];
  const server = await feedServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss(items));
  });
  const store = new SqliteStore(tempDbPath());
  try {
    const once = () => watchSources(store, [`${server.url}/feed`], { intervalMs: 1000, once: true, analyze: false });
    assert.equal((await once()).batches, 1);
    assert.equal((await once()).batches, 0);
    assert.equal(server.requests[1]!.headers['if-none-match'], undefined);
    items = [{ title: 'B', link: 'https://example.org/b', day: 2, seed: 32 }, ...items];
    assert.equal((await once()).batches, 1);
    assert.equal(await store.countArticles(), 2);
  } finally {
    await store.close();
    await server.close();
  }
});
