// Recurring times (TIMEX3 SET): "every week" → P1W, "daily" → P1D, "each July" → XXXX-07,
// "every Monday" → XXXX-WXX-1, "every two years" → P2Y, "twice a year" → P1Y.
import type { TimexDraft } from '../draft.js';
import { draftParser, WB } from '../parserKit.js';
import { COUNT_RE, countValue, MONTH_RE, monthNumber, UNIT_RE, WEEKDAYS, WEEKDAY_RE, durationValue } from '../words.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P1Q',
  annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', 'bi-weekly': 'P2W', 'semi-annually': 'P6M',
};

const set = (value: string): TimexDraft => ({ type: 'SET', value, granularity: 'none', anchoredTo: 'none' });

export const setParser = draftParser(
  new RegExp(
    `${WB}(?:(?:every|each|per)\\s+(?:other\\s+)?(?:(${COUNT_RE})\\s+)?(${UNIT_RE}|morning|evening|afternoon|${WEEKDAY_RE}|${MONTH_RE})|(daily|nightly|weekly|bi-?weekly|monthly|annually|yearly|hourly|semi-annually)|(?:once|twice|(?:${COUNT_RE})\\s+times)\\s+(?:a|an|per)\\s+(day|week|month|year|hour))(?![\\w-])`,
    'i',
  ),
  (m) => {
    if (m[3]) return set(ADVERBS[m[3].toLowerCase()]);
    if (m[4]) return set(durationValue(1, m[4]));
    const what = m[2];
    const lower = what.toLowerCase();
    if (lower in WEEKDAYS) return set(`XXXX-WXX-${WEEKDAYS[lower] || 7}`);
    const month = monthNumber(what);
    if (month && /^[A-Z]/.test(what) && !/^(mar|may)$/i.test(lower)) return set(`XXXX-${String(month).padStart(2, '0')}`);
    if (/^(morning|evening|afternoon)$/.test(lower)) return set(`TXX${lower === 'morning' ? 'MO' : lower === 'evening' ? 'EV' : 'AF'}`);
    const n = m[1] ? countValue(m[1]) : 1;
    const every = /^every\s+other/i.test(m[0]) && typeof n === 'number' ? n * 2 : n;
    return set(durationValue(every, what));
  },
);
