// "18 months" → DURATION P18M, "the past few years" → PXY, "a three-year period" → P3Y, "two-hour" → PT2H;
// with "ago" it becomes the date it points at: "three years ago" → the year, "five months ago" → the month.
// "a year earlier" is read against the publication date (as TimeBank does); "two days later" is
// anchored to the previous date in the text.
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, type Ymd } from '../../../text/calendar.js';
import type { TimexDraft } from '../draft.js';
import { dctOf, dateDraft, draftParser, WB } from '../parserKit.js';
import { COUNT_RE, countValue, durationValue, UNIT_RE, unitCode } from '../words.js';
import { reportedQuarter } from './relativePeriodParser.js';

/** Modifiers TimeBank leaves out of the span (they go to the mod attribute). */
const MODIFIER = '(?:(?:about|around|approximately|almost|roughly|over|under|only|just|another|barely|well over|within)\\s+)?';
/** Modifiers TimeBank keeps inside the span: "nearly two years", "at least 30 days", "more than four hours". */
const INNER_MODIFIER = '(?:(?:nearly|more than|less than|fewer than|at least|at most|up to|no more than|no less than)\\s+)?';
/** "the past three years", "its first nine months", and "the nine months" (ended Sept. 30) before a numeral. */
const DETERMINER =
  '(?:(?:the|its|their|this)\\s+(?:past|last|next|first|previous|coming|following|final|remaining|latest|recent|entire|full|whole)\\s+|(?:recent|past)\\s+|the\\s+(?=(?:\\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)))?';
const ADJECTIVE = '(?:\\s+(?:more|additional|full|straight|consecutive|long|trading|business|calendar|successive|short))?';

/** Words of a quarterly earnings report, where "a year ago" means the same quarter last year. */
const EARNINGS_CONTEXT = /\b(?:quarter|[a-z]+-quarter|period|net income|earnings|profits?|revenues?|sales|per share|a share)\b/i;

/** Date N units before (or after) the publication date, at the unit's own granularity. */
function shifted(dct: Ymd, n: number, unit: string, sign: -1 | 1, sentence: string): TimexDraft | null {
  const code = unitCode(unit).code;
  const time = unitCode(unit).time;
  if (time) return null; // "two hours ago" has no date-level value worth guessing
  switch (code) {
    case 'D':
      return dateDraft(fmtDay(addDays(dct, sign * n)), 'day');
    case 'W':
      return dateDraft(fmtWeek(addDays(dct, sign * 7 * n)), 'week');
    case 'M': {
      const t = addMonths(dct.y, dct.m, sign * n);
      return dateDraft(fmtMonth(t.y, t.m), 'month');
    }
    case 'Q': {
      const t = addMonths(dct.y, dct.m, sign * 3 * n);
      return dateDraft(`${fmtYear(t.y)}-Q${Math.floor((t.m - 1) / 3) + 1}`, 'quarter');
    }
    case 'Y': {
      // Earnings news compares quarters: "a year ago" there means the same quarter a year before.
      if (n === 1 && EARNINGS_CONTEXT.test(sentence)) {
        const q = reportedQuarter(dct);
        return dateDraft(`${fmtYear(q.y + sign)}-Q${q.q}`, 'quarter');
      }
      return dateDraft(fmtYear(dct.y + sign * n), 'year');
    }
    case 'E':
      return dateDraft(String(Math.floor((dct.y + sign * 10 * n) / 10)), 'decade');
    case 'C':
      return dateDraft(String(Math.floor((dct.y + sign * 100 * n) / 100)), 'century');
    default:
      return null;
  }
}

