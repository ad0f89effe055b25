// Chronicle's chrono configuration: chrono's strict English date and clock parsers, plus our news
// parsers and refiners. Chrono parsers we replace (weekdays, "ago"/"later"/"within") are left out because
// ours give TIMEX3 values; the range-merging refiners are left out because TimeML tags each end apart.
import { Chrono, en, type ParsedResult, type Parser, type Refiner } from 'chrono-node';
import { getDraft } from './draft.js';
import { anchoredDayParser } from './parsers/anchoredDayParser.js';
import { casualDayParser, partOfDayParser, referenceParser } from './parsers/casualParser.js';
import { durationParser, vagueDurationParser } from './parsers/durationParser.js';
import { monthParser } from './parsers/monthParser.js';
import { currentRecentParser, holidayParser, noonMidnightParser, reportingPeriodParser, spelledYearParser, vaguePluralParser, yearAgoAdjectiveParser } from './parsers/newsPhraseParser.js';
import { quarterParser, sameQuarterLastYearParser, seasonParser, yearAgoQuarterParser, yearQuarterParser } from './parsers/quarterSeasonParser.js';
import { relativePeriodParser } from './parsers/relativePeriodParser.js';
import { setParser } from './parsers/setParser.js';
import { weekdayParser } from './parsers/weekdayParser.js';
import { centuryParser, decadeParser, yearParser } from './parsers/yearParser.js';
import { clockTimeRefiner } from './refiners/clockTimeRefiner.js';
import { falsePositiveRefiner } from './refiners/falsePositiveRefiner.js';
import { nativeDraftRefiner } from './refiners/nativeDraftRefiner.js';
import { pastLeaningRefiner } from './refiners/pastLeaningRefiner.js';
import { weekdayDateMergeRefiner } from './refiners/weekdayDateMergeRefiner.js';
import { weekOfRefiner } from './refiners/weekOfRefiner.js';
import { spelledYearMergeRefiner } from './refiners/spelledYearMergeRefiner.js';

/** chrono parsers whose job our own parsers do with TimeML values. */
const DROPPED_PARSERS = new Set(['ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser']);
/** chrono refiners that would join what TimeML keeps apart, or move dates forward. */
const DROPPED_REFINERS = new Set(['ENMergeDateTimeRefiner', 'ENMergeDateRangeRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ForwardDateRefiner', 'ENExtractYearSuffixRefiner']);

