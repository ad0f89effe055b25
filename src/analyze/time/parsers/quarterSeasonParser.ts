// "the third quarter" → 2020-Q3, "third-quarter" (as in "third-quarter profit"), "the first half of 1990"
// → 1990-H1, "the year-ago quarter" → last year's reported quarter, "this summer" → 2020-SU.
// Without a year the choice of year waits for the sentence's tense (pastLeaningRefiner).
import { fmtMonth, fmtYear } from '../../../text/calendar.js';
import { MONTH_RE, monthNumber } from '../words.js';
import { dateDraft, dctOf, draftParser, WB, WE } from '../parserKit.js';
import { reportedQuarter } from './relativePeriodParser.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

export const quarterParser = draftParser(
  new RegExp(
    // The hyphenated adjective ("the third-quarter profit") leaves its article out of the span.
    `${WB}(?<skip>(?:the|this|its)\\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-))?(?:(the|this|last|next|this year's|last year's|next year's|the year-(?:ago|earlier)|year-(?:ago|earlier)|a year-(?:ago|earlier))\\s+)?` +
      `(first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=\\s+half))(?:\\s+|-)(quarter|half)(?![\\w])(?:\\s+of\\s+((?:19|20)\\d{2})|,?\\s+((?:19|20)\\d{2})(?![\\w,])|\\s+of\\s+(?:the\\s+)?(last|this|next|the\\s+current|the\\s+previous)\\s+(?:fiscal\\s+)?year(?![\\w-]))?`,
    'i',
  ),
  (m, ctx) => {
    const dct = dctOf(ctx);
    const half = m[4].toLowerCase() === 'half';
    // "the last half of 1989" is its second half; "the last quarter" its fourth.
    const n = half && /^last$/i.test(m[3]) ? 2 : ORDINAL[m[3].toLowerCase()];
    if (half && n > 2) return null;
    const label = half ? `H${n}` : `Q${n}`;
    // "the first quarter of last year": the year is named relative to publication.
    const relYear = m[7] ? m[7].toLowerCase().replace(/\s+/g, ' ') : undefined;
    const shift = relYear === 'last' || relYear === 'the previous' ? -1 : relYear === 'next' ? 1 : 0;
    const explicit = m[5] ?? m[6] ?? (relYear ? fmtYear(dctOf(ctx).y + shift) : undefined);
    // "the first half of the '80s", "the second half of the game": a half of something other than a year.
    const after = ctx.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
    if (half && !explicit && (/^\s+of\b/i.test(after) || /^last$/i.test(m[3]))) return null;
    const det = (m[2] ?? '').toLowerCase();
    if (explicit) return dateDraft(`${explicit}-${label}`, half ? 'none' : 'quarter');
    let y: number | undefined;
    if (/last year's|year-(ago|earlier)/.test(det)) y = dct.y - 1;
    else if (/next year's/.test(det)) y = dct.y + 1;
    else if (/this year's/.test(det)) y = dct.y;
    if (y !== undefined) return dateDraft(`${fmtYear(y)}-${label}`, half ? 'none' : 'quarter');
    if (half) return dateDraft(`${fmtYear(dct.y)}-${label}`, 'none');
    return { type: 'DATE', granularity: 'quarter', anchoredTo: 'publication', pending: { kind: 'quarter', quarter: n } };
  },
);

/** "in February" earlier in the sentence, without a day after it. */
const MONTH_IN = new RegExp(`\\bin\\s+(${MONTH_RE})(?![\\w])(?!\\s*\\d)`);

/**
 * "the quarter a year ago", "the same period last year", "the corresponding quarter a year earlier": the
 * reported quarter one year back, as one expression.
 */
export const sameQuarterLastYearParser = draftParser(
  new RegExp(`${WB}(?:the|that)\\s+(?:(?:same|corresponding|comparable|year-ago)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|the\\s+previous\\s+year|the\\s+prior\\s+year)${WE}`, 'i'),
  (m, ctx) => {
    const dct = dctOf(ctx);
    // Monthly figures ("sales rose 43% in February compared to the same period last year"): that month.
    const month = /period/i.test(m[0]) ? MONTH_IN.exec(ctx.text.slice(0, m.index ?? 0)) : null;
    const n = month ? monthNumber(month[1]) : undefined;
    if (n) return dateDraft(fmtMonth(n <= dct.m ? dct.y - 1 : dct.y - 2, n), 'month');
    const q = reportedQuarter(dct);
    return dateDraft(`${fmtYear(q.y - 1)}-Q${q.q}`, 'quarter');
  },
);

/** "the year-ago quarter", "the year-earlier period": the reported quarter one year back. */
export const yearAgoQuarterParser = draftParser(
  new RegExp(`${WB}(?:the\\s+|a\\s+)?(?:year-(?:ago|earlier)|year earlier|last year's|prior-year|year-before)\\s+(quarter|period|nine months|six months|first half)(?![\\w-])`, 'i'),
  (m, ctx) => {
    const unit = m[1].toLowerCase();
    if (unit === 'nine months') return { type: 'DURATION', value: 'P9M', granularity: 'none', anchoredTo: 'none' };
    if (unit === 'six months') return { type: 'DURATION', value: 'P6M', granularity: 'none', anchoredTo: 'none' };
    const q = reportedQuarter(dctOf(ctx));
    if (unit === 'first half') return dateDraft(`${fmtYear(q.y - 1)}-H1`, 'none');
    return dateDraft(`${fmtYear(q.y - 1)}-Q${q.q}`, 'quarter');
  },
);

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Seasons with a year, or after "in (the)", "during", "early/late": bare "fall" is usually the verb. */
export const seasonParser = draftParser(
  new RegExp(
    `${WB}(?:(?<skip>(?:in|during|since|until|by|through)\\s+)(?:the\\s+)?|(?:the\\s+)?(?:early|late|mid)(?:\\s+|-))` +
      `(spring|summer|fall|autumn|winter)(?![\\w-])(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?|${WB}(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?((?:19|20)\\d{2})(?!\\d)`,
    'i',
  ),
  (m) => {
    // m[1] is the skipped preposition.
    const season = SEASONS[(m[2] ?? m[4]).toLowerCase()];
    const year = m[3] ?? m[5];
    if (year) return dateDraft(`${year}-${season}`, 'season');
    return { type: 'DATE', granularity: 'season', anchoredTo: 'publication', pending: { kind: 'season', season } };
  },
);

/**
 * "the 1988 second quarter" → 1988-Q2; in earnings news "the 1988 period" and "the 1988 quarter" are the
 * reported quarter of that year ("the 1988 period" in a November 1989 story is 1988-Q3).
 */
export const yearQuarterParser = draftParser(
  new RegExp(`${WB}(?:the\\s+)?((?:19|20)\\d{2})\\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+)?(quarter|period)${WE}`, 'i'),
  (m, ctx) => {
    const year = Number(m[1]);
    const n = m[2] ? ORDINAL[m[2].toLowerCase()] : reportedQuarter(dctOf(ctx)).q;
    if (!n) return null;
    return dateDraft(`${fmtYear(year)}-Q${n}`, 'quarter');
  },
);