export const durationParser = draftParser(
  new RegExp(
    `${WB}(?<skip>${MODIFIER})${INNER_MODIFIER}${DETERMINER}(?<count>${COUNT_RE})(?<countHalf>\\s+and\\s+a\\s+half)?${ADJECTIVE}(?<sep>\\s+|-)(?<unit>${UNIT_RE})(?![\\w])` +
      `(?<unitHalf>\\s+and\\s+a\\s+half(?![\\w-]))?(?<old>-(?:old|long)|\\s+old)?(?:(?<suffix>(?:\\s+or\\s+so)?\\s+(?:ago|earlier|from now|hence|back)|(?<=days?)\\s+later)|(?<tail>\\s+(?:later|before|after|since)))?(?!-)`,
    'i',
  ),
  (m, ctx) => {
    const g = m.groups ?? {};
    // "two and a half years", "a minute and a half": half a unit more.
    const whole = countValue(g.count);
    const count = typeof whole === 'number' && (g.countHalf || g.unitHalf) ? whole + 0.5 : whole;
    if (g.countHalf && g.unitHalf) return null;
    const unit = g.unit;
    // "a week or so ago": the "or so" is vagueness, the value is the week a week ago.
    const suffix = g.suffix?.trim().toLowerCase().replace(/^or\s+so\s+/, '');
    const text = m[0].slice(g.skip?.length ?? 0);
    // Ages ("a 6-year-old") are not time expressions; "three-quarters" is a fraction.
    if (g.old && /old/i.test(g.old)) return null;
    // "a second group", "a second betrayal": the ordinal before its noun, not one second of time.
    if (/^(?:a|one)\s+second$/i.test(text) && !suffix && !g.tail) {
      const after = ctx.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16);
      if (/^\s+[a-z]/i.test(after) && !/^\s+(?:later|earlier|ago|or|and|of|to|in|for|before|after|longer|more|less|than|too|at|on|as|when|while|that|the|a|an|per|is|was|it|he|she|they|we|you|i)\b/i.test(after)) return null;
    }
    if (g.sep === '-' && /s$/i.test(unit)) return null;
    // The hyphenated adjective ("a two-year contract") leaves its article out of the span.
    // "a day" / "an hour" as a rate after a number ("$5 a day") is a SET, handled by setParser.
    if (/^an?\s/i.test(text) && !suffix && /^an?\s+(day|week|month|year|hour|night)$/i.test(text)) {
      const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0);
      if (/(\d|million|billion|percent|%|times|once|twice|dollars?|cents?)\s*$/i.test(before)) return null;
    }
    if (suffix === 'ago' || suffix === 'back') {
      if (count === 'X') return { type: 'DATE', value: 'PAST_REF', granularity: 'none', anchoredTo: 'publication' };
      return shifted(dctOf(ctx), Math.round(count), unit, -1, ctx.text);
    }
    if (suffix === 'from now' || suffix === 'hence') {
      if (count === 'X') return { type: 'DATE', value: 'FUTURE_REF', granularity: 'none', anchoredTo: 'publication' };
      return shifted(dctOf(ctx), Math.round(count), unit, 1, ctx.text);
    }
    // "a year earlier" is a date; "two days later" a day counted from the previous date. But "90 days
    // after their issue" and "three weeks later": TimeBank tags the amount as a DURATION and leaves the
    // signal word out (it is in the `tail` group).
    if (suffix === 'earlier' || suffix === 'later') {
      if (count === 'X') return suffix === 'later' ? { type: 'DURATION', value: durationValue(count, unit), granularity: 'none', anchoredTo: 'none' } : null;
      const sign = suffix === 'earlier' ? -1 : 1;
      if (unitCode(unit).code === 'D' && Number.isInteger(count)) {
        return { type: 'DATE', granularity: 'day', anchoredTo: 'previous', relative: { unit: 'day', offset: sign * count } };
      }
      return shifted(dctOf(ctx), Math.round(count), unit, sign, ctx.text);
    }
    return { type: 'DURATION', value: durationValue(count, unit), granularity: 'none', anchoredTo: 'none' };
  },
);

/** Bare plurals read as vague durations: "for years", "in recent months", "decades". */
export const vagueDurationParser = draftParser(
  new RegExp(`${WB}(?<skip>(?:for|over|in|within)\\s+)(years|months|weeks|days|decades|hours|minutes)(?![\\w-])(?!\\s+(?:ago|of|to|before|after|later|earlier))`, 'i'),
  (m) => {
    const { code, time } = unitCode(m[2]); // m[1] is the skipped preposition
    const value = code === 'E' ? 'PXE' : `P${time ? 'T' : ''}X${code}`;
    return { type: 'DURATION', value, granularity: 'none', anchoredTo: 'none' };
  },
);
