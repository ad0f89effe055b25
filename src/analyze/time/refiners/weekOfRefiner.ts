// "the week of March 6" is one DATE in TimeML: the week holding that day (2000-W10); "the day before last
// Tuesday" is the Monday before it. The day itself is found by chrono's month-day parsers or our weekday
// parser and dated by pastLeaningRefiner; this refiner, which runs after it, takes the words before it into
// the span and turns the day into its ISO week or the day next to it.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, fmtDay, fmtWeek, parseYmd } from '../../../text/calendar.js';
import { getDraft, setDraft } from '../draft.js';

const WEEK_OF = /\b(?:the\s+)?week\s+of\s+$/i;
const DAY_NEXT_TO = /\b(?:the\s+)?(day|night)\s+(before|after)\s+$/i;

export const weekOfRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const d = getDraft(r);
      if (d?.type !== 'DATE' || d.granularity !== 'day' || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      const lead = context.text.slice(Math.max(0, r.index - 24), r.index);
      const week = WEEK_OF.exec(lead);
      const next = week ? null : DAY_NEXT_TO.exec(lead);
      const before = week ?? next;
      if (!before) continue;
      r.index -= before[0].length;
      r.text = context.text.slice(r.index, r.index + before[0].length + r.text.length);
      if (week) setDraft(r, { ...d, value: fmtWeek(parseYmd(d.value)), granularity: 'week' });
      else setDraft(r, { ...d, value: fmtDay(addDays(parseYmd(d.value), /before/i.test(next![2]) ? -1 : 1)) });
    }
    return results;
  },
};
