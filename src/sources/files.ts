// Opening files safely. Only regular files are read: the check is made with fstat on the opened descriptor, so
// nothing can be swapped in between a check and the read, and the open is non-blocking so that a FIFO cannot
// stall it (opening a FIFO for reading otherwise waits for a writer). Reads stop at the size limit even when
// the file grows while being read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { formatBytes, maxFileSize, type ReadOptions } from './options.js';

export type Opened = { fd: number; stats: Stats } | { reason: string };

/** The kind tests Stats and Dirent share. */
type Kind = Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

function kindOf(stats: Kind): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  return 'unknown kind';
}

export function notRegular(stats: Kind): string {
  return `not a regular file (${kindOf(stats)})`;
}

export function tooLarge(limit: number): string {
  return `larger than the ${formatBytes(limit)} limit (raise it with --max-file-size)`;
}

/**
 * Opens `path` for reading when it is a regular file within the size limit. A file read as a stream of bounded
 * lines (`streamed`: JSONL) never sits in memory whole, so it may be larger: an archive export of a million
 * articles is one such file.
 */
export function openRegular(path: string, opts: ReadOptions, streamed = false): Opened {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { reason: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  let reason: string | undefined;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) reason = notRegular(stats);
    else if (!streamed && stats.size > maxFileSize(opts)) reason = tooLarge(maxFileSize(opts));
    else return { fd, stats };
  } catch (err) {
    reason = `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
  closeSync(fd);
  return { reason };
}

/** Everything an opened file holds, or why not: at most the size limit, read to the end of the file. */
export function readOpened(opened: { fd: number; stats: Stats }, opts: ReadOptions): Uint8Array | { reason: string } {
  const limit = maxFileSize(opts);
  // One read is enough when the size is right; files that report no size (/proc, some mounts) grow the buffer.
  let buf = Buffer.allocUnsafe(Math.min(opened.stats.size, limit) + 1);
  let length = 0;
  try {
    for (;;) {
      if (length === buf.length) {
        if (length > limit) return { reason: tooLarge(limit) };
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, 65536), limit + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(opened.fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
  } catch (err) {
    return { reason: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  } finally {
    closeSync(opened.fd);
  }
  if (length > limit) return { reason: tooLarge(limit) };
  return buf.subarray(0, length);
}

/** A whole regular file, or why it was not read. */
export function readRegular(path: string, opts: ReadOptions): Uint8Array | { reason: string } {
  const opened = openRegular(path, opts);
  return 'reason' in opened ? opened : readOpened(opened, opts);
}

/**
 * What one run has read, by device and inode: each real file is read once, and a folder link that leads back
 * to a folder being walked is recognised instead of followed (two such links made the walk exponential).
 */
export class Visited {
  private readonly seen = new Map<string, string>();

  /** The path that first reached this file or folder, or undefined (and it is now recorded). */
  firstVisit(stats: Stats, path: string): string | undefined {
    const key = `${stats.dev}:${stats.ino}`;
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, path);
    return first;
  }
}
