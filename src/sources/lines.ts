// Lines of a (possibly gzip-compressed) stream, decoded as strict UTF-8 as they arrive, so a large JSONL
// file never has to sit in memory whole. A decoding or decompression failure ends the lines with an error
// item naming the line where it happened.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export type Line = { line: number; text: string } | { line: number; error: string };

export async function* streamLines(input: NodeJS.ReadableStream): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        yield { line: line + 1, error: 'not valid UTF-8 from this line on; re-save the file as UTF-8' };
        return;
      }
      pending += text;
      let start = 0;
      for (let nl = pending.indexOf('\n', start); nl >= 0; nl = pending.indexOf('\n', start)) {
        line++;
        const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        yield { line, text: pending.slice(start, end) };
        start = nl + 1;
      }
      pending = pending.slice(start);
    }
    pending += decoder.decode();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    yield { line: line + 1, error: `cannot read past line ${line}: ${message}` };
    return;
  }
  if (pending.length > 0) yield { line: line + 1, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}

/** Lines of a file; `.gz` files are decompressed on the fly. */
export function fileLines(path: string): AsyncGenerator<Line> {
  const raw = createReadStream(path);
  if (!path.endsWith('.gz')) return streamLines(raw);
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return streamLines(raw.pipe(gunzip));
}
