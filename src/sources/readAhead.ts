// Read many small files in order. Reads are synchronous on purpose: for the small files of a dataset
// (a few KB each, usually in the page cache) one synchronous read costs a fraction of the promise-based
// open/stat/read/close round trips, and the order stays deterministic. Only regular files within the size
// limit are read (files.ts).
import { readRegular } from './files.js';
import type { ReadOptions } from './options.js';

export type FileBytes = { path: string; bytes: Uint8Array } | { path: string; error: string };

function readOne(path: string, opts: ReadOptions): FileBytes {
  const read = readRegular(path, opts);
  return 'reason' in read ? { path, error: read.reason } : { path, bytes: read };
}

export async function* readAhead(paths: Iterable<string>, opts: ReadOptions = {}): AsyncGenerator<FileBytes> {
  for (const path of paths) yield readOne(path, opts);
}
