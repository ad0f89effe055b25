// CSV / TSV with a header row. A row with the wrong number of fields, or one the parser cannot read, is
// rejected with its line number; the rest goes on. Stray quotes inside fields are tolerated (relax_quotes).
// A quote that is opened and never closed would swallow the rest of the file: the row where it opened is
// rejected and parsing restarts on the line after it.
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { SourceItem } from '../types.js';
import { decodeText } from './decode.js';
import { reject, type ReadOptions } from './options.js';
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

/**
 * Rows of `text` (whose first line is line `firstLine` of the file), plus rows the parser could not read.
 * On an unclosed quote, the row where it opened is reported and parsing resumes on the next line.
 */
function parseRows(text: string, delimiter: string, firstLine: number): { rows: Row[]; bad: { line: number; reason: string }[] } {
  const rows: Row[] = [];
  const bad: { line: number; reason: string }[] = [];
  let rest = text;
  let offset = firstLine - 1;
  for (;;) {
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
      on_skip: (err: CsvError | undefined) => {
        if (!err) return undefined;
        if (err.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
        else skipped.push({ line: offset + (typeof err.lines === 'number' ? err.lines : 0), reason: `unreadable CSV row: ${err.message}` });
        return undefined;
      },
    }) as unknown as RowWithInfo[];
    let prevEnd = 0;
    for (const r of parsed) {
      rows.push({ line: offset + prevEnd + 1, record: r.record });
      prevEnd = r.info.lines;
    }
    bad.push(...skipped);
    if (!unclosed) break;
    // The unclosed quote opened in the first row after the last good one (blank lines aside).
    let openLine = prevEnd + 1;
    const lines = rest.split('\n');
    while (openLine <= lines.length && lines[openLine - 1]!.trim() === '') openLine++;
    bad.push({ line: offset + openLine, reason: 'unreadable CSV row: a quote opened here is never closed' });
    rest = rest.slice(lineStart(rest, openLine + 1));
    offset += openLine;
    if (rest.trim() === '') break;
  }
  return { rows, bad };
}

export function* readCsvText(text: string, name: string, opts: ReadOptions): Generator<SourceItem> {
  let parsed: ReturnType<typeof parseRows>;
  try {
    parsed = parseRows(text, pickDelimiter(name, text), 1);
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
