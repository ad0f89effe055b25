// Read many small files in order while keeping a few reads in flight: the article order stays
// deterministic and the disk never waits on the parser (or the other way round).
import { readFile } from 'node:fs/promises';

/** How many file reads are kept in flight. */
const READ_AHEAD = 16;

export type FileBytes = { path: string; bytes: Uint8Array } | { path: string; error: string };

function readOne(path: string): Promise<FileBytes> {
  return readFile(path).then(
    (bytes) => ({ path, bytes }),
    (err: NodeJS.ErrnoException) => ({ path, error: `cannot read file: ${err.code ?? err.message}` }),
  );
}

export async function* readAhead(paths: Iterable<string>, window = READ_AHEAD): AsyncGenerator<FileBytes> {
  const queue: Promise<FileBytes>[] = [];
  const it = paths[Symbol.iterator]();
  let done = false;
  const fill = (): void => {
    while (!done && queue.length < window) {
      const next = it.next();
      if (next.done) done = true;
      else queue.push(readOne(next.value));
    }
  };
  fill();
  while (queue.length > 0) {
    const item = await queue.shift()!;
    fill();
    yield item;
  }
}
