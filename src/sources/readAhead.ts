// Read many small files in order. Reads are synchronous on purpose: for the small files of a dataset
// (a few KB each, usually in the page cache) one readFileSync costs a fraction of the promise-based
// open/stat/read/close round trips, and the order stays deterministic.
import { readFileSync } from 'node:fs';

export type FileBytes = { path: string; bytes: Uint8Array } | { path: string; error: string };

function readOne(path: string): FileBytes {
  try {
    return { path, bytes: readFileSync(path) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { path, error: `cannot read file: ${e.code ?? e.message}` };
  }
}

export async function* readAhead(paths: Iterable<string>): AsyncGenerator<FileBytes> {
  for (const path of paths) yield readOne(path);
}
