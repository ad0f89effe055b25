// CSV / TSV with a header row. A row with the wrong number of fields, or one the parser cannot read, is
// rejected with its line number; the rest goes on. Stray quotes inside fields are tolerated (relax_quotes).
// A quote that is opened and never closed would swallow the rest of the file, or every row up to the next
// stray quote: the row where it opened is rejected and parsing restarts on the line after it.
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { SourceItem } from '../types.js';
import { decodeText } from './decode.js';
import { lineTooLong } from './lines.js';
import { maxLineLength, reject, type ReadOptions } from './options.js';
import { recordToItem } from './records.js';

interface RowWithInfo {
  info: { lines: number };
  record: string[];
}

/** A parsed row with its first line in the file. */
interface Row {
  line: number;
  record: string[];
}

/** Tab for .tsv; otherwise whichever of , ; tab is most frequent in the header line. */
function pickDelimiter(path: string, text: string): string {
  if (path.toLowerCase().endsWith('.tsv')) return '\t';
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  const count = (c: string): number => header.split(c).length - 1;
  const candidates: [string, number][] = [[',', count(',')], [';', count(';')], ['\t', count('\t')]];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

/** Offset of the start of line `n` (1-based) in `text`, or text.length when there are fewer lines. */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 1; i < n; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

/** Restarts after unclosed quotes allowed per file: each one parses the rest of the file again. */
const MAX_RESTARTS = 100;
const UNCLOSED = 'unreadable CSV row: a quote opened here is never closed';

/**
 * A quoted field that spans lines and yet came out starting with a quote: its closing quote was not followed
 * by a delimiter, so the parser (relaxed) kept reading. Its quote was never closed; a later stray quote ended it.
 */
function swallowed(record: string[]): boolean {
  return record.some((field) => field.startsWith('"') && field.includes('\n'));
}

/**
 * Rows of `text`, plus rows the parser could not read. On an unclosed quote, the row where it opened is
 * reported and parsing resumes on the next line.
 */
function parseRows(text: string, delimiter: string, maxRecord: number): { rows: Row[]; bad: { line: number; reason: string }[] } {
  const rows: Row[] = [];
  const bad: { line: number; reason: string }[] = [];
  let rest = text;
  let offset = 0;
  for (let restarts = 0; ; restarts++) {
    if (restarts > MAX_RESTARTS) {
      bad.push({ line: offset + 1, reason: `unreadable CSV: more than ${MAX_RESTARTS} unclosed quotes; the rest of the file from here is not read` });
      break;
    }
    let unclosed = false;
    const skipped: { line: number; reason: string }[] = [];
    const parsed = parse(rest, {
      delimiter,
      bom: true,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: maxRecord,
      on_skip: (err: CsvError | undefined) => {
        if (!err) return undefined;
        const line = offset + (typeof err.lines === 'number' ? err.lines : 0);
        if (err.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
        else if (err.code === 'CSV_MAX_RECORD_SIZE') skipped.push({ line, reason: lineTooLong(maxRecord) });
        else skipped.push({ line, reason: `unreadable CSV row: ${err.message}` });
        return undefined;
      },
    }) as unknown as RowWithInfo[];
    let prevEnd = 0;
    for (const r of parsed) {
      if (swallowed(r.record)) {
        unclosed = true;
        break;
      }
      rows.push({ line: offset + prevEnd + 1, record: r.record });
      prevEnd = r.info.lines;
    }
    bad.push(...skipped.filter((b) => !unclosed || b.line <= offset + prevEnd));
    if (!unclosed) break;
    // The unclosed quote opened in the first row after the last good one (blank lines aside).
    let openLine = prevEnd + 1;
    const lines = rest.split('\n');
    while (openLine <= lines.length && lines[openLine - 1]!.trim() === '') openLine++;
    bad.push({ line: offset + openLine, reason: UNCLOSED });
    rest = rest.slice(lineStart(rest, openLine + 1));
    offset += openLine;
    if (rest.trim() === '') break;
  }
  return { rows, bad };
}

export function* readCsvText(text: string, name: string, opts: ReadOptions): Generator<SourceItem> {
  let parsed: ReturnType<typeof parseRows>;
  try {
    parsed = parseRows(text, pickDelimiter(name, text), maxLineLength(opts));
  } catch (err) {
    yield reject(name, `unreadable CSV: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const { rows, bad } = parsed;
  if (rows.length === 0) {
    yield reject(name, bad.length ? `no readable header row (${bad[0]!.reason})` : 'empty CSV (no header row)');
    return;
  }
  const header = rows[0]!.record.map((h) => h.trim());
  if (rows.length === 1 && bad.length === 0) yield reject(name, 'CSV has a header row but no records');
  // Report every row, readable or not, in line order.
  const items: { line: number; item: SourceItem }[] = bad.map((b) => ({ line: b.line, item: reject(`${name}:${b.line}`, b.reason) }));
  for (let r = 1; r < rows.length; r++) {
    const { line, record } = rows[r]!;
    const origin = `${name}:${line}`;
    if (record.length !== header.length) {
      items.push({ line, item: reject(origin, `row has ${record.length} fields but the header has ${header.length}`) });
      continue;
    }
    const obj: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) obj[header[i]!] = record[i]!;
    items.push({ line, item: recordToItem(obj, origin, opts) });
  }
  items.sort((a, b) => a.line - b.line);
  for (const x of items) yield x.item;
}

export function* readCsvFile(path: string, bytes: Uint8Array, opts: ReadOptions): Generator<SourceItem> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(path, decoded.reason);
    return;
  }
  yield* readCsvText(decoded.text, path, opts);
}
