// "Friday, Oct. 23" is one expression in TimeML: merge a weekday with the date that follows it and keep
// the date's value (the explicit date wins over our guess of the week).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { getDraft, setDraft } from '../draft.js';

export const weekdayDateMergeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      const da = getDraft(a);
      if (b && da?.pending?.kind === 'weekday' && !da.pending.partOfDay) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        const db = getDraft(b);
        if (/^,?\s*$/.test(between) && b.start.isCertain('day') && b.start.isCertain('month') && db) {
          const merged = b.clone();
          merged.index = a.index;
          merged.text = context.text.slice(a.index, b.index + b.text.length);
          setDraft(merged, db); // clone() does not carry tags
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
