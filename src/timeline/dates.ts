// Calendar helpers and the reading of dates out of TIMEX3 values. Days are handled as integers (days since
// 1970-01-01, UTC) so that windows and differences are plain arithmetic.
import type { Sentence, Timex } from '../types.js';
import { dayNumber, isoFromDay } from '../text/calendar.js';
import { datelineLength } from '../text/dateline.js';

export { dayNumber, isoFromDay };

const MS_PER_DAY = 86_400_000;

export type DateGranularity = 'day' | 'month' | 'year';

/** A date a sentence refers to, at the precision the text gives. */
export interface MentionedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  granularity: DateGranularity;
  /** Written as a calendar date ("April 20", "20/4/2010"), not relative to the article ("on Tuesday"). */
  explicit: boolean;
}

const CALENDAR_WORDS = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** A month or year value as the [first day, last day] it covers. */
export function dayRange(value: string): [number, number] | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = dayNumber(value);
    return Number.isNaN(d) ? undefined : [d, d];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    return [Date.UTC(y, mo - 1, 1) / MS_PER_DAY, Date.UTC(y, mo, 1) / MS_PER_DAY - 1];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return [Date.UTC(y, 0, 1) / MS_PER_DAY, Date.UTC(y + 1, 0, 1) / MS_PER_DAY - 1];
  }
  return undefined;
}

/** The calendar date a TIMEX3 value names, if it names a day, month or year (weeks, seasons, durations: no). */
export function mentionedDate(timex: Timex): MentionedDate | undefined {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return undefined;
  const v = timex.value;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) {
    const value = `${m[1]}-${m[2]}-${m[3]}`;
    const explicit = CALENDAR_WORDS.test(timex.text);
    return Number.isNaN(dayNumber(value)) || !validDay(value) ? undefined : { value, granularity: 'day', explicit };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { value: v, granularity: 'month', explicit: true } : undefined;
  if (/^\d{4}$/.test(v)) return { value: v, granularity: 'year', explicit: true };
  return undefined;
}

function validDay(value: string): boolean {
  return isoFromDay(dayNumber(value)) === value;
}

/**
 * The dates each sentence mentions, in text order. Timexes are matched to sentences by offset; both lists
 * are sorted by start, so one merge pass suffices. A date inside the sentence's dateline ("TORONTO (Sputnik -
 * 20th June, 2020)") is when the story was filed, not something it reports, so it is not counted.
 */
export function sentenceDates(sentences: Sentence[], timexes: Timex[]): MentionedDate[][] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const out: MentionedDate[][] = sentences.map(() => []);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    while (t < sorted.length && sorted[t]!.start < sent.start) t++;
    const storyStart = sent.start + datelineLength(sent.text);
    let u = t;
    while (u < sorted.length && sorted[u]!.start < sent.end) {
      const d = sorted[u]!.start >= storyStart ? mentionedDate(sorted[u]!) : undefined;
      if (d) out[s]!.push(d);
      u++;
    }
    t = u;
  }
  return out;
}

/**
 * The distinct days of a list in order of first mention, as `new Set(days)` iterates them: the list itself when it
 * holds no repeat (nearly always: a sentence names a day or two), so that no set is made per sentence.
 */
export function distinctDays(days: readonly number[]): Iterable<number> {
  for (let i = 1; i < days.length; i++) {
    for (let j = 0; j < i; j++) if (days[i] === days[j]) return new Set(days);
  }
  return days;
}

/** The YYYY-MM-DD part of a publication timestamp. */
export function publicationDay(published: string): string {
  return published.slice(0, 10);
}
