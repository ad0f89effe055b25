// "last week" → 2020-W34, "this month" → 2020-08, "next year" → 2021, "earlier this month" → 2020-08,
// "the latest quarter" → the quarter last reported, "this weekend" → 2020-W35-WE, "last fall" → 2019-FA.
// "the past week" is a DURATION (P1W) in TimeML, not a date.
import { addDays, addMonths, fmtMonth, fmtWeek, fmtYear, quarterOf, weekdayOf, type Ymd } from '../../../text/calendar.js';
import { futureAt } from '../tense.js';
import type { TimexDraft } from '../draft.js';
import { dateDraft, dctOf, draftParser, WB, WE } from '../parserKit.js';
import { MONTH_RE } from '../words.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The season a month falls in (December counts as the winter of the next year's start). */
const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

/** The quarter a news report most likely means by "the quarter": the one last completed ~45 days ago. */
export function reportedQuarter(dct: Ymd): { y: number; q: number } {
  const t = addDays(dct, -45);
  return { y: t.y, q: quarterOf(t.m) };
}

export function seasonValue(dct: Ymd, season: string, direction: -1 | 0 | 1): string {
  const current = SEASON_OF_MONTH[dct.m - 1];
  let y = dct.y;
  const ci = SEASON_ORDER.indexOf(current);
  const si = SEASON_ORDER.indexOf(season);
  if (direction < 0 && si >= ci) y -= 1;
  if (direction > 0 && si <= ci) y += 1;
  if (direction === 0 && dct.m === 12 && season === 'WI') y += 1;
  return `${fmtYear(y)}-${season}`;
}

function which(word: string): -1 | 0 | 1 | 'past' | 'latest' {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'this past' || w === 'the previous' || w === 'the last') return -1;
  if (w === 'next' || w === 'the coming' || w === 'the next' || w === 'this coming') return 1;
  if (w === 'the past') return 'past';
  if (w === 'the latest' || w === 'the' || w === 'its' || w === 'that' || w === 'the most recent') return 'latest';
  return 0; // this, the current, the same
}

function periodValue(dct: Ymd, unit: string, dir: -1 | 0 | 1, det: string): TimexDraft | null {
  switch (unit) {
    case 'week':
      return dateDraft(fmtWeek(addDays(dct, dir * 7)), 'week');
    case 'weekend':
      return dateDraft(`${fmtWeek(addDays(dct, dir * 7))}-WE`, 'week');
    case 'month': {
      const t = addMonths(dct.y, dct.m, dir);
      return dateDraft(fmtMonth(t.y, t.m), 'month');
    }
    case 'year':
      return dateDraft(fmtYear(dct.y + dir), 'year');
    case 'quarter': {
      if (det === 'latest') {
        const r = reportedQuarter(dct);
        return dateDraft(`${fmtYear(r.y)}-Q${r.q}`, 'quarter');
      }
      const t = addMonths(dct.y, dct.m, dir * 3);
      return dateDraft(`${fmtYear(t.y)}-Q${quarterOf(t.m)}`, 'quarter');
    }
    case 'decade':
      return dateDraft(String(Math.floor(dct.y / 10) + dir), 'decade');
    case 'century':
      return dateDraft(String(Math.floor(dct.y / 100) + dir), 'century');
    default: {
      const season = SEASONS[unit];
      return season ? dateDraft(seasonValue(dct, season, dir), 'season') : null;
    }
  }
}

export const relativePeriodParser = draftParser(
  new RegExp(
    `${WB}(?:(?:earlier|later)\\s+)?(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of|the rest of)(?:\\s+|-))?` +
      `(this(?:\\s+(?:past|coming))?|last|next|the\\s+(?:past|previous|coming|current|same|latest|most recent|last|next|following)|the|its|that)\\s+` +
      `(?:fiscal\\s+)?(week|weekend|month|year|quarter|spring|summer|fall|autumn|winter|decade|century)${WE}(?!'s\\s+(?:end|close))(?!\\s+of\\s+${MONTH_RE}\\s*\\d)`,
    'i',
  ),
  (m, ctx) => {
    const dct = dctOf(ctx);
    // "earlier this month": TimeBank more often keeps "earlier"/"later" inside the span than not.
    const unit = m[2].toLowerCase();
    const w = which(m[1]);
    // "that year", "later that month": anaphoric, the year (month) of the date the story mentioned last.
    if ((unit === 'year' || unit === 'month') && /^that$/i.test(m[1])) return { type: 'DATE', granularity: unit, anchoredTo: 'previous', relative: { unit, offset: 0 } };
    // "the following year", "the following month": one after the date the story mentioned last.
    if (/following$/i.test(m[1])) {
      if (unit === 'year' || unit === 'month') return { type: 'DATE', granularity: unit, anchoredTo: 'previous', relative: { unit, offset: 1 } };
      return null;
    }
    if (w === 'past') {
      // "over the past year" names the year before the story as "last year" does (TimeBank tags it so).
      if (unit === 'year') return periodValue(dct, unit, -1, 'this');
      // TimeML: "the past week" is the duration P1W ending now.
      const code: Record<string, string> = { week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', decade: 'P10Y', weekend: 'P1WE', century: 'P100Y' };
      return code[unit] ? { type: 'DURATION', value: code[unit], granularity: 'none', anchoredTo: 'publication' } : null;
    }
    if (w === 'latest') {
      // Bare "the week/month/decade" is too often generic; keep the ones news uses for the reporting period.
      if (unit === 'quarter') return periodValue(dct, unit, 0, 'latest');
      const after = ctx.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 10);
      // "the year ended March 31" is a reporting span: TimeBank tags it DURATION P1Y.
      if (unit === 'year' && /^\s+(?:ended|ending)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y', granularity: 'none', anchoredTo: 'none' };
      if (unit === 'year' || unit === 'week' || unit === 'month') return periodValue(dct, unit, 0, 'this');
      if (unit === 'weekend') {
        // "over the weekend" in a weekday story is the weekend just past, unless the clause looks ahead.
        const wd = weekdayOf(dct);
        const past = wd !== 0 && wd !== 6 && !futureAt(ctx.text, m.index ?? 0, (m.index ?? 0) + m[0].length);
        return periodValue(dct, unit, past ? -1 : 0, 'this');
      }
      if (SEASONS[unit] && /^the$/i.test(m[1])) return null; // "the fall of the government"
      if (SEASONS[unit]) return periodValue(dct, unit, 0, 'this');
      return null;
    }
    return periodValue(dct, unit, w, 'this');
  },
);
