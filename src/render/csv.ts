// CSV (RFC 4180): one row per sentence, CRLF line ends; a field is quoted when it holds a comma, a quote or
// a line break, and quotes inside are doubled.
import type { Timeline } from '../types.js';

export const CSV_COLUMNS = ['date', 'granularity', 'sentence', 'article_id', 'sentence_index', 'published', 'title', 'source', 'url'] as const;

export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
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
