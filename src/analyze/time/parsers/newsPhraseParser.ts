// Phrases of news and earnings reports that the other parsers miss:
// - "recent years" → PAST_REF, "recent months" → DURATION PXM, "coming months" → FUTURE_REF, "current" → PRESENT_REF, "recent" → PAST_REF;
// - "year-earlier" / "year-ago" (results) → the year before, or the same quarter a year before in earnings news;
// - "year-end", "year's end" → the publication year; "the latest period" → the quarter last reported;
// - years spelled out in broadcast transcripts: "nineteen ninety-six", "the year two thousand";
// - holidays: "Thanksgiving Day", "Christmas", "Election Day", "Easter week" (pending on tense like weekdays).
import { addDays, dayDiff, fmtDay, fmtWeek, fmtYear, type Ymd } from '../../../text/calendar.js';
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { setDraft, type TimexDraft } from '../draft.js';
import { dateDraft, dctOf, draftParser, WB, WE } from '../parserKit.js';
import { futureAt } from '../tense.js';
import { unitCode } from '../words.js';
import { reportedQuarter } from './relativePeriodParser.js';

const EARNINGS_CONTEXT = /\b(?:quarter|[a-z]+-quarter|period|net income|earnings|profits?|revenues?|sales|per share|a share|loss|results)\b/i;

/** "recent years", "in recent months", "coming weeks", "future quarters". */
export const vaguePluralParser = draftParser(
  new RegExp(`${WB}(recent|coming|future|past)\\s+(years|months|weeks|days|quarters|decades)${WE}`, 'i'),
  (m, ctx) => {
    const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    const which = m[1].toLowerCase();
    // "the past three years" is the duration parser's; "the past years" is vague and left to it too.
    if (which === 'past' && !/\b(?:in|over|for|during)\s+$/i.test(before)) return null;
    if (which === 'coming' || which === 'future') return { type: 'DATE', value: 'FUTURE_REF', granularity: 'none', anchoredTo: 'publication' };
    // "in recent years", "the boom of past years": an era of the past, not a measured span (TimeML PAST_REF);
    // "in recent weeks/months" stay vague durations.
    if (/^years$/i.test(m[2])) return { type: 'DATE', value: 'PAST_REF', granularity: 'none', anchoredTo: 'publication' };
    const { code } = unitCode(m[2]);
    return { type: 'DURATION', value: `PX${code}`, granularity: 'none', anchoredTo: 'none' };
  },
);

/** "current" and "recent" used as adjectives of time ("the current quarter" is the period parser's). */
export const currentRecentParser = draftParser(
  new RegExp(`${WB}(current|recent)${WE}(?!\\s+(?:account|accounts|assets|liabilities|ratio|week|month|year|quarter|period|years|months|weeks|days|quarters|decades))`, 'i'),
  (m) => {
    if (m[1] !== m[1].toLowerCase()) return null; // "Current" in a name or headline
    return { type: 'DATE', value: m[1] === 'current' ? 'PRESENT_REF' : 'PAST_REF', granularity: 'none', anchoredTo: 'publication' };
  },
);

/** "year-earlier profit", "the year-ago results": the year before, or last year's same quarter. */
export const yearAgoAdjectiveParser = draftParser(
  new RegExp(`${WB}(?:year-(?:earlier|ago)|year earlier)(?=\\s+[a-z])`, 'i'),
  (_m, ctx) => {
    const dct = dctOf(ctx);
    if (EARNINGS_CONTEXT.test(ctx.text)) {
      const q = reportedQuarter(dct);
      return dateDraft(`${fmtYear(q.y - 1)}-Q${q.q}`, 'quarter');
    }
    return dateDraft(fmtYear(dct.y - 1), 'year');
  },
);

/** "by year-end", "year's end", "the latest period", "the full year". */
export const reportingPeriodParser = draftParser(
  new RegExp(`${WB}(?<skip>(?:around|by|before|since)\\s+)?(year[- ]end|year's end|the (?:latest|most recent) period|the full year|the (?:latest|most recent) (?:fiscal )?year)${WE}`, 'i'),
  (m, ctx) => {
    const dct = dctOf(ctx);
    const what = m[2].toLowerCase(); // m[1] is the skipped preposition
    if (/period/.test(what)) {
      const q = reportedQuarter(dct);
      return dateDraft(`${fmtYear(q.y)}-Q${q.q}`, 'quarter');
    }
    // "since year-end" looks back to the end of last year.
    return dateDraft(fmtYear(/^since\s/i.test(m[0]) && /end/.test(what) ? dct.y - 1 : dct.y), 'year');
  },
);

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TWO_DIGITS = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))';

function twoDigits(words: string): number {
  const parts = words.toLowerCase().split(/[- ]/);
  if (parts[0] === 'oh') return SMALL[parts[1]] ?? 0;
  if (parts[0] in TENS) return TENS[parts[0]] + (parts[1] ? SMALL[parts[1]] ?? 0 : 0);
  return SMALL[parts[0]] ?? 0;
}

/** Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand", "two thousand one". */
export const spelledYearParser = draftParser(
  new RegExp(`${WB}(?:the year\\s+)?(?:(eighteen|nineteen)\\s+(${TWO_DIGITS})|two thousand(?:(?:\\s+and)?\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)${WE}(?!\\s+(?:dollars|people|years|miles|feet|tons|troops|more|of)\\b)`, 'i'),
  (m) => {
    const y = m[1] ? (m[1].toLowerCase() === 'eighteen' ? 1800 : 1900) + twoDigits(m[2]) : 2000 + (m[3] ? SMALL[m[3].toLowerCase()] ?? 0 : 0);
    if (m[1] && twoDigits(m[2]) === 0) return null;
    return dateDraft(fmtYear(y), 'year');
  },
);

/** Easter Sunday of a year (the Gregorian computus, written out step by step). */
export function easterSunday(year: number): Ymd {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearInCentury / 4);
  const yearRest = yearInCentury % 4;
  const weekdayShift = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const monthDay = epact + weekdayShift - 7 * correction + 114;
  return { y: year, m: Math.floor(monthDay / 31), d: (monthDay % 31) + 1 };
}

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = new Date(Date.UTC(y, m, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return { y, m, d: lastDay.getUTCDate() - back };
}

const HOLIDAYS: [RegExp, (y: number) => Ymd][] = [
  [/^thanksgiving/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^christmas eve/i, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas/i, (y) => ({ y, m: 12, d: 25 })],
  [/^new year's eve/i, (y) => ({ y, m: 12, d: 31 })],
  [/^new year's/i, (y) => ({ y, m: 1, d: 1 })],
  [/^election day/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^easter/i, (y) => easterSunday(y)],
  [/^(?:independence day|the fourth of july|july fourth)/i, (y) => ({ y, m: 7, d: 4 })],
  [/^memorial day/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labor day/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^valentine's day/i, (y) => ({ y, m: 2, d: 14 })],
  [/^halloween/i, (y) => ({ y, m: 10, d: 31 })],
];

/** How far ahead of publication a holiday is taken as the coming one even in a past-tense clause. */
const HOLIDAY_AHEAD_DAYS = 21;

/** Holidays without a year: the last one before publication unless the clause looks ahead ("next", "will"). */
export const holidayParser = draftParser(
  new RegExp(
    `${WB}(?:(last|next|this)\\s+)?(Thanksgiving(?: Day)?|Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?|Election Day|Easter(?: Sunday| week)?|Independence Day|the Fourth of July|July Fourth|Memorial Day|Labor Day|Valentine's Day|Halloween)${WE}(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`,
  ),
  (m, ctx) => {
    const name = m[2];
    const rule = HOLIDAYS.find(([re]) => re.test(name));
    if (!rule) return null;
    const dct = dctOf(ctx);
    const det = (m[1] ?? '').toLowerCase();
    const week = /week$/i.test(name);
    const at = (y: number): Ymd => rule[1](y);
    const toValue = (t: Ymd): TimexDraft => (week ? dateDraft(fmtWeek(t), 'week') : dateDraft(fmtDay(t), 'day'));
    if (m[3]) return toValue(at(Number(m[3])));
    const thisYear = at(dct.y);
    const isAfter = fmtDay(thisYear) > fmtDay(dct);
    let future: boolean;
    if (det === 'next') future = true;
    else if (det === 'last') future = false;
    else future = futureAt(ctx.text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    if (det === 'this') return toValue(thisYear);
    if (future) return toValue(isAfter ? thisYear : at(dct.y + 1));
    // A holiday a few weeks ahead is the coming one whatever the tense ("as Easter week began" six days
    // before Easter): a story rarely means last year's without saying "last".
    if (!det && isAfter && dayDiff(dct, thisYear) <= HOLIDAY_AHEAD_DAYS) return toValue(thisYear);
    return toValue(isAfter || (det === 'last' && fmtDay(thisYear) === fmtDay(dct)) ? at(dct.y - 1) : thisYear);
  },
);

/** "noon" and "midnight" as clock times, so that "noon Thursday" joins into one TIME (clockTimeRefiner). */
export const noonMidnightParser: Parser = {
  pattern: () => new RegExp(`${WB}(noon|midnight)${WE}`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const noon = match[1].toLowerCase() === 'noon';
    const r = context.createParsingResult(match.index ?? 0, match[0]);
    r.start.assign('hour', noon ? 12 : 0);
    r.start.assign('minute', 0);
    // TimeML writes midnight as hour 24 of the day it ends.
    return setDraft(r, { type: 'TIME', value: `${fmtDay(dctOf(context))}T${noon ? '12:00' : '24:00'}`, granularity: 'time', anchoredTo: 'publication' });
  },
};
