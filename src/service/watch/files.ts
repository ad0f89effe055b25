// What a watched folder or file holds now, and which of its files are worth reading in this pass. A file is
// known by its path (the same path `chronicle ingest` would give as the origin) and a signature of size,
// modification time and inode; a file whose signature differs from the one recorded after its last batch is
// read again, and the dedupe policy decides whether its text is new, unchanged or a near-duplicate.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isSkippedName } from '../../sources/detect.js';

/** A file seen by a listing: its path and what changes when it is rewritten. */
export interface ListedFile {
  path: string;
  signature: string;
  mtimeMs: number;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const signatureOf = (s: Stats): string => `${s.size}:${Math.round(s.mtimeMs)}:${s.ino}`;

/**
 * Every regular file under `root` (itself when it is a file), in sorted order, with the names the readers
 * skip left out (hidden files, editor locks). Links are followed; a folder reached twice is listed once.
 */
export function listFiles(root: string): ListedFile[] {
  const out: ListedFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, stats: Stats): void => {
    if (stats.isFile()) {
      out.push({ path, signature: signatureOf(stats), mtimeMs: stats.mtimeMs });
      return;
    }
    if (!stats.isDirectory()) return;
    const key = `${stats.dev}:${stats.ino}`;
    if (seen.has(key)) return;
    seen.add(key);
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names.filter((n) => !isSkippedName(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const child = join(path, name);
      const s = statOf(child);
      if (s) visit(child, s);
    }
  };
  const stats = statOf(root);
  if (stats) visit(root, stats);
  return out;
}

/**
 * A file still being written must not be read half-way: a file is ready when it was last modified at least
 * `settleMs` ago, or when two listings in a row saw it the same (which also covers clocks that disagree).
 */
export function readyFiles(listed: ListedFile[], recorded: Record<string, string>, previous: Map<string, string>,
  now: number, settleMs: number): { ready: ListedFile[]; waiting: number } {
  const ready: ListedFile[] = [];
  let waiting = 0;
  for (const f of listed) {
    if (recorded[f.path] === f.signature) continue;
    if (f.mtimeMs <= now - settleMs || previous.get(f.path) === f.signature) ready.push(f);
    else waiting++;
  }
  return { ready, waiting };
}
