// The retry around SQLite's write lock: busy errors are retried until a deadline, then named; others are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBusy, retryBusy, retryBusySync } from '../../../src/store/sqlite/locking.js';

function sqliteError(code: string): Error {
  return Object.assign(new Error('database is locked'), { code });
}

test('isBusy: every SQLITE_BUSY code, nothing else', () => {
  assert.ok(isBusy(sqliteError('SQLITE_BUSY')));
  assert.ok(isBusy(sqliteError('SQLITE_BUSY_SNAPSHOT')));
  assert.ok(!isBusy(sqliteError('SQLITE_CONSTRAINT_UNIQUE')));
  assert.ok(!isBusy(new Error('x')));
  assert.ok(!isBusy(undefined));
});

test('retryBusy: a busy lock is tried again until it is free', async () => {
  let attempts = 0;
  const result = await retryBusy(() => {
    if (++attempts < 3) throw sqliteError('SQLITE_BUSY');
    return 'written';
  }, 'x.db');
  assert.equal(result, 'written');
  assert.equal(attempts, 3);
});

test('retryBusy: other errors are not retried', async () => {
  let attempts = 0;
  await assert.rejects(retryBusy(() => {
    attempts++;
    throw sqliteError('SQLITE_CONSTRAINT_UNIQUE');
  }, 'x.db'), /database is locked/);
  assert.equal(attempts, 1);
});

test('retryBusy: past the deadline the error names the file and the wait', async () => {
  const started = Date.now();
  await assert.rejects(retryBusy(() => { throw sqliteError('SQLITE_BUSY'); }, '/data/news.db', 100),
    /^Error: database \/data\/news.db is busy: another process has held its write lock for over 0.1 s/);
  assert.ok(Date.now() - started < 2000);
});

test('retryBusySync: the constructor\'s retry waits out a busy file, stops at its deadline, passes other errors', () => {
  let attempts = 0;
  assert.equal(retryBusySync(() => {
    if (++attempts < 3) throw sqliteError('SQLITE_BUSY');
    return 'open';
  }, 'x.db'), 'open');
  assert.equal(attempts, 3);
  assert.throws(() => retryBusySync(() => { throw sqliteError('SQLITE_CORRUPT'); }, 'x.db'), /database is locked/);
  const started = Date.now();
  assert.throws(() => retryBusySync(() => { throw sqliteError('SQLITE_BUSY'); }, 'x.db', 150),
    /database x\.db is busy: another process has held its lock for over 0\.15 s/);
  assert.ok(Date.now() - started < 2000);
});