// Cues: a parser's pattern cannot match a text in which its cue does not hold, so a cue is a necessary condition
// of its parser. Chrono runs only the parsers whose cue holds, and not at all on text where none does: most
// sentences of a news article hold no time expression, and each of the ~30 patterns would otherwise scan every
// one of them. Cue words are read in words (a word: a run of ASCII letters, as the patterns' \w and case-
// insensitive matching see them), either as substrings of a lowercased word (a digit: anywhere in the text) or as
// whole words. A whole-word cue is much tighter ("now" not in "know", "per" not in "paper", "Dec" not in
// "decision", "May" the month and not "may" the verb), and is necessary wherever its parser's pattern only matches
// the word between word boundaries (each whole-word cue below names the words it stands for). A text pattern is
// tested on the whole text (chrono's numeric formats); an all-of cue needs each of its parts.
// One subtlety: after a rejected match chrono retries on the substring one character on, where a look-behind
// cannot see the letter before; a whole word stays necessary because no pattern here begins with a letter followed
// by one of its own cue words ("nowadays" less its "n" is no cue word, and so on).
/** Whole words a cue is met by; any case unless caseSensitive (the parser's pattern has no i flag). */
export interface WholeWords {
  readonly whole: ReadonlySet<string>;
  readonly caseSensitive: boolean;
}
/** A pattern the text must match somewhere (a simplification of the parser's own pattern). */
export interface TextPattern {
  readonly text: RegExp;
}
/** Substrings of a lowercased word (a digit: anywhere in the text), whole words, or a text pattern. */
export type CueAtom = readonly string[] | WholeWords | TextPattern;
export type Cue = CueAtom | { readonly all: readonly CueAtom[] };
const whole = (words: readonly string[], caseSensitive = false): WholeWords => ({ whole: new Set(caseSensitive ? words : words.map((w) => w.toLowerCase())), caseSensitive });
const isWhole = (cue: CueAtom): cue is WholeWords => 'whole' in cue;
const isText = (cue: CueAtom): cue is TextPattern => 'text' in cue;
const atomsOf = (cue: Cue): readonly CueAtom[] => ('all' in cue ? cue.all : [cue]);
const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Every month name and abbreviation starts with one of these (chrono's month parsers: any case, glued to ordinals). */
const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** chrono's ORDINAL_NUMBER_PATTERN: digits, or an ordinal word ("thirteenth" … "nineteenth" end in "teenth"). */
const DAY_NUMBER = [...DIGIT, 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'];
/** The months of MONTH_RE (words.ts), which is case-sensitive: an abbreviation ends at its period. */
const MONTH_WORD = whole(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'], true);
/** The units of UNIT_RE (words.ts): a duration's unit stands after a space or hyphen and before a word end. */
const UNIT_WORD = whole(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'centuries', 'century']);
const PART_OF_DAY_WORD = whole(['morning', 'afternoon', 'evening', 'night']);
const SEASON = ['spring', 'summer', 'fall', 'autumn', 'winter'];
const QUARTER_OR_PERIOD = ['quarter', 'period'];

/** Our parsers, each with its cue (see above; `null`: always run). */
export const NEWS_PARSER_CUES: [Parser, Cue | null][] = [
  [casualDayParser, whole(['today', 'yesterday', 'tomorrow', 'tonight'])],
  [partOfDayParser, PART_OF_DAY_WORD],
  // The last word of each phrase: (right) now, currently, (at) present, …, the past, the (near) future, the long
  // term, a later date.
  [referenceParser, whole(['now', 'currently', 'present', 'nowadays', 'days', 'presently', 'recently', 'lately', 'past', 'future', 'term', 'date'])],
  [relativePeriodParser, whole(['week', 'weekend', 'month', 'year', 'quarter', 'spring', 'summer', 'fall', 'autumn', 'winter', 'decade', 'century'])],
  [durationParser, UNIT_WORD],
  [vagueDurationParser, UNIT_WORD],
  [yearParser, DIGIT],
  [decadeParser, DIGIT],
  [centuryParser, ['centur']],
  [quarterParser, ['quarter', 'half']],
  [yearAgoQuarterParser, ['quarter', 'period', 'months', 'half']],
  [yearQuarterParser, QUARTER_OR_PERIOD],
  [sameQuarterLastYearParser, QUARTER_OR_PERIOD],
  [seasonParser, SEASON],
  [weekdayParser, whole(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])],
  [monthParser, MONTH_WORD],
  // every/each/per …, daily … (bi-weekly: "weekly", semi-annually: "annually"), once/twice/N times a …
  [setParser, whole(['every', 'each', 'per', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'annually', 'yearly', 'hourly', 'once', 'twice', 'times'])],
  [anchoredDayParser, whole(['day', 'night', 'morning', 'afternoon', 'evening'])],
  [vaguePluralParser, UNIT_WORD],
  [currentRecentParser, whole(['current', 'recent'])],
  // year-earlier, year-ago, year earlier
  [yearAgoAdjectiveParser, whole(['year'])],
  // year-end, year's end, the latest period, the full year, the latest fiscal year
  [reportingPeriodParser, whole(['year', 'period'])],
  [spelledYearParser, whole(['eighteen', 'nineteen', 'thousand'])],
  // Case-sensitive like its pattern; "New Year's" holds "Year", "the Fourth of July" and "July Fourth" "Fourth".
  [holidayParser, whole(['Thanksgiving', 'Christmas', 'Year', 'Election', 'Easter', 'Independence', 'Fourth', 'Memorial', 'Labor', 'Valentine', 'Halloween'], true)],
  [noonMidnightParser, whole(['noon', 'midnight'])],
];

const ASCII_WORD = /[A-Za-z]+/g;
const HAS_DIGIT = /[0-9]/;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The bits of the cues whose substring words occur in `found` (lowercase), and of those met by it as a whole word. */
function cueBits(cues: readonly CueAtom[], found: string): { part: number; whole: number } {
  const lower = found.toLowerCase();
  let part = 0;
  let wholeBits = 0;
  cues.forEach((c, i) => {
    if (isText(c)) return;
    if (isWhole(c)) {
      if (c.whole.has(c.caseSensitive ? found : lower)) wholeBits |= 1 << i;
    } else if (c.some((w) => !HAS_DIGIT.test(w) && lower.includes(w))) part |= 1 << i;
  });
  return { part, whole: wholeBits };
}

/**
 * Whether the cue holds for text[start, end) read in its text: the words at both edges are taken whole, as the
 * gate sees them (tests check that every pattern match holds its parser's cue).
 */
export function cueHolds(cue: Cue, text: string, start = 0, end = text.length): boolean {
  let from = start;
  let to = end;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1)) && isLetterCode(text.charCodeAt(from))) from--;
  while (to < text.length && isLetterCode(text.charCodeAt(to)) && isLetterCode(text.charCodeAt(to - 1))) to++;
  const span = text.slice(from, to);
  return atomsOf(cue).every((atom) => {
    if (isText(atom)) return atom.text.test(span);
    if (!isWhole(atom) && atom.some((w) => HAS_DIGIT.test(w) && span.includes(w))) return true;
    return [...span.matchAll(ASCII_WORD)].some((m) => {
      const bits = cueBits([atom], m[0]);
      return bits.part !== 0 || bits.whole !== 0;
    });
  });
}

