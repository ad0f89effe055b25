// today / yesterday / tomorrow / tonight / last night / this morning, and the TimeML reference values:
// now, currently → PRESENT_REF; recently, the past → PAST_REF; the future, soon → FUTURE_REF.
import { addDays, fmtDay } from '../../../text/calendar.js';
import { dateDraft, dctOf, draftParser, WB, WE } from '../parserKit.js';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const DAY_OFFSET: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

export const casualDayParser = draftParser(
  new RegExp(`${WB}(?<skip>(?:earlier|later)\\s+)?(?:(?:early|late)\\s+)?(today|yesterday|tomorrow|tonight)(?:(?:\\s+|-)(morning|afternoon|evening|night))?${WE}`, 'i'),
  (m, ctx) => {
    const word = m[2].toLowerCase(); // m[1] is the skipped "earlier"/"later"
    const day = fmtDay(addDays(dctOf(ctx), DAY_OFFSET[word]));
    const part = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
    if (part) return { type: 'TIME', value: `${day}T${part}`, granularity: 'time', anchoredTo: 'publication' };
    return dateDraft(day, 'day');
  },
);

export const partOfDayParser = draftParser(
  new RegExp(`${WB}(this|last|early this|late last|late this)\\s+(morning|afternoon|evening|night)${WE}`, 'i'),
  (m, ctx) => {
    const last = /last/i.test(m[1]);
    const day = fmtDay(addDays(dctOf(ctx), last ? -1 : 0));
    return { type: 'TIME', value: `${day}T${PART_OF_DAY[m[2].toLowerCase()]}`, granularity: 'time', anchoredTo: 'publication' };
  },
);

const REFS: [RegExp, string][] = [
  [/^(?:right )?now$|^currently$|^at present$|^nowadays$|^these days$|^the present$|^presently$/i, 'PRESENT_REF'],
  [/^recently$|^lately$|^the past$/i, 'PAST_REF'],
  [/^(?:the )?(?:near |distant )?future$|^the near term$|^the long term$|^the short term$|^a later date$/i, 'FUTURE_REF'],
];

export const referenceParser = draftParser(
  new RegExp(
    `${WB}((?:right )?now|currently|at present|nowadays|these days|presently|recently|lately|the past|the (?:near |distant )?future|the (?:near|long|short) term|a later date)${WE}(?!-)`,
    'i',
  ),
  (m) => {
    const text = m[1];
    // "now" glued to a hyphen ("now-defunct") is an adjective, not a time reference.
    for (const [re, value] of REFS) if (re.test(text)) return { type: 'DATE', value, granularity: 'none', anchoredTo: 'publication' };
    return null;
  },
);
