// Lines of a (possibly gzip-compressed) stream, split on LF (or on CR in a file with old Mac line endings)
// and decoded as strict UTF-8 one line at a time, so a large JSONL file never has to sit in memory whole and
// one badly encoded line costs only that line. A line over the length limit is rejected and skipped up to the
// next newline without being kept. UTF-16 input (with its byte order mark) is transcoded on the way. A stream
// that starts like a binary file, that fails to decompress, or that decompresses beyond the limits, ends
// with a fatal error item.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { binaryReason, utf16Encoding } from './decode.js';
import { type Opened, openRegular } from './files.js';
import { formatBytes, maxFileSize, maxLineLength, type ReadOptions } from './options.js';

export type Line =
  | { line: number; text: string }
  | { line: number; error: string; /** true when nothing after this point can be read */ fatal: boolean };

const LF = 0x0a;
const CR = 0x0d;
/** A .gz may expand this many times over before it is taken for a decompression bomb… */
const MAX_GZIP_RATIO = 100;
/** …once it has expanded beyond this, so small, very repetitive files still read. */
const GZIP_RATIO_FLOOR = 1024 * 1024;

export function lineTooLong(limit: number): string {
  return `line longer than the ${formatBytes(limit)} limit: record skipped`;
}

/** UTF-16 chunks (after the BOM) as UTF-8 bytes; a UTF-8 stream passes through. */
async function* asUtf8(input: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let first = true;
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    if (first) {
      first = false;
      const encoding = utf16Encoding(bytes);
      if (encoding) {
        decoder = new TextDecoder(encoding);
        bytes = bytes.subarray(2);
      }
    }
    yield decoder ? Buffer.from(decoder.decode(bytes, { stream: true })) : bytes;
  }
  if (decoder) yield Buffer.from(decoder.decode());
}

export async function* streamLines(input: AsyncIterable<unknown>, opts: ReadOptions = {}): AsyncGenerator<Line> {
  const limit = maxLineLength(opts);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, line: number): Line => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    try {
      return { line, text: decoder.decode(bytes.subarray(0, end)) };
    } catch {
      return { line, error: 'line is not valid UTF-8; re-save the file as UTF-8', fatal: false };
    }
  };
  // The unfinished line as a list of chunks, joined once its end is found (joining per chunk was quadratic).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let line = 0;
  let newline: number | undefined;
  try {
    for await (const bytes of asUtf8(input)) {
      if (newline === undefined) {
        const binary = binaryReason(bytes.subarray(0, 8192));
        // A gzip header here means the stream was not decompressed (a .gz file under another name).
        if (binary) {
          yield { line: 1, error: binary, fatal: true };
          return;
        }
        // CR alone ends lines only when no LF comes first (a CR at the chunk's end may be half of a CRLF).
        const cr = bytes.indexOf(CR);
        newline = cr >= 0 && cr < bytes.length - 1 && bytes.indexOf(LF) < 0 ? CR : LF;
      }
      let start = 0;
      for (let nl = bytes.indexOf(newline, start); nl >= 0; nl = bytes.indexOf(newline, start)) {
        line++;
        if (overlong || pendingBytes + nl - start > limit) yield { line, error: lineTooLong(limit), fatal: false };
        else yield decode(pending.length > 0 ? Buffer.concat([...pending, bytes.subarray(start, nl)]) : bytes.subarray(start, nl), line);
        pending = [];
        pendingBytes = 0;
        overlong = false;
        start = nl + 1;
      }
      if (start < bytes.length && !overlong) {
        pending.push(bytes.subarray(start));
        pendingBytes += bytes.length - start;
        if (pendingBytes > limit) {
          overlong = true;
          pending = [];
        }
      }
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    yield { line: line + 1, error: `cannot read past line ${line}: ${message}`, fatal: true };
    return;
  }
  if (overlong) yield { line: line + 1, error: lineTooLong(limit), fatal: false };
  else if (pendingBytes > 0) yield decode(Buffer.concat(pending), line + 1);
}

/** Decompressed chunks, stopped with an error beyond the size limit or the compression ratio. */
async function* boundedGunzip(raw: NodeJS.ReadableStream, opts: ReadOptions): AsyncGenerator<Buffer> {
  const limit = maxFileSize(opts);
  let compressed = 0;
  raw.on('data', (chunk: Buffer) => {
    compressed += chunk.length;
  });
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip) {
      out += (chunk as Buffer).length;
      if (out > limit) throw new Error(`decompresses to more than the ${formatBytes(limit)} limit (raise it with --max-file-size)`);
      if (out > GZIP_RATIO_FLOOR && out > MAX_GZIP_RATIO * compressed) {
        throw new Error(`compression ratio over ${MAX_GZIP_RATIO}:1 (a decompression bomb?): reading stopped`);
      }
      yield chunk as Buffer;
    }
  } finally {
    gunzip.destroy();
    (raw as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
}

/** Lines of a regular file (opened already, or here); `.gz` files are decompressed on the fly, within the limits. */
export async function* fileLines(path: string, opts: ReadOptions = {}, alreadyOpened?: Opened): AsyncGenerator<Line> {
  const opened = alreadyOpened ?? openRegular(path, opts);
  if ('reason' in opened) {
    yield { line: 1, error: opened.reason, fatal: true };
    return;
  }
  const raw = createReadStream(path, { fd: opened.fd });
  yield* streamLines(path.endsWith('.gz') ? boundedGunzip(raw, opts) : raw, opts);
}
