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
}

export function accept(article: RawArticle): SourceItem {
  return { kind: 'article', article };
}

export function reject(origin: string, reason: string): SourceItem {
  return { kind: 'reject', rejection: { origin, reason } };
}

/** The hint appended to every "no usable date" rejection. */
export const NO_DATE_HINT =
  'give a date: a YYYY-MM-DD folder or file name, a first line "date YYYY-MM-DD", a date field, or a default date';
