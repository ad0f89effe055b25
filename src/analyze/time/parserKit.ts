// Small helpers so each parser file reads as: pattern + how a match becomes a TIMEX3 draft.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { setDraft, type TimexDraft } from './draft.js';
import type { Ymd } from '../../text/calendar.js';

/** The publication date as chrono's reference (we pass a local-noon Date built from Y/M/D). */
export function dctOf(context: ParsingContext): Ymd {
  const d = context.refDate;
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/**
 * A chrono parser from a pattern and a function that turns a match into a draft (or null to reject).
 */
export function draftParser(
  pattern: RegExp,
  toDraft: (match: RegExpMatchArray, context: ParsingContext) => TimexDraft | null,
): Parser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const draft = toDraft(match, context);
      if (!draft) return null;
      // A named group `skip` is context the pattern needs but the span leaves out ("for" in "for years").
      // A named group `tail` is context after the span ("after" in "90 days after their issue").
      const skip = match.groups?.skip?.length ?? 0;
      const tail = match.groups?.tail?.length ?? 0;
      const text = match[0].slice(skip, match[0].length - tail).replace(/[\s,]+$/, '');
      return setDraft(context.createParsingResult((match.index ?? 0) + skip, text), draft);
    },
  };
}

export const dateDraft = (value: string, granularity: TimexDraft['granularity']): TimexDraft => ({
  type: 'DATE',
  value,
  granularity,
  anchoredTo: 'publication',
});

/** Word start that is not inside a word or a hyphenated compound. */
export const WB = '(?<![\\w-])';
/** Word end. */
export const WE = '(?![\\w-])';
