// CSV / TSV with a header row. A row with the wrong number of fields, or one the parser cannot read, is
// rejected with its line number; the rest goes on. Stray quotes inside fields are tolerated (relax_quotes)
// so that one bad quote does not swallow the rows after it.
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

export function* readCsvText(text: string, name: string, opts: ReadOptions): Generator<SourceItem> {
  const skipped: { line: number; reason: string }[] = [];
  let rows: RowWithInfo[];
  try {
    rows = parse(text, {
      delimiter: pickDelimiter(name, text),
      bom: true,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        if (err) skipped.push({ line: typeof err.lines === 'number' ? err.lines : 0, reason: `unreadable CSV row: ${err.message}` });
        return undefined;
      },
    }) as unknown as RowWithInfo[];
  } catch (err) {
    yield reject(name, `unreadable CSV: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  if (rows.length === 0) {
    yield reject(name, 'empty CSV (no header row)');
    return;
  }
  const header = rows[0]!.record.map((h) => h.trim());
  if (rows.length === 1) yield reject(name, 'CSV has a header row but no records');
  let prevEnd = rows[0]!.info.lines;
  let s = 0;
  for (let r = 1; r < rows.length; r++) {
    const { info, record } = rows[r]!;
    const line = prevEnd + 1;
    prevEnd = info.lines;
    while (s < skipped.length && skipped[s]!.line <= line) {
      yield reject(`${name}:${skipped[s]!.line}`, skipped[s]!.reason);
      s++;
    }
    const origin = `${name}:${line}`;
    if (record.length !== header.length) {
      yield reject(origin, `row has ${record.length} fields but the header has ${header.length}`);
      continue;
    }
    const obj: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) obj[header[i]!] = record[i]!;
    yield recordToItem(obj, origin, opts);
  }
  for (; s < skipped.length; s++) yield reject(`${name}:${skipped[s]!.line}`, skipped[s]!.reason);
}

export function* readCsvFile(path: string, bytes: Uint8Array, opts: ReadOptions): Generator<SourceItem> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(path, decoded.reason);
    return;
  }
  yield* readCsvText(decoded.text, path, opts);
}
