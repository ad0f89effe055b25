// Calendar arithmetic on plain Y/M/D numbers (UTC), so values never shift with the machine's time zone.

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parseYmd(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return { y: +m[1], m: +m[2], d: +m[3] };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A period written YYYY, YYYY-MM or YYYY-MM-DD as its first day (or, with `end`, its last day), YYYY-MM-DD; undefined
 * when the text is not such a period or names no real day ("2021-02-30"). Used for every from/to bound.
 */
export function periodBound(value: string, end = false): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(y, month);
  if (m[3] === undefined) return `${m[1]}-${m[2]}-${end ? String(last).padStart(2, '0') : '01'}`;
  const day = Number(m[3]);
  return day >= 1 && day <= last ? value : undefined;
}

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of an ISO date; only the YYYY-MM-DD part is read; NaN when not one. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return Number.NaN;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** The ISO date YYYY-MM-DD of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function toUtc(t: Ymd): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}

function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  const d = toUtc(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Month arithmetic on the month only (the day is kept as 1). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(t: Ymd): number {
  return toUtc(t).getUTCDay();
}

/** ISO-8601 week: the year that owns the week and its number. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const d = toUtc(t);
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const y = d.getUTCFullYear();
  const jan1 = Date.UTC(y, 0, 1);
  return { y, w: Math.floor((d.getTime() - jan1) / 86_400_000 / 7) + 1 };
}

export function fmtWeek(t: Ymd): string {
  const { y, w } = isoWeek(t);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = toUtc({ y, m, d });
  return t.getUTCMonth() === m - 1;
}

/** Days from a to b (b - a). */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}
