// Plain text files whose date comes from where they sit: ".../2011-01-25/138.htm.txt", "2011/01/25/x.txt",
// "report-2011-01-25.txt", or from a first line that is nothing but a date. PTB-tokenised text (T17 files
// copied out of their dataset) is detokenised.
import type { SourceItem } from '../types.js';
import { dateFromPath, parsePublicationDate } from './dates.js';
import { detokenize, looksTokenized } from './detokenize.js';
import { accept, NO_DATE_HINT, reject, type ReadOptions } from './options.js';

/** A first line longer than this is prose, not a date line. */
const MAX_DATE_LINE = 40;

/** The date on the first non-empty line when that line is only a date, with the rest of the text. */
function leadingDateLine(text: string): { date: string; rest: string } | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const end = text.indexOf('\n', start);
  const line = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
  if (line.length > MAX_DATE_LINE || !/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(line)) return undefined;
  // Only a date (with optional "Date:" label and time), not a sentence that happens to start with one.
  if (!/^(?:(?:date|published|posted)\s*:?\s*)?[\w ,./:+-]+$/i.test(line) || /\b[a-z]+ [a-z]+ [a-z]+\b/i.test(line.replace(/^(?:date|published|posted)\s*:?\s*/i, ''))) {
    return undefined;
  }
  const date = parsePublicationDate(line.replace(/^(?:date|published|posted)\s*:?\s*/i, ''));
  return date ? { date, rest: end < 0 ? '' : text.slice(end + 1) } : undefined;
}

export function readPlainText(text: string, path: string, opts: ReadOptions): SourceItem {
  let body = text;
  let published = dateFromPath(path);
  if (!published) {
    const lead = leadingDateLine(text);
    if (lead) {
      published = lead.date;
      body = lead.rest;
    }
  }
  published ??= opts.defaultDate;
  if (!published) return reject(path, `no usable date in the path or text; ${NO_DATE_HINT}`);
  if (looksTokenized(body)) body = detokenize(body);
  body = body.trim();
  if (body.length === 0) return reject(path, 'no article text');
  return accept({ text: body, published, origin: path });
}
