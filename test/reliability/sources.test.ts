// Reproductions of the reading holes of the reliability audit (issue 11): each batch mixes one bad input from
// scripts/make-bad-inputs.ts with good files, and must end within seconds, reject the bad input with a clear
// message, and store every good record.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import {
  badFieldsJsonl, controlCharNames, crOnlyFiles, csvUnclosedQuote, deepHtml, devZeroLink, fifo, goodRecord, gzipBomb,
  longLineJsonl, SMALL, symlinkLoops, utf16Files, writeGoodFiles,
} from '../../scripts/make-bad-inputs.js';
import { ingestItems } from '../../src/service/index.js';
import { readSources, readStream, type ReadOptions } from '../../src/sources/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Rejection, SourceItem } from '../../src/types.js';
import { cli } from '../helpers/cli.js';
import { tempDbPath } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

interface Batch {
  stored: number;
  rejections: Rejection[];
  seconds: number;
}

/** Ingests `items` into a new SQLite store, as `chronicle ingest --no-analyze` does. */
async function ingestBatch(items: AsyncIterable<SourceItem>): Promise<Batch> {
  const store = new SqliteStore(tempDbPath());
  const rejections: Rejection[] = [];
  const started = Date.now();
  try {
    const summary = await ingestItems(store, items, { analyze: false, onRejection: (r) => rejections.push(r) });
    return { stored: summary.new, rejections, seconds: (Date.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

const ingestPaths = (paths: string[], opts: ReadOptions = {}): Promise<Batch> => ingestBatch(readSources(paths, opts));

function assertQuick(batch: Batch, limit = 5): void {
  assert.ok(batch.seconds < limit, `took ${batch.seconds} s (limit ${limit} s)`);
}

const dir = (): string => tempDir('chronicle-reliability-');

describe('the folder walk', () => {
  test('links back into the tree are skipped with one message each; every real file is read once', async () => {
    const root = symlinkLoops(dir());
    const batch = await ingestPaths([root]);
    assertQuick(batch);
    assert.equal(batch.stored, 2);
    assert.equal(batch.rejections.length, 2, JSON.stringify(batch.rejections.slice(0, 5)));
    for (const r of batch.rejections) {
      assert.match(r.origin, /sub\/up-[ab]$/);
      assert.match(r.reason, /link back to the folder .*loops.* skipped/);
    }
  });

  test('the same file reached twice through a link is read once', async () => {
    const d = dir();
    const [good] = writeGoodFiles(d, 1);
    const batch = await ingestPaths([good!, good!]);
    assert.equal(batch.stored, 1);
    assert.equal(batch.rejections.length, 1);
    assert.match(batch.rejections[0]!.reason, /same file as .*already read/);
  });

  test('a FIFO and a link to /dev/zero are rejected as not regular files, without reading them', async () => {
    const d = dir();
    fifo(d);
    devZeroLink(d);
    writeGoodFiles(d, 3);
    const batch = await ingestPaths([d]);
    assertQuick(batch);
    assert.equal(batch.stored, 3);
    const reasons = batch.rejections.map((r) => `${r.origin.slice(d.length + 1)}: ${r.reason}`).sort();
    assert.deepEqual(reasons, [
      'pipe-2020-01-01.txt: not a regular file (FIFO)',
      'zero-2020-01-01.txt: not a regular file (character device)',
    ]);
  });

  test('a file over the size limit is rejected naming the limit; the limit is an option', async () => {
    const d = dir();
    writeGoodFiles(d, 2);
    const limited = await ingestPaths([d], { maxFileSize: 40 });
    assert.equal(limited.stored, 0);
    assert.equal(limited.rejections.length, 2);
    assert.match(limited.rejections[0]!.reason, /larger than the 40 B limit/);
    assert.equal((await ingestPaths([d])).stored, 2);
  });

  test('a JSONL file over the size limit is still read: it is streamed line by line, each line within its limit', async () => {
    const d = dir();
    const path = join(d, 'archive.jsonl');
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ date: '2021-03-0' + (1 + (i % 9)),
      text: `Harbour council report number ${i} says the ferry ${'and the bridge '.repeat(i % 5)}will change.` }));
    writeFileSync(path, `${lines.join('\n')}\n`);
    const batch = await ingestPaths([path], { maxFileSize: 1024 });
    assert.deepEqual(batch.rejections, []);
    assert.equal(batch.stored, 30);
    const textFile = join(d, 'big-2021-03-01.txt');
    writeFileSync(textFile, 'The ferry will change. '.repeat(100));
    const whole = await ingestPaths([textFile], { maxFileSize: 1024 });
    assert.match(whole.rejections[0]!.reason, /larger than the 1 KB limit/);
  });

  test('--max-file-size on ingest and timeline', async () => {
    const d = dir();
    writeGoodFiles(d, 2);
    const db = tempDbPath();
    const ingest = await cli(['--db', db, 'ingest', '--no-analyze', '--max-file-size', '1KB', d]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const small = await cli(['--db', tempDbPath(), 'ingest', '--no-analyze', '--max-file-size', '40', d]);
    assert.equal(small.status, 2);
    assert.match(small.stderr, /larger than the 40 B limit/);
    const timeline = await cli(['--db', tempDbPath(), 'timeline', '--max-file-size', '40', d]);
    assert.match(timeline.stderr, /larger than the 40 B limit/);
    const bad = await cli(['--db', tempDbPath(), 'ingest', '--max-file-size', 'lots', d]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--max-file-size/);
  });
});

describe('deeply nested HTML', () => {
  test(`${SMALL.nesting.toLocaleString('en')} levels end in seconds and the article is still read`, async () => {
    const d = dir();
    deepHtml(d, SMALL.nesting);
    writeGoodFiles(d, 2);
    const batch = await ingestPaths([d]);
    assertQuick(batch, 10);
    assert.deepEqual(batch.rejections, []);
    assert.equal(batch.stored, 3);
  });
});

describe('line length and decompression caps', () => {
  test('a line over the cap is rejected naming file:line; the next line is read', async () => {
    const path = longLineJsonl(dir(), SMALL.longLine);
    const batch = await ingestPaths([path]);
    assertQuick(batch);
    assert.equal(batch.stored, 2);
    assert.equal(batch.rejections.length, 1);
    assert.equal(batch.rejections[0]!.origin, `${path}:2`);
    assert.match(batch.rejections[0]!.reason, /line longer than the 16 MB limit/);
  });

  test('the same cap applies to in-memory text (standard input)', async () => {
    const line = `{"date": "2020-01-01", "text": "${'b'.repeat(300)}"}`;
    const input = `${goodRecord(1)}\n${line}\n${goodRecord(2)}\n`;
    const batch = await ingestBatch(readStream(Readable.from([input]), '-', { maxLineLength: 250 }));
    assert.equal(batch.stored, 2);
    assert.equal(batch.rejections[0]!.origin, '-:2');
    assert.match(batch.rejections[0]!.reason, /line longer than the 250 B limit/);
  });

  test('a small .gz that expands without end is stopped and rejected; records before it are kept', async () => {
    const d = dir();
    const path = await gzipBomb(d, SMALL.gzipBomb);
    writeGoodFiles(d, 2);
    const batch = await ingestPaths([d]);
    assertQuick(batch);
    assert.equal(batch.stored, 3);
    assert.equal(batch.rejections.length, 1);
    assert.equal(batch.rejections[0]!.origin.startsWith(path), true);
    assert.match(batch.rejections[0]!.reason, /compression ratio|line longer than/);
  });

  test('the decompressed size cap holds even when lines are short', async () => {
    const batch = await ingestPaths([await gzipBomb(dir(), 64 * 1024)], { maxFileSize: 32 * 1024 });
    assert.equal(batch.stored, 1);
    assert.match(batch.rejections[0]!.reason, /decompresses to more than the 32 KB limit/);
  });
});

describe('record-level fixes', () => {
  test('an unclosed CSV quote costs its own row only', async () => {
    const path = csvUnclosedQuote(dir());
    const batch = await ingestPaths([path]);
    assert.equal(batch.stored, 3);
    assert.equal(batch.rejections.length, 1);
    assert.equal(batch.rejections[0]!.origin, `${path}:3`);
    assert.match(batch.rejections[0]!.reason, /quote opened here is never closed/);
  });

  test('CR-only line endings are lines', async () => {
    const batch = await ingestPaths(crOnlyFiles(dir()));
    assert.deepEqual(batch.rejections, []);
    assert.equal(batch.stored, 4);
  });

  test('UTF-16 files with a byte order mark are decoded', async () => {
    const batch = await ingestPaths(utf16Files(dir()));
    assert.deepEqual(batch.rejections, []);
    assert.equal(batch.stored, 3);
  });

  test('years outside the window and non-string fields are rejections naming record and field', async () => {
    const path = badFieldsJsonl(dir());
    const batch = await ingestPaths([path]);
    assert.equal(batch.stored, 2);
    const got = batch.rejections.map((r) => `${r.origin.slice(path.length)} ${r.reason}`);
    assert.equal(got.length, 4, got.join('\n'));
    assert.match(got[0]!, /^:2 field "date" = "1750-01-01": the year 1750 is outside the accepted 1800–2200 window/);
    assert.match(got[1]!, /^:3 field "text" is a number, not text/);
    assert.match(got[2]!, /^:4 field "title" is an object, not text/);
    assert.match(got[3]!, /^:5 field "date" is a boolean, not a date/);
  });
});

describe('names with control characters', () => {
  test('origins show control characters escaped, so a name cannot forge a line or reach the terminal', async () => {
    const d = dir();
    controlCharNames(d);
    writeGoodFiles(d, 1);
    const run = await cli(['--db', tempDbPath(), 'ingest', '--no-analyze', d]);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('rejected '));
    assert.equal(lines.length, 2, run.stderr);
    assert.ok(!run.stderr.includes('\u001b'), 'an escape character reached the terminal');
    assert.ok(lines.some((l) => l.includes(join(d, 'forged\\nrejected fake.txt: all good.txt'))), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes('\\u001b[31mred\\u001b[0m.txt')), lines.join('\n'));
  });
});
