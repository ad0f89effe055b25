// Days told relative to the story's previous date: "the day before", "the next day", "that day",
// "earlier that day". The date is filled in by tagTimexes from the date mentioned before it.
// "the day before authorities issued a warrant" is a conjunction, not a date: a lowercase word after
// "before"/"after" starts a clause.
import { draftParser, WB } from '../parserKit.js';

const OFFSETS: [RegExp, number][] = [
  [/day before|previous day|night before|eve\b|day earlier|preceding day/i, -1],
  [/next day|following day|day after|next morning|following morning|day later/i, 1],
  [/that day|same day|that night|that morning|that afternoon|that evening|the day$/i, 0],
];

export const anchoredDayParser = draftParser(
  new RegExp(
    `${WB}(?:(?:earlier|later)\\s+)?(?:the\\s+(?:day|night)\\s+(?:before|after)(?!\\s+[a-z])|the\\s+(?:day|night)\\s+(?:earlier|later)|the\\s+(?:previous|next|following|preceding)\\s+(?:day|morning)|that\\s+(?:same\\s+)?(?:day|night|morning|afternoon|evening)|the\\s+same\\s+day|the\\s+day)(?![\\w-])(?!\\s+(?:of|when|that|in|before|after)\\b)`,
    'i',
  ),
  (m) => {
    for (const [re, offset] of OFFSETS) {
      if (re.test(m[0])) return { type: 'DATE', granularity: 'day', anchoredTo: 'previous', relative: { unit: 'day', offset } };
    }
    return null;
  },
);
