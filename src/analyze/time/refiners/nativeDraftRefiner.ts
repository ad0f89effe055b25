// chrono's own parsers (month-name dates, slash and ISO dates, clock times) give components, not TIMEX3
// values. This refiner turns them into drafts: full dates and times become values at once; a day and
// month without a year waits for the tense (pastLeaningRefiner); a bare clock time takes the DCT's date.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { fmtDay, isValidDay } from '../../../text/calendar.js';
import { getDraft, setDraft } from '../draft.js';
import { dctOf } from '../parserKit.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export function clockSuffix(r: ParsingResult): string {
  const h = r.start.get('hour') ?? 0;
  const min = r.start.get('minute') ?? 0;
  return `T${pad(h)}:${pad(min)}`;
}

/** Words chrono keeps in its spans that TimeML leaves out. */
const LEADING_WORD = /^(?:at|on|by|from|until|in|since)\s+/i;

/**
 * Trim a chrono result to TimeML's extent, or reject it: "7/8" and "3/4" are fractions in news,
 * "2.50 a" is "$2.50 a share", and a bare "at 1" is no clock time.
 */
function trimNative(text: string, r: ParsingResult): boolean {
  const lead = LEADING_WORD.exec(r.text);
  if (lead) {
    r.index += lead[0].length;
    r.text = r.text.slice(lead[0].length);
  }
  r.text = r.text.replace(/[\s,]+$/, '');
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text)) return false;
  if (r.start.isCertain('hour') && !r.start.isCertain('day')) {
    if (/^\d+(?:[.:]\d+)?\s*a$/i.test(r.text) || /^\d{1,2}$/.test(r.text)) return false;
    if (/[$£€]\s*$/.test(text.slice(Math.max(0, r.index - 2), r.index))) return false;
    // "fell 4 to 15", "7,000 to 8,000": bare numbers are prices and counts, not clock times.
    if (!/:\d|\b[ap]\.?m\b|o'clock|noon|midnight/i.test(r.text)) return false;
  }
  return true;
}

export const nativeDraftRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      if (getDraft(r)) {
        out.push(r);
        continue;
      }
      if (!trimNative(context.text, r)) continue;
      const s = r.start;
      const hasDay = s.isCertain('day') && s.isCertain('month');
      const hasTime = s.isCertain('hour');
      if (!hasDay && !hasTime) {
        if (s.isCertain('month') && s.isCertain('year')) {
          setDraft(r, { type: 'DATE', value: `${s.get('year')}-${pad(s.get('month')!)}`, granularity: 'month', anchoredTo: 'none' });
          out.push(r);
        }
        continue; // e.g. a lone weekday from a chrono parser we did not ask for
      }
      if (hasDay && !s.isCertain('year')) {
        setDraft(r, { type: hasTime ? 'TIME' : 'DATE', granularity: hasTime ? 'time' : 'day', anchoredTo: 'publication', pending: { kind: 'monthDay', month: s.get('month')!, day: s.get('day')! } });
        out.push(r);
        continue;
      }
      if (hasDay) {
        const y = s.get('year')!;
        if (!isValidDay(y, s.get('month')!, s.get('day')!)) continue;
        const day = fmtDay({ y, m: s.get('month')!, d: s.get('day')! });
        setDraft(r, hasTime
          ? { type: 'TIME', value: day + clockSuffix(r), granularity: 'time', anchoredTo: 'none' }
          : { type: 'DATE', value: day, granularity: 'day', anchoredTo: 'none' });
        out.push(r);
        continue;
      }
      // A clock time alone ("10 a.m."): TimeML dates it on the publication day.
      setDraft(r, { type: 'TIME', value: fmtDay(dctOf(context)) + clockSuffix(r), granularity: 'time', anchoredTo: 'publication' });
      out.push(r);
    }
    return out;
  },
};
