// Resolves weekdays, month names, day-month dates, quarters and seasons that have no year: the latest
// one on or before the publication date, unless the sentence speaks of the future, then the next one.
// In a present-tense clause ("is payable Jan. 2", "the case is heard in May") the nearer of the two.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, dayDiff, fmtDay, fmtMonth, fmtYear, isValidDay, quarterOf, weekdayOf, type Ymd } from '../../../text/calendar.js';
import { getDraft, setDraft, type Pending, type TimexDraft } from '../draft.js';
import { dctOf } from '../parserKit.js';
import { seasonValue } from '../parsers/relativePeriodParser.js';
import { tenseAt } from '../tense.js';
import { clockSuffix } from './nativeDraftRefiner.js';

/** A day-month date up to this many days after publication, with no tense cue, is still read as upcoming. */
const NEAR_FUTURE_DAYS = 0;
/** Kinds read as the nearer occurrence in a present-tense clause. */
const NEAREST_KINDS = new Set<Pending['kind']>(['weekday', 'month', 'monthDay']);

/** Which occurrence a date without a year means: the last one, the next one, or the nearer of the two. */
export type Reading = 'past' | 'future' | 'nearest';

export function resolvePending(p: Pending, dct: Ymd, reading: Reading): { value: string; granularity: TimexDraft['granularity'] } {
  if (reading === 'nearest') {
    const back = resolvePending(p, dct, 'past');
    const ahead = resolvePending(p, dct, 'future');
    return distanceFrom(dct, ahead.value) < distanceFrom(dct, back.value) ? ahead : back;
  }
  const future = reading === 'future';
  switch (p.kind) {
    case 'weekday': {
      const diff = (weekdayOf(dct) - p.weekday + 7) % 7;
      const day = future ? addDays(dct, (p.weekday - weekdayOf(dct) + 7) % 7) : addDays(dct, -diff);
      const v = fmtDay(day);
      return p.partOfDay ? { value: `${v}T${p.partOfDay}`, granularity: 'time' } : { value: v, granularity: 'day' };
    }
    case 'month': {
      const y = future ? (p.month >= dct.m ? dct.y : dct.y + 1) : p.month <= dct.m ? dct.y : dct.y - 1;
      return { value: fmtMonth(y, p.month), granularity: 'month' };
    }
    case 'monthDay': {
      const candidates = [dct.y - 1, dct.y, dct.y + 1].filter((y) => isValidDay(y, p.month, p.day));
      const dist = (y: number): number => dayDiff(dct, { y, m: p.month, d: p.day });
      let best = candidates[0] ?? dct.y;
      if (future) {
        best = candidates.find((y) => dist(y) >= 0) ?? best;
        // A deadline a few days gone ("to repatriate the child by Jan. 14" on Jan. 15) is not next year's.
        const last = [...candidates].reverse().find((y) => dist(y) < 0);
        if (last !== undefined && dist(best) > 300 && -dist(last) <= 14) best = last;
      } else {
        // Past-leaning: the latest occurrence not after publication, unless the next one is very near
        // and the previous one far (e.g. "Jan. 2" in a Dec. 30 article).
        const past = [...candidates].reverse().find((y) => dist(y) <= NEAR_FUTURE_DAYS);
        const next = candidates.find((y) => dist(y) > NEAR_FUTURE_DAYS);
        best = past ?? next ?? best;
        if (past !== undefined && next !== undefined && -dist(past) > 300 && dist(next) < 60) best = next;
      }
      return { value: fmtDay({ y: best, m: p.month, d: p.day }), granularity: 'day' };
    }
    case 'quarter': {
      const current = quarterOf(dct.m);
      // Quarters are reported after they end, so tense says little: "the third quarter" in an October
      // article is the one just ended. Only a quarter two or more ahead of the current one is last year's.
      void future;
      const y = p.quarter - current >= 2 ? dct.y - 1 : dct.y;
      return { value: `${fmtYear(y)}-Q${p.quarter}`, granularity: 'quarter' };
    }
    case 'season':
      return { value: seasonValue(dct, p.season, future ? 1 : 0), granularity: 'season' };
  }
}

/** Days from the publication date to the start of a day or month value (absolute). */
function distanceFrom(dct: Ymd, value: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return Infinity;
  return Math.abs(dayDiff(dct, { y: +m[1], m: +m[2], d: m[3] ? +m[3] : 15 }));
}

export const pastLeaningRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const dct = dctOf(context);
    for (const r of results) {
      const draft = getDraft(r);
      if (!draft?.pending) continue;
      // No tense cue at all: past, as news mostly reports. (Taking the nearer of the last and the next
      // occurrence instead was tried on TempEval-3 dev: as many weekdays lost as won.)
      const tense = tenseAt(context.text, r.index, r.index + r.text.length);
      // A possessive day ("over Thursday's closing price") names an event already known: no nearer reading.
      const possessive = /^['’]s\b/.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 3));
      const nearest = tense === 'present' && !possessive && NEAREST_KINDS.has(draft.pending.kind);
      // An infinitive after a past verb ("prepared to embark on concerts in July") is later than that verb:
      // the nearer occurrence, as for a present clause.
      const prospective = tense === 'prospective' && NEAREST_KINDS.has(draft.pending.kind);
      const reading: Reading = tense === 'future' || (tense === 'prospective' && !prospective) ? 'future' : nearest || prospective ? 'nearest' : 'past';
      const { value, granularity } = resolvePending(draft.pending, dct, reading);
      const timed = draft.pending.kind === 'monthDay' && r.start.isCertain('hour');
      const next: TimexDraft = { type: draft.type, value: timed ? value + clockSuffix(r) : value, granularity: draft.granularity === 'time' ? 'time' : granularity, anchoredTo: 'publication' };
      if (draft.pending.kind === 'month' || draft.pending.kind === 'monthDay' || draft.pending.kind === 'season') next.yearless = reading;
      setDraft(r, next);
    }
    return results;
  },
};
