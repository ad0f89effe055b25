// Options and result helpers shared by every reader.
import type { RawArticle, SourceItem } from '../types.js';

/** Every format a reader exists for: the one list the CLI's --format and the API's `format` offer. */
export const FORMAT_NAMES = ['seed', 'text', 'tilse', 'newstls', 'jsonl', 'csv', 'html', 'feed'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/** Which record field holds what (JSONL and CSV); unset entries fall back to common names. */
export interface FieldMap {
  text?: string;
  date?: string;
  title?: string;
  url?: string;
  source?: string;
}

export interface ReadOptions {
  /** Override auto-detection: every file is read as this format. */
  format?: FormatName;
  fieldMap?: FieldMap;
  /** Used when a record has no date (e.g. stdin); otherwise such records are rejected. YYYY-MM-DD. */
  defaultDate?: string;
  /** Bytes a file (or a stream, or what a .gz decompresses to) may hold; larger ones are rejected. */
  maxFileSize?: number;
  /** Characters one line (one record of JSONL, CSV or standard input) may hold; longer ones are rejected. */
  maxLineLength?: number;
}

const MB = 1024 * 1024;
export const DEFAULT_MAX_FILE_SIZE = 256 * MB;
export const DEFAULT_MAX_LINE_LENGTH = 16 * MB;

export function maxFileSize(opts: ReadOptions): number {
  return opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

export function maxLineLength(opts: ReadOptions): number {
  return opts.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
}

const UNITS: [string, number][] = [['GB', 1024 * MB], ['MB', MB], ['KB', 1024], ['B', 1]];

/** 268435456 → "256 MB", 40 → "40 B": limits as messages show them. */
export function formatBytes(n: number): string {
  for (const [unit, size] of UNITS) if (n >= size && n % size === 0) return `${n / size} ${unit}`;
  return `${n} B`;
}

const SCALE: Record<string, number> = { b: 1, k: 1024, m: MB, g: 1024 * MB };

/** "256MB", "1 GB", "512k", "4096" (bytes) → bytes; undefined when it is not a positive size. */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?b?|b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * SCALE[(m[2] ?? 'b').toLowerCase()]!);
  return bytes > 0 ? bytes : undefined;
}

// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides: characters that could
// forge a line or restyle a terminal when a name is printed.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A name or message safe to print on one line: unsafe characters shown JSON-style ("\n", "\u001b"). */
export function printable(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Origins are escaped here, where every reader's items are made, so that no path reaches a terminal, a log
// line or a rendered citation with its control characters.
export function accept(article: RawArticle): SourceItem {
  const origin = printable(article.origin);
  return { kind: 'article', article: origin === article.origin ? article : { ...article, origin } };
}

export function reject(origin: string, reason: string): SourceItem {
  return { kind: 'reject', rejection: { origin: printable(origin), reason: printable(reason) } };
}

/** The hint appended to every "no usable date" rejection. */
export const NO_DATE_HINT =
  'give a date: a YYYY-MM-DD folder or file name, a first line "date YYYY-MM-DD", a date field, or a default date';
