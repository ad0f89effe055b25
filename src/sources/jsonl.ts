// JSON Lines: one JSON object per line. A broken line is rejected with its line number; the rest goes on.
// A file that holds one JSON array of objects (.json) is read the same way, record by record.
import type { SourceItem } from '../types.js';
import { decodeText } from './decode.js';
import type { Opened } from './files.js';
import { fileLines, lineTooLong, type Line } from './lines.js';
import { maxLineLength, reject, type ReadOptions } from './options.js';
import { recordToItem, type RecordContext } from './records.js';

/** Records from a stream of lines; `contextFor` lets news-tls attach topic and a stable origin. */
export async function* readJsonLines(
  lines: AsyncIterable<Line>,
  name: string,
  opts: ReadOptions,
  contextFor?: (record: unknown, line: number) => RecordContext,
): AsyncGenerator<SourceItem> {
  let seen = 0;
  for await (const item of lines) {
    if ('error' in item) {
      if (item.fatal) {
        yield reject(item.line === 1 ? name : `${name}:${item.line}`, item.error);
        return;
      }
      seen++;
      yield reject(`${name}:${item.line}`, item.error);
      continue;
    }
    const trimmed = item.text.trim();
    if (trimmed.length === 0) continue;
    seen++;
    const origin = `${name}:${item.line}`;
    let record: unknown;
    try {
      record = JSON.parse(trimmed);
    } catch (err) {
      yield reject(origin, `broken JSON: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    yield recordToItem(record, origin, opts, contextFor?.(record, item.line));
  }
  if (seen === 0) yield reject(name, 'empty file (no JSON lines)');
}

export function readJsonlFile(path: string, opts: ReadOptions, opened?: Opened): AsyncGenerator<SourceItem> {
  return readJsonLines(fileLines(path, opts, opened), path, opts);
}

/** A .json file: an array of records, one record, or (failing both) JSON Lines. */
export async function* readJsonFile(path: string, bytes: Uint8Array, opts: ReadOptions): AsyncGenerator<SourceItem> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(path, decoded.reason);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    yield* readJsonLines(linesOf(decoded.text, opts), path, opts);
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) yield recordToItem(records[i], `${path}#${i + 1}`, opts);
}

/** Lines of an in-memory text, in the same shape (and under the same length limit) as streamed lines. */
export async function* linesOf(text: string, opts: ReadOptions = {}): AsyncGenerator<Line> {
  const limit = maxLineLength(opts);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > limit) yield { line: i + 1, error: lineTooLong(limit), fatal: false };
    else yield { line: i + 1, text: l.endsWith('\r') ? l.slice(0, -1) : l };
  }
}
