// Weekday names ("Friday", "last Tuesday", "Wednesday night"). Which week is meant depends on tense
// (news leans to the past), so the date is left pending for pastLeaningRefiner.
import { dctOf, draftParser, WB } from '../parserKit.js';
import { WEEKDAYS, WEEKDAY_RE } from '../words.js';
import { addDays, fmtDay, weekdayOf } from '../../../text/calendar.js';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const weekdayParser = draftParser(
  new RegExp(`${WB}(?:(?:early|late)\\s+)?(?:(last|next|this past|this coming|this)\\s+)?(${WEEKDAY_RE})(?![\\w-])(?:\\s+(morning|afternoon|evening|night)(?![\\w-]))?`, 'i'),
  (m, ctx) => {
    const name = m[2];
    if (name[0] !== name[0].toUpperCase()) return null; // weekday names are capitalised in news
    const weekday = WEEKDAYS[name.toLowerCase()];
    const part = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
    const det = (m[1] ?? '').toLowerCase();
    if (det === 'last' || det === 'this past' || det === 'next' || det === 'this coming') {
      const dct = dctOf(ctx);
      const diff = weekdayOf(dct) - weekday;
      const back = det === 'last' || det === 'this past' ? (diff > 0 ? diff : diff + 7) : undefined;
      const fwd = back === undefined ? ((weekday - weekdayOf(dct) + 7) % 7 || 7) : undefined;
      const day = fmtDay(addDays(dct, back !== undefined ? -back : fwd!));
      return part
        ? { type: 'TIME', value: `${day}T${part}`, granularity: 'time', anchoredTo: 'publication' }
        : { type: 'DATE', value: day, granularity: 'day', anchoredTo: 'publication' };
    }
    return {
      type: part ? 'TIME' : 'DATE',
      granularity: part ? 'time' : 'day',
      anchoredTo: 'publication',
      pending: { kind: 'weekday', weekday, partOfDay: part },
    };
  },
);
