// When an article's happening took place, as the article itself states it. A page's lead often carries its own
// date: a dateline stamp ("May 03, 2013", "7:15 a.m. Dec. 7, 2009"), a date in the address it was saved from
// ("/2013/may/03/"), an ISO stamp. When the lead states a full date with its year, that date says which
// happening the article reports better than a publication date can (an archive re-published, a feed that
// stamps everything with the day it was fetched); otherwise the publication date stands.
import { dayNumber as calendarDay, isValidDay } from '../text/calendar.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** "May 03, 2013", "Dec. 7, 2009", "December 15th, 2008". */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\.?\s+${DAY},?\s+${YEAR}\b`, 'iu');
/** "27 NOVEMBER, 2005", "20th June 2020". */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+${MONTH}\.?,?\s+${YEAR}\b`, 'iu');
/** "2013-05-03". */
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u;
/** An address path holding a date, with the spacing rebuilt text may put around slashes: "/ 2009 / dec / 07 /". */
const URL_DATE = new RegExp(String.raw`/\s*${YEAR}\s*/\s*(\d{1,2}|${MONTH.slice(1, -1)})\s*/(?:\s*(\d{1,2})\s*/)?`, 'iu');
/** A line that is a web address ("http: / / www. latimes. com / …" once tokens were re-spaced). */
const URL_LINE = /^\s*(?:https?\s*:\s*\/\s*\/|www\s*\.)\S*(?:\s+\S+)*$/iu;

/** How much of an article counts as its lead: the headline, a byline or stamp, and the first paragraphs. */
const LEAD_CHARS = 600;

function monthOf(word: string): number | undefined {
  const n = Number(word);
  if (Number.isInteger(n) && n >= 1 && n <= 12) return n;
  return MONTHS[word.toLowerCase().slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)];
}

function day(y: number, m: number | undefined, d: number): number | undefined {
  if (m === undefined || !isValidDay(y, m, d)) return undefined;
  return calendarDay(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** Is this line nothing but a web address? Such lines are not prose: their words are not the story's. */
export function isUrlLine(line: string): boolean {
  return /^\s*(?:https?\s*:|www\s*\.)/iu.test(line) && URL_LINE.test(line);
}

/**
 * The day number of the first full date (day, month and year) the lead states, in text or in a web address
 * (an address naming only year and month counts as the middle of that month); undefined when it states none.
 */
export function statedDay(title: string | undefined, text: string): number | undefined {
  const lead = `${title ?? ''}\n${text.slice(0, LEAD_CHARS)}`;
  let best: { at: number; day: number } | undefined;
  const consider = (at: number, d: number | undefined): void => {
    if (d !== undefined && (!best || at < best.at)) best = { at, day: d };
  };
  const mdy = MONTH_DAY_YEAR.exec(lead);
  if (mdy) consider(mdy.index, day(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2])));
  const dmy = DAY_MONTH_YEAR.exec(lead);
  if (dmy) consider(dmy.index, day(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1])));
  const iso = ISO.exec(lead);
  if (iso) consider(iso.index, day(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const url = URL_DATE.exec(lead);
  if (url) consider(url.index, day(Number(url[1]), monthOf(url[2]!), url[3] ? Number(url[3]) : 15));
  return (best as { day: number } | undefined)?.day;
}

/** A story keeps the weeks its articles report on, at most this many (a storyline of four years). */
export const MAX_WHEN_WEEKS = 208;

/** The week (days since 1970-01-01, divided by 7) of a day number. */
export const weekOf = (day: number): number => Math.floor(day / 7);

/**
 * Adds weeks to a sorted list of distinct weeks. Beyond `MAX_WHEN_WEEKS`, the week closest to its neighbours
 * is dropped, so the list keeps covering the story's whole reach in time rather than only its latest part.
 */
export function addWeeks(weeks: number[], added: Iterable<number>): void {
  for (const w of added) {
    let lo = 0;
    let hi = weeks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weeks[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    if (weeks[lo] !== w) weeks.splice(lo, 0, w);
  }
  while (weeks.length > MAX_WHEN_WEEKS) {
    let drop = 1;
    let gap = Infinity;
    for (let i = 1; i < weeks.length - 1; i++) {
      const g = weeks[i + 1]! - weeks[i - 1]!;
      if (g < gap) {
        gap = g;
        drop = i;
      }
    }
    weeks.splice(drop, 1);
  }
}

/** Days between the nearest weeks of two sorted week lists (0 when they share one; Infinity when either is empty). */
export function weeksApart(a: readonly number[], b: readonly number[]): number {
  let best = Infinity;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length && best > 0) {
    const d = a[i]! - b[j]!;
    best = Math.min(best, Math.abs(d));
    if (d < 0) i++;
    else j++;
  }
  return best * 7;
}
