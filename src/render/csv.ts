// CSV (RFC 4180): one row per sentence, CRLF line ends; a field is quoted when it holds a comma, a quote or
// a line break, and quotes inside are doubled. The entry's headline and corroboration repeat on each of its rows.
import type { Timeline, TimelineEntry } from '../types.js';
import { entryViews, sentenceSource } from './common.js';

export const CSV_COLUMNS = ['date', 'granularity', 'sentence', 'article_id', 'sentence_index', 'published', 'title',
  'source', 'url', 'headline', 'outlet', 'reported_articles', 'reported_outlets'] as const;

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

/** The rows of an entry list (the timeline's, or any other list of entries), without the header. */
export function csvRows(entries: readonly TimelineEntry[]): string[] {
  const rows: string[] = [];
  for (const e of entryViews(entries)) {
    for (const s of e.sentences) {
      rows.push([e.date, e.granularity, s.text, s.articleId, s.sentenceIndex, s.published, s.title, s.source, s.url,
        e.headline, sentenceSource(s).outlet, e.reportedBy.articles, e.reportedBy.outlets].map(csvField).join(','));
    }
  }
  return rows;
}

export function renderCsv(t: Timeline): string {
  return `${[CSV_COLUMNS.join(','), ...csvRows(t.entries)].join('\r\n')}\r\n`;
}
