// Joins a day and a clock time next to it ("Tuesday at 10 a.m.", "10 p.m. Wednesday", "Dec. 5 at noon")
// into one TIME: 2020-08-25T10:00. chrono's own date-time merger is left out of our configuration
// because it takes any of our drafts (which carry no chrono components) for a date or a time.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { getDraft, setDraft, type TimexDraft } from '../draft.js';

const BETWEEN = /^\s*(?:,|at|on|of)?\s*(?:(?:[ECMP][SD]T|GMT|UTC)\s*,?\s*)?$/;

function isClock(r: ParsingResult, d: TimexDraft | undefined): boolean {
  return !!d && d.type === 'TIME' && r.start.isCertain('hour') && !r.start.isCertain('day');
}

function isDay(d: TimexDraft | undefined): d is TimexDraft & { value: string } {
  return !!d && d.type === 'DATE' && d.granularity === 'day' && !!d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value);
}

export const clockTimeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        const da = getDraft(a);
        const db = getDraft(b);
        const [clock, day] = isClock(a, da) && isDay(db) ? [da!, db] : isDay(da) && isClock(b, db) ? [db!, da] : [undefined, undefined];
        if (clock && day && BETWEEN.test(between)) {
          const merged = a.clone();
          merged.text = context.text.slice(a.index, b.index + b.text.length);
          setDraft(merged, { type: 'TIME', value: day.value + clock.value!.slice(10), granularity: 'time', anchoredTo: day.anchoredTo });
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
