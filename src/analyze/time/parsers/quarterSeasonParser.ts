// "the third quarter" → 2020-Q3, "third-quarter" (as in "third-quarter profit"), "the first half of 1990"
// → 1990-H1, "the year-ago quarter" → last year's reported quarter, "this summer" → 2020-SU.
// Without a year the choice of year waits for the sentence's tense (pastLeaningRefiner).
import { fmtYear } from '../calendar.js';
import { dateDraft, dctOf, draftParser, WB, WE } from '../parserKit.js';
import { reportedQuarter } from './relativePeriodParser.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

export const quarterParser = draftParser(
  new RegExp(
    // The hyphenated adjective ("the third-quarter profit") leaves its article out of the span.
    `${WB}(?<skip>(?:the|this|its)\\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-))?(?:(the|this|last|next|this year's|last year's|next year's|the year-(?:ago|earlier)|year-(?:ago|earlier)|a year-(?:ago|earlier))\\s+)?` +
      `(first|second|third|fourth|1st|2nd|3rd|4th|final)(?:\\s+|-)(quarter|half)(?![\\w])(?:\\s+of\\s+((?:19|20)\\d{2})|,?\\s+((?:19|20)\\d{2})(?![\\w,]))?`,
    'i',
  ),
  (m, ctx) => {
    const dct = dctOf(ctx);
    const n = ORDINAL[m[3].toLowerCase()];
    const half = m[4].toLowerCase() === 'half';
    if (half && n > 2) return null;
    const label = half ? `H${n}` : `Q${n}`;
    const explicit = m[5] ?? m[6];
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
