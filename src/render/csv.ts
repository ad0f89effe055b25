// CSV (RFC 4180): one row per sentence, CRLF line ends; a field is quoted when it holds a comma, a quote or
// a line break, and quotes inside are doubled.
import type { Timeline } from '../types.js';

export const CSV_COLUMNS = ['date', 'granularity', 'sentence', 'article_id', 'sentence_index', 'published', 'title', 'source', 'url'] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): an article's sentence or
 * title is text from anyone, so such cells get a leading single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | undefined): string {
  const raw = value === undefined ? '' : String(value);
  const s = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(t: Timeline): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const e of t.entries) {
    for (const s of e.sentences) {
      rows.push([e.date, e.granularity, s.text, s.articleId, s.sentenceIndex, s.published, s.title, s.source, s.url]
        .map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
