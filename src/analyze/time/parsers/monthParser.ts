// Month names without a day: "in December", "late November", "December 2019", "last April",
// "January this year". Dates with a day ("Dec. 5", "20th June, 2020") are chrono's own parsers.
// Without a year the year waits for the sentence's tense (pastLeaningRefiner).
import { fmtMonth } from '../../../text/calendar.js';
import { dateDraft, dctOf, draftParser, WB } from '../parserKit.js';
import { MONTH_RE, monthNumber } from '../words.js';

/** Words before an ambiguous "May" / "March" that make it a month. */
const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|from|to|through|during|of|early|late|mid|last|this|next|between|and|before|after|on|until|end|beginning|start|middle)\s+|-)$/i;

export const monthParser = draftParser(
  new RegExp(
    `${WB}(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)(?:\\s+|-))?(?:(last|this|next|this past|this coming)\\s+)?` +
      `(${MONTH_RE})(?![\\w])(?:(?:\\s+of|,)?\\s+((?:1[7-9]|20)\\d{2})(?![\\w]|,\\s*\\d)|(?:\\s+of)?\\s+(this|last|next) year(?![\\w]))?(?!\\s*\\d)`,
  ),
  (m, ctx) => {
    const month = monthNumber(m[2]);
    if (!month) return null;
    const dct = dctOf(ctx);
    const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    if ((m[2] === 'May' || m[2] === 'March') && !m[1] && !m[3] && !m[4] && !/^(early|late|mid|the)/i.test(m[0]) && !MONTH_CONTEXT.test(before)) return null;
    if (m[3]) return dateDraft(fmtMonth(Number(m[3]), month), 'month');
    const rel = (m[4] ?? '').toLowerCase();
    if (rel) return dateDraft(fmtMonth(dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month), 'month');
    const det = (m[1] ?? '').toLowerCase();
    if (det === 'last' || det === 'this past') return dateDraft(fmtMonth(month < dct.m ? dct.y : dct.y - 1, month), 'month');
    if (det === 'next' || det === 'this coming') return dateDraft(fmtMonth(month > dct.m ? dct.y : dct.y + 1, month), 'month');
    if (det === 'this') return dateDraft(fmtMonth(dct.y, month), 'month');
    return { type: 'DATE', granularity: 'month', anchoredTo: 'publication', pending: { kind: 'month', month } };
  },
);
