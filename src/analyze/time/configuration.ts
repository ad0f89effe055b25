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

// Cues: a parser's pattern cannot match a text in which none of its cue words occurs (lowercase substrings,
// no word boundaries, so a cue is a necessary condition only). Chrono runs only the parsers whose cue is
// present, and not at all on text where no cue is: most sentences of a news article hold no time
// expression, and each of the ~30 patterns would otherwise scan every one of them.
const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Every month name and abbreviation starts with one of these. */
const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The units of UNIT_RE (words.ts); "weekend" contains "week", "centuries" "centur". */
const UNIT = ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'centur'];
const PART_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];
const SEASON = ['spring', 'summer', 'fall', 'autumn', 'winter'];
const QUARTER_OR_PERIOD = ['quarter', 'period'];

/** Our parsers, each with its cue words (see above; `null`: always run). */
export const NEWS_PARSER_CUES: [Parser, readonly string[] | null][] = [
  [casualDayParser, ['today', 'yesterday', 'tomorrow', 'tonight']],
  [partOfDayParser, PART_OF_DAY],
  // now, nowadays, currently, (at) present(ly), recently, lately, a later date, the past, future, term, these days
  [referenceParser, ['now', 'current', 'present', 'recent', 'late', 'past', 'future', 'term', 'days']],
  [relativePeriodParser, ['week', 'month', 'year', 'quarter', ...SEASON, 'decade', 'centur']],
  [durationParser, UNIT],
  [vagueDurationParser, UNIT],
  [yearParser, DIGIT],
  [decadeParser, DIGIT],
  [centuryParser, ['centur']],
  [quarterParser, ['quarter', 'half']],
  [yearAgoQuarterParser, ['quarter', 'period', 'months', 'half']],
  [yearQuarterParser, QUARTER_OR_PERIOD],
  [sameQuarterLastYearParser, QUARTER_OR_PERIOD],
  [seasonParser, SEASON],
  // Every weekday name ends in "day".
  [weekdayParser, ['day']],
  [monthParser, MONTH],
  [setParser, ['every', 'each', 'per', 'daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'once', 'twice', 'times']],
  [anchoredDayParser, ['day', ...PART_OF_DAY]],
  [vaguePluralParser, UNIT],
  [currentRecentParser, ['current', 'recent']],
  [yearAgoAdjectiveParser, ['year']],
  [reportingPeriodParser, ['year', 'period']],
  [spelledYearParser, ['eighteen', 'nineteen', 'thousand']],
  // "New Year's" contains "year", "the Fourth of July" and "July Fourth" "fourth".
  [holidayParser, ['thanksgiving', 'christmas', 'year', 'election', 'easter', 'independence', 'fourth', 'memorial', 'labor', 'valentine', 'halloween']],
  [noonMidnightParser, ['noon', 'midnight']],
];

export const NEWS_PARSERS: Parser[] = NEWS_PARSER_CUES.map(([p]) => p);

/** Cues of the chrono parsers we keep, by class name: numeric formats need a digit, the others a month name. */
const NATIVE_CUES: Record<string, readonly string[]> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENYearMonthNameParser: MONTH,
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

/** How many parser subsets are kept configured at once (a handful cover almost all sentences). */
const SUBSET_CACHE_LIMIT = 2048;

export function createGatedTimeParser(): TimeParser {
  const entries: { parser: Parser; cue: readonly string[] | null }[] = [
    ...nativeParsers().map((p) => ({ parser: p, cue: NATIVE_CUES[p.constructor.name] ?? null })),
    ...NEWS_PARSER_CUES.map(([parser, cue]) => ({ parser, cue })),
  ];
  const cues = [...new Set(entries.map((e) => e.cue).filter((c): c is readonly string[] => c !== null))];
  if (cues.length > 30) throw new Error(`time configuration: ${cues.length} distinct parser cues, at most 30 fit a bit mask`);
  const bit = new Map(cues.map((c, i) => [c, 1 << i]));
  const alwaysRun = entries.some((e) => e.cue === null);
  // All cue words in one alternation, longest first, so a match is the longest cue word starting there;
  // its bits are those of every cue with a word inside it ("yesterday" also sets the cues holding "day").
  const words = [...new Set(cues.flat())].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  const wordBits = new Map(words.map((w) => [w, cues.reduce((m, c, i) => (c.some((x) => w.includes(x)) ? m | (1 << i) : m), 0)]));
  const scan = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const refiners = timeRefiners();
  const subsets = new Map<number, Chrono>();
  const chronoFor = (mask: number): Chrono => {
    let c = subsets.get(mask);
    if (!c) {
      if (subsets.size >= SUBSET_CACHE_LIMIT) subsets.clear();
      const parsers = entries.filter((e) => e.cue === null || (mask & bit.get(e.cue)!) !== 0).map((e) => e.parser);
      c = new Chrono({ parsers, refiners });
      subsets.set(mask, c);
    }
    return c;
  };
  return {
    parse(text: string, refDate: Date): ParsedResult[] {
      const lower = text.toLowerCase();
      let mask = 0;
      scan.lastIndex = 0;
      // Restarting one character after each match finds cue words that begin inside an earlier one.
      for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
        mask |= wordBits.get(m[0])!;
        scan.lastIndex = m.index + 1;
      }
      if (mask === 0 && !alwaysRun) return [];
      return chronoFor(mask).parse(text, refDate);
    },
  };
}
