import { daysInMonth } from '../text/calendar.js';
// Publication dates as readers find them: metadata values ("2020-08-26T14:03:00-04:00", "Wed, 26 Aug 2020 …",
// "Aug 26, 2020", epoch numbers) and dates hidden in paths or URLs ("…/2011-01-25/138.htm.txt", "/2020/08/26/slug").
// Deterministic on purpose: no "today"-relative parsing, so the same input always yields the same date.

/** Years outside this window are treated as noise (an ID that looks like a date), not as publication dates. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
/** Epoch numbers: 9–10 digits are seconds, 12–13 digits milliseconds (covers 1973–2286). */
const EPOCH_SECONDS = /^\d{9,10}$/;
const EPOCH_MILLIS = /^\d{12,13}$/;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// ISO 8601 and its relatives: 2020-08-26, 2020-08-26T14:03:00Z, 2020/08/26 14:03, 2020.8.26.
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
// Compact ISO: 20200826 (optionally followed by T… time).
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
// 26 Aug 2020, Wed, 26 Aug 2020 10:00:00 +0000 (RFC 2822), 26th August 2020, 26-Aug-2020.
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\w])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:of\\s+)?${MONTH_NAME}[\\s,-]+(\\d{4})(?!\\d)`, 'i');
// Aug 26, 2020, Wednesday, August 26 2020, Aug. 26th, 2020.
const MONTH_DAY_YEAR = new RegExp(`(?:^|[^\\w])${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
// 08/26/2020 (US) or 26/08/2020 (when the first number cannot be a month); also with '-' or '.'.
const NUMERIC_DMY_OR_MDY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** YYYY-MM-DD when year/month/day form a real calendar date in the accepted range, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, 3)];
}

type Parts = [year: number, month: number, day: number];

function epochParts(ms: number): Parts | undefined {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Year, month and day as written, before any check of the calendar or the accepted window. */
function dateParts(value: string | number | undefined | null): Parts | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return epochParts(value > 1e11 ? value : value * 1000);
  }
  const s = value.trim();
  if (s.length === 0 || s.length > 200) return undefined;

  let m = YMD.exec(s) ?? YMD_COMPACT.exec(s);
  if (m) return [+m[1]!, +m[2]!, +m[3]!];
  if (EPOCH_SECONDS.test(s)) return epochParts(Number(s) * 1000);
  if (EPOCH_MILLIS.test(s)) return epochParts(Number(s));
  m = NUMERIC_DMY_OR_MDY.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    // US order unless the first number cannot be a month (26/08/2020).
    return a > 12 ? [+m[3]!, b, a] : [+m[3]!, a, b];
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return [+m[3]!, month, +m[1]!];
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return [+m[3]!, month, +m[2]!];
  }
  return undefined;
}

/**
 * Normalise a publication date written in any common form to YYYY-MM-DD, or undefined when it is not one.
 * A date with a time and zone keeps the calendar date as written (the publisher's local date), not UTC:
 * "2020-08-26T23:30:00-05:00" is 2020-08-26, the day the paper printed it.
 * Accepts numbers as epoch seconds/milliseconds (UTC).
 */
export function parsePublicationDate(value: string | number | undefined | null): string | undefined {
  const parts = dateParts(value);
  return parts ? isoDate(...parts) : undefined;
}

/** Why a value that reads as a date is still refused because of its year, or undefined. */
export function yearOutsideWindow(value: string | number | undefined | null): string | undefined {
  const parts = dateParts(value);
  if (!parts || (parts[0] >= MIN_YEAR && parts[0] <= MAX_YEAR)) return undefined;
  return `the year ${parts[0]} is outside the accepted ${MIN_YEAR}–${MAX_YEAR} window`;
}

// A date inside a path or URL: 2011-01-25, 2011/01/25, 2011_01_25, 2011.01.25 (same separator twice),
// or compact 20110125 bounded by non-digits. Only 19xx/20xx years, so numeric IDs rarely pass.
const PATH_DATE = /(?:^|\D)((?:19|20)\d{2})([-/_.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const PATH_DATE_COMPACT = /(?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g;

function lastValidMatch(re: RegExp, s: string, groups: [number, number, number]): string | undefined {
  let found: string | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const date = isoDate(+m[groups[0]]!, +m[groups[1]]!, +m[groups[2]]!);
    if (date) found = date;
    // Step back so that overlapping candidates ("…/2011/01/25") are still seen.
    re.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * The date a path or URL carries, or undefined. The deepest (last) date wins: in
 * "archive/2010/2011-01-25/x.txt" the folder nearest the file is the article's own date.
 */
export function dateFromPath(path: string): string | undefined {
  const s = path.replace(/\\/g, '/');
  return lastValidMatch(PATH_DATE, s, [1, 3, 4]) ?? lastValidMatch(PATH_DATE_COMPACT, s, [1, 2, 3]);
}
