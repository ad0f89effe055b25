// Chronicle's chrono configuration: chrono's strict English date and clock parsers, plus our news
// parsers and refiners. Chrono parsers we replace (weekdays, "ago"/"later"/"within") are left out because
// ours give TIMEX3 values; the range-merging refiners are left out because TimeML tags each end apart.
import { Chrono, en, type Parser, type Refiner } from 'chrono-node';
import { getDraft } from './draft.js';
import { anchoredDayParser } from './parsers/anchoredDayParser.js';
import { casualDayParser, partOfDayParser, referenceParser } from './parsers/casualParser.js';
import { durationParser, vagueDurationParser } from './parsers/durationParser.js';
import { monthParser } from './parsers/monthParser.js';
import { quarterParser, seasonParser, yearAgoQuarterParser } from './parsers/quarterSeasonParser.js';
import { relativePeriodParser } from './parsers/relativePeriodParser.js';
import { setParser } from './parsers/setParser.js';
import { weekdayParser } from './parsers/weekdayParser.js';
import { centuryParser, decadeParser, yearParser } from './parsers/yearParser.js';
import { clockTimeRefiner } from './refiners/clockTimeRefiner.js';
import { falsePositiveRefiner } from './refiners/falsePositiveRefiner.js';
import { nativeDraftRefiner } from './refiners/nativeDraftRefiner.js';
import { pastLeaningRefiner } from './refiners/pastLeaningRefiner.js';
import { weekdayDateMergeRefiner } from './refiners/weekdayDateMergeRefiner.js';

/** chrono parsers whose job our own parsers do with TimeML values. */
const DROPPED_PARSERS = new Set(['ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser']);
/** chrono refiners that would join what TimeML keeps apart, or move dates forward. */
const DROPPED_REFINERS = new Set(['ENMergeDateTimeRefiner', 'ENMergeDateRangeRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ForwardDateRefiner', 'ENExtractYearSuffixRefiner']);

export const NEWS_PARSERS: Parser[] = [
  casualDayParser,
  partOfDayParser,
  referenceParser,
  relativePeriodParser,
  durationParser,
  vagueDurationParser,
  yearParser,
  decadeParser,
  centuryParser,
  quarterParser,
  yearAgoQuarterParser,
  seasonParser,
  weekdayParser,
  monthParser,
  setParser,
  anchoredDayParser,
];

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

export function createTimeChrono(): Chrono {
  const base = en.configuration.createConfiguration(true, false);
  const parsers = base.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  const refiners: Refiner[] = base.refiners
    .filter((r) => !DROPPED_REFINERS.has(r.constructor.name))
    .map((r) => (NATIVE_ONLY_REFINERS.has(r.constructor.name) ? onNativeResults(r) : r));
  return new Chrono({
    parsers: [...parsers, ...NEWS_PARSERS],
    refiners: [...refiners, nativeDraftRefiner, weekdayDateMergeRefiner, pastLeaningRefiner, clockTimeRefiner, falsePositiveRefiner],
  });
}