export const NEWS_PARSERS: Parser[] = NEWS_PARSER_CUES.map(([p]) => p);

/** Cues of the chrono parsers we keep, by class name: numeric formats need a digit, the others a month name. */
const NATIVE_CUES: Record<string, Cue> = {
  // YYYY, a separator, then a month number or name and a separator before the day.
  ENYearMonthDayParser: { text: /\d{4}[-./\s](?:\d|[a-z]{3,9}\.?[-./\s]\d)/i },
  ISOFormatParser: { text: /\d{4}-\d/ },
  SlashDateFormatParser: { text: /\d[-./]\d/ },
  ENSlashMonthFormatParser: { text: /\d\/\d{4}/ },
  ENTimeExpressionParser: DIGIT,
  // A month name and a day, written in digits or as an ordinal word; a month name and a year.
  ENMonthNameLittleEndianParser: { all: [MONTH, DAY_NUMBER] },
  ENMonthNameMiddleEndianParser: { all: [MONTH, DAY_NUMBER] },
  ENYearMonthNameParser: { all: [MONTH, DIGIT] },
};

/** chrono filters meant for chrono's own results: they would drop ours ("2018" looks like a bare number). */
const NATIVE_ONLY_REFINERS = new Set(['UnlikelyFormatFilter']);

/** Run a chrono refiner on chrono's own results only, leaving our drafts untouched. */
function onNativeResults(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours = results.filter((r) => getDraft(r));
      const native = refiner.refine(context, results.filter((r) => !getDraft(r)));
      return [...ours, ...native].sort((a, b) => a.index - b.index);
    },
  };
}

function nativeParsers(): Parser[] {
  const base = en.configuration.createConfiguration(true, false);
  return base.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
}

function timeRefiners(): Refiner[] {
  const base = en.configuration.createConfiguration(true, false);
  const refiners: Refiner[] = base.refiners
    .filter((r) => !DROPPED_REFINERS.has(r.constructor.name))
    .map((r) => (NATIVE_ONLY_REFINERS.has(r.constructor.name) ? onNativeResults(r) : r));
  return [...refiners, nativeDraftRefiner, weekdayDateMergeRefiner, spelledYearMergeRefiner, pastLeaningRefiner, weekOfRefiner, clockTimeRefiner, falsePositiveRefiner];
}

