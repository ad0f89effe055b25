// Drops matches that are words, not times: a clock time that is only a number ("at 3"),
// a title in quotes ('ABC's "This Week"', '"60 Minutes"': the unit word capitalised right after the
// opening quote), and anything our drafts could not value.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { getDraft } from '../draft.js';

/** A unit word capitalised inside a phrase: only titles and names write it so. */
const QUOTED_TITLE_UNIT = /.\b(?:Weeks?|Weekend|Minutes?|Hours?|Noon|Nights?|Mornings?|Days?|Years?|Months?|Decades?)\b/;

export const falsePositiveRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (QUOTED_TITLE_UNIT.test(r.text) && /^[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*$/.test(r.text) && /(?:["“]|``|'')$/.test(context.text.slice(Math.max(0, r.index - 2), r.index))) return false;
      const d = getDraft(r);
      if (!d) return false;
      if (!d.value && !d.relative) return false;
      if (d.type === 'TIME' && /^\d{1,2}$/.test(r.text.trim())) return false;
      return true;
    });
  },
};
