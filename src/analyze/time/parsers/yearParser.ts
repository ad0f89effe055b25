// Bare years ("in 2018", "fiscal 1990") and decades ("the 1990s" → 199, "the mid-'80s" → 198,
// "the 20th century" → 19). A four-digit number is a year only when nothing around it says it is a count.
import { dateDraft, draftParser, WB } from '../parserKit.js';

const COUNT_NOUN_AFTER =
  /^\s+(?:people|persons|troops|soldiers|workers|employees|jobs|units|shares|points|barrels|tons|tonnes|miles|feet|meters|metres|kilometers|cars|vehicles|homes|houses|dollars|yuan|euros|pounds|students|members|cases|deaths|votes|rooms|acres|pages|copies|hours|minutes|seconds|days|men|women|children|residents|families|patients)\b/i;

export const yearParser = draftParser(
  new RegExp(`${WB}(?<![$£€#.,:/]|\\d[,.])(?:(?:fiscal|calendar|FY|the year|mid|early|late)(?:\\s*|-))?((?:1[5-9]|20)\\d{2})(?![\\w%]|[,.]\\d|-\\d|:\\d|/\\d)`, 'i'),
  (m, ctx) => {
    const after = ctx.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20);
    if (COUNT_NOUN_AFTER.test(after)) return null;
    const year = Number(m[1]);
    if (year < 1800 && !/^(?:in|fiscal|the year)/i.test(m[0])) return null;
    return dateDraft(m[1], 'year');
  },
);

const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

export const decadeParser = draftParser(
  new RegExp(`${WB}(?:the\\s+)?(?:(?:early|mid|late)(?:\\s+|-))?(?:(1[5-9]|20)(\\d)0|'(\\d)0)'?s${WB.replace('<!', '!')}`, 'i'),
  (m) => {
    const century = m[1] ?? (Number(m[3]) >= 3 ? '19' : '20');
    const decade = m[2] ?? m[3];
    return dateDraft(`${century}${decade}`, 'decade');
  },
);

export const centuryParser = draftParser(
  new RegExp(`${WB}(?:the\\s+)?(?:(?:early|mid|late)(?:\\s+|-))?(\\d{1,2})(?:st|nd|rd|th)[- ]century(?![\\w-])|${WB}(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century(?![\\w-])`, 'i'),
  (m) => {
    const n = m[1] ? Number(m[1]) : ORDINAL[m[2].toLowerCase()];
    if (!n) return null;
    return dateDraft(String(n - 1).padStart(2, '0'), 'century');
  },
);
