// Safe file access: only regular files, within the size limit, never blocking on a FIFO.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegular } from '../../src/sources/files.js';
import { tempDir } from '../helpers/tmp.js';

test('a regular file is read whole; one over the limit is refused naming the limit', () => {
  const path = join(tempDir('chronicle-files-'), 'a.txt');
  writeFileSync(path, 'x'.repeat(2048));
  const bytes = readRegular(path, {});
  assert.ok(bytes instanceof Uint8Array && bytes.length === 2048);
  assert.deepEqual(readRegular(path, { maxFileSize: 1024 }), { reason: 'larger than the 1 KB limit (raise it with --max-file-size)' });
});

test('a FIFO, a device and a folder are refused without blocking', () => {
  const dir = tempDir('chronicle-files-');
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  assert.deepEqual(readRegular(join(dir, 'pipe'), {}), { reason: 'not a regular file (FIFO)' });
  assert.deepEqual(readRegular('/dev/zero', {}), { reason: 'not a regular file (character device)' });
  assert.deepEqual(readRegular(dir, {}), { reason: 'not a regular file (a folder)' });
});

test('a regular file that reports no size (/proc) is still read, within the limit', { skip: process.platform !== 'linux' }, () => {
  const bytes = readRegular('/proc/self/status', {});
  assert.ok(bytes instanceof Uint8Array && bytes.length > 0);
  assert.ok('reason' in (readRegular('/proc/self/status', { maxFileSize: 16 }) as object));
});
