// Lines of a (possibly gzip-compressed) stream, split on byte 0x0A and decoded as strict UTF-8 one line at a
// time, so a large JSONL file never has to sit in memory whole and one badly encoded line costs only that
// line. A stream that starts like a binary file, or that fails to decompress, ends with a fatal error item.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { binaryReason } from './decode.js';

export type Line =
  | { line: number; text: string }
  | { line: number; error: string; /** true when nothing after this point can be read */ fatal: boolean };

const NEWLINE = 0x0a;
const CR = 0x0d;

export async function* streamLines(input: NodeJS.ReadableStream): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, line: number): Line => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    try {
      return { line, text: decoder.decode(bytes.subarray(0, end)) };
    } catch {
      return { line, error: 'line is not valid UTF-8; re-save the file as UTF-8', fatal: false };
    }
  };
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  let first = true;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      if (first) {
        first = false;
        const binary = binaryReason(bytes.subarray(0, 8192));
        // A gzip header here means the stream was not decompressed (a .gz file under another name).
        if (binary) {
          yield { line: 1, error: binary, fatal: true };
          return;
        }
      }
      const buf = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
      let start = 0;
      for (let nl = buf.indexOf(NEWLINE, start); nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
        line++;
        yield decode(buf.subarray(start, nl), line);
        start = nl + 1;
      }
      pending = buf.subarray(start);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    yield { line: line + 1, error: `cannot read past line ${line}: ${message}`, fatal: true };
    return;
  }
  if (pending.length > 0) yield decode(pending, line + 1);
}

/** Lines of a file; `.gz` files are decompressed on the fly. */
export function fileLines(path: string): AsyncGenerator<Line> {
  const raw = createReadStream(path);
  if (!path.endsWith('.gz')) return streamLines(raw);
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return streamLines(raw.pipe(gunzip));
}
