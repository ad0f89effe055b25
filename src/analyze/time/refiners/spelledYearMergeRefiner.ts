// Broadcast transcripts spell years out: "January nineteen ninety-seven", "the winter of nineteen
// ninety-four". The month (or season) and the spelled year are found by two parsers; this refiner joins
// them into one DATE with that year, before the month would be dated by the tense (pastLeaningRefiner).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { fmtMonth } from '../../../text/calendar.js';
import { getDraft, setDraft } from '../draft.js';

const BETWEEN = /^\s+(?:of\s+)?$/i;
const SPELLED = /^(?:the year\s+)?(?:eighteen|nineteen|two thousand)\b/i;

export const spelledYearMergeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      const da = getDraft(a);
      const db = b && getDraft(b);
      const pending = da?.pending;
      if (b && db && pending && (pending.kind === 'month' || pending.kind === 'season') && db.type === 'DATE' && db.granularity === 'year' && SPELLED.test(b.text) && /^\d{4}$/.test(db.value ?? '')) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        if (BETWEEN.test(between)) {
          const y = Number(db.value);
          const value = pending.kind === 'month' ? fmtMonth(y, pending.month) : `${db.value}-${pending.season}`;
          a.text = context.text.slice(a.index, b.index + b.text.length);
          setDraft(a, { type: 'DATE', value, granularity: pending.kind === 'month' ? 'month' : 'season', anchoredTo: 'none' });
          out.push(a);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
