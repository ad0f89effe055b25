// The tilse / Timeline17 timeline text format: a date line (YYYY-MM-DD), one sentence per line,
// then a line of 32 dashes. Reading follows tilse's Timeline.from_file so scores match tilse:
//  - lines are stripped; a line that parses as a date sets the current date (a second date line
//    before the dashes replaces the first, and the sentences collected so far move to it);
//  - the dashes close the entry; a date seen again later replaces the earlier entry;
//  - an entry not closed by dashes at the end of the file is ignored.
// Where tilse would crash or silently mangle data we warn (file:line) and skip the entry instead:
// a malformed date line such as `2011-04-0` (tilse files its sentences under date None).

export interface TilseTimeline {
  /** date (YYYY-MM-DD) → sentences of that date's summary */
  entries: Map<string, string[]>;
}

export const TILSE_SEPARATOR = '-'.repeat(32);

/** Python's str.strip() whitespace. */
const PY_STRIP = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** What Python's strptime(line, '%Y-%m-%d') accepts: 1–2 digit month/day, no trailing text. */
const STRPTIME_DATE = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])$/;
/** A line that was meant to be a date (used only to word the warning). */
const DATE_LIKE = /^\d{1,4}-\d{1,2}-\d{0,2}$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The canonical YYYY-MM-DD of a date line, or undefined when tilse would not read it as a date. */
export function parseTilseDate(line: string): string | undefined {
  const m = STRPTIME_DATE.exec(line);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]!.trim());
  if (year < 1) return undefined;
  const probe = new Date(Date.UTC(2000, month - 1, day)); // leap year handled below
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (probe.getUTCMonth() !== month - 1) return undefined;
  if (month === 2 && day === 29 && !leap) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function parseTilseTimeline(text: string, origin: string): { timeline: TilseTimeline; warnings: string[] } {
  const entries = new Map<string, string[]>();
  const warnings: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  let date: string | undefined;
  let dateLine = 0;
  let badDateLine = 0; // line of a malformed date in the current entry, 0 when none
  let sentences: string[] = [];
  let entryStart = 0; // first line of the current entry, 0 when nothing collected

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(PY_STRIP, '');
    if (line === TILSE_SEPARATOR) {
      if (date !== undefined && badDateLine === 0) {
        entries.set(date, sentences);
      } else if (badDateLine > 0) {
        warnings.push(`${origin}:${badDateLine}: malformed date line; entry skipped (lines ${badDateLine}-${lineNo})`);
      } else {
        warnings.push(`${origin}:${entryStart || lineNo}: entry without a date line; skipped (up to line ${lineNo})`);
      }
      date = undefined;
      badDateLine = 0;
      sentences = [];
      entryStart = 0;
      return;
    }
    if (entryStart === 0) entryStart = lineNo;
    const parsed = parseTilseDate(line);
    if (parsed !== undefined) {
      if (date !== undefined || sentences.length > 0) {
        warnings.push(`${origin}:${lineNo}: date line before the closing dashes of the entry begun at line ${entryStart}; ` +
          'earlier sentences are filed under this date (as tilse does)');
      }
      if (badDateLine > 0) {
        // tilse would keep the malformed line as a sentence of this date; we drop it and say so
        warnings.push(`${origin}:${badDateLine}: malformed date line ignored; the entry takes the date on line ${lineNo}`);
        badDateLine = 0;
      }
      date = parsed;
      dateLine = lineNo;
      return;
    }
    if (DATE_LIKE.test(line) && date === undefined && sentences.length === 0) {
      badDateLine = lineNo;
      return;
    }
    if (line.length > 0) sentences.push(line);
  });
  if (date !== undefined || sentences.length > 0 || badDateLine > 0) {
    warnings.push(`${origin}:${entryStart}: last entry${date ? ` (${date}, line ${dateLine})` : ''} has no closing line of 32 dashes; ignored (as tilse does)`);
  }
  return { timeline: { entries }, warnings };
}

/** Dates in order, each followed by its sentences and a line of 32 dashes. */
export function formatTilseTimeline(t: TilseTimeline): string {
  let out = '';
  for (const date of [...t.entries.keys()].sort()) {
    out += `${date}\n`;
    for (const sentence of t.entries.get(date)!) {
      const oneLine = sentence.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      if (oneLine.length > 0) out += `${oneLine}\n`;
    }
    out += `${TILSE_SEPARATOR}\n`;
  }
  return out;
}
