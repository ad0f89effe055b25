// Drops matches that are words, not times: a clock time that is only a number ("at 3"),
// and anything our drafts could not value.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { getDraft } from '../draft.js';

export const falsePositiveRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const d = getDraft(r);
      if (!d) return false;
      if (!d.value && !d.relative) return false;
      if (d.type === 'TIME' && /^\d{1,2}$/.test(r.text.trim())) return false;
      return true;
    });
  },
};