/** The full configuration: every parser runs on every text (the reference the gated tagger must equal). */
export function createTimeChrono(): Chrono {
  return new Chrono({ parsers: [...nativeParsers(), ...NEWS_PARSERS], refiners: timeRefiners() });
}

/** Parses text the way createTimeChrono() does, running only the parsers whose cue is in the text. */
export interface TimeParser {
  parse(text: string, refDate: Date): ParsedResult[];
}

/** Every parser of the full configuration with its cue (`null`: always run). */
export function timeParserCues(): [Parser, Cue | null][] {
  return [...nativeParsers().map((p): [Parser, Cue | null] => [p, NATIVE_CUES[p.constructor.name] ?? null]), ...NEWS_PARSER_CUES];
}

/** How many parser subsets are kept configured at once (a handful cover almost all sentences). */
const SUBSET_CACHE_LIMIT = 2048;

export function createGatedTimeParser(): TimeParser {
  const entries = timeParserCues().map(([parser, cue]) => ({ parser, cue }));
  const cues = [...new Set(entries.flatMap((e) => (e.cue ? atomsOf(e.cue) : [])))];
  if (cues.length > 30) throw new Error(`time configuration: ${cues.length} distinct parser cues, at most 30 fit a bit mask`);
  const bit = new Map(cues.map((c, i) => [c, 1 << i]));
  // A parser runs when each atom of its cue has its bit in the mask.
  const needs = entries.map((e) => (e.cue ? atomsOf(e.cue).map((a) => bit.get(a)!) : []));
  const alwaysRun = entries.some((e) => e.cue === null);
  // A digit anywhere meets the digit cues; text patterns are tested on the text. Every other cue word, whole or
  // substring, is in one case-insensitive alternation, longest first, so a match is the longest cue word starting
  // there: its substring bits cover the shorter ones starting there, and only it can be a whole word (a shorter
  // one is followed by a letter).
  const digitBits = cues.reduce((m, c, i) => (!isWhole(c) && !isText(c) && c.some((w) => HAS_DIGIT.test(w)) ? m | (1 << i) : m), 0);
  const textCues = cues.flatMap((c) => (isText(c) ? [{ text: c.text, bit: bit.get(c)! }] : []));
  const words = [...new Set(cues.flatMap((c) => (isText(c) ? [] : isWhole(c) ? [...c.whole].map((w) => w.toLowerCase()) : c.filter((w) => !HAS_DIGIT.test(w)))))]
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  const scan = new RegExp(words.join('|'), 'gi');
  const found = new Map<string, { part: number; whole: number }>();
  const refiners = timeRefiners();
  const subsets = new Map<number, Chrono>();
  const chronoFor = (mask: number): Chrono => {
    let c = subsets.get(mask);
    if (!c) {
      if (subsets.size >= SUBSET_CACHE_LIMIT) subsets.clear();
      const parsers = entries.filter((_, i) => needs[i]!.every((b) => (mask & b) !== 0)).map((e) => e.parser);
      c = new Chrono({ parsers, refiners });
      subsets.set(mask, c);
    }
    return c;
  };
  return {
    parse(text: string, refDate: Date): ParsedResult[] {
      let mask = HAS_DIGIT.test(text) ? digitBits : 0;
      for (const t of textCues) if (t.text.test(text)) mask |= t.bit;
      scan.lastIndex = 0;
      // Restarting one character after each match finds cue words that begin inside an earlier one.
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const word = m[0];
        let bits = found.get(word);
        if (!bits) {
          // Keyed by the text's spelling; the few hundred case variants met in news keep it small.
          if (found.size >= SUBSET_CACHE_LIMIT) found.clear();
          bits = cueBits(cues, word);
          found.set(word, bits);
        }
        mask |= bits.part;
        const end = m.index + word.length;
        if (bits.whole !== 0 && !isLetterCode(text.charCodeAt(m.index - 1)) && !isLetterCode(text.charCodeAt(end))) mask |= bits.whole;
        scan.lastIndex = m.index + 1;
      }
      if (mask === 0 && !alwaysRun) return [];
      return chronoFor(mask).parse(text, refDate);
    },
  };
}
