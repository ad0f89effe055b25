// Month and year entries. A timeline is told in days; a month or a year takes a place only for an event the
// articles date no finer ("arrested in December 2018") and that matters: at least MIN_PERIOD_SHARE of the
// articles recall it (the years a large coverage recalls in passing, a singer's first hit, do not), and to
// replace a chosen day, more articles than name a typical chosen day. A period whose sentences tell what the sentences of one of its days
// tell is not day-less: that event has a day, and the date ranker decides whether it gets a slot.
import type { Collection, CollectedSentence } from '../collection.js';
import type { CandidateIndex } from '../candidates.js';
import { summarizeDay, type SummaryState } from '../summarize.js';
import { dayNumber, dayRange, type DateGranularity } from '../dates.js';
import type { TimelineQuery } from '../query.js';
import { dot } from '../text.js';
import { centroidOf } from './events.js';
import type { MethodEntry, MethodSettings } from './datewise.js';

/** The least share of the timeline's articles (on "Michael Jackson" over Timeline17, 26 of 40
 * entries were years and months each recalled by a few per cent of the articles). */
export const MIN_PERIOD_SHARE = 0.2;
/** Cosine between a period's sentences and one of its days' sentences above which the event has that day. */
export const DAY_TOLD_SIMILARITY = 0.5;

interface Period {
  value: string;
  granularity: DateGranularity;
  range: [number, number];
  sents: CollectedSentence[];
  docs: Set<number>;
}

type Allowed = (s: CollectedSentence) => boolean;

/** Fills free slots with periods and lets periods that matter more than a typical chosen day replace the weakest. */
export function addPeriodEntries(
  col: Collection,
  q: TimelineQuery,
  index: CandidateIndex,
  entries: MethodEntry[],
  settings: MethodSettings,
  allowed: Allowed,
  state: SummaryState,
): void {
  const dayless = daylessTest(index);
  const periods = coarsePeriods(col, q).filter(
    (p) => p.docs.size >= MIN_PERIOD_SHARE * col.docs.length && p.sents.some(allowed) && dayless(p),
  );
  for (const p of periods) {
    if (entries.length >= settings.dates) break;
    if (covers(entries, p.value)) continue;
    const summary = summarizeDay(p.sents, settings.perDate, allowed, state);
    if (summary.length > 0) entries.push({ date: p.value, granularity: p.granularity, sentences: summary });
  }
  replaceWeakDays(col, entries, periods, settings.perDate, allowed, state);
}

/**
 * Month and year periods of sentences that give no day, ranked by how many articles mention them (then
 * sentences; on a tie the finer period, which says more).
 */
function coarsePeriods(col: Collection, q: TimelineQuery): Period[] {
  const byPeriod = new Map<string, Period>();
  // The sentences name the same few hundred months and years over and over: each value is parsed once.
  const ranges = new Map<string, [number, number] | undefined>();
  for (const s of col.sentences) {
    if (s.days.length > 0 || s.dates.length === 0) continue;
    for (const d of s.dates) {
      let range = ranges.get(d.value);
      if (range === undefined && !ranges.has(d.value)) {
        range = dayRange(d.value);
        ranges.set(d.value, range);
      }
      if (!range || range[1] < q.fromDay || range[0] > q.toDay) continue;
      let p = byPeriod.get(d.value);
      if (!p) {
        p = { value: d.value, granularity: d.granularity, range, sents: [], docs: new Set() };
        byPeriod.set(d.value, p);
      }
      p.sents.push(s);
      p.docs.add(s.doc.id);
    }
  }
  return [...byPeriod.values()].sort(
    (a, b) =>
      b.docs.size - a.docs.size || b.sents.length - a.sents.length ||
      b.value.length - a.value.length || (a.value < b.value ? -1 : 1),
  );
}

/** Whether no day inside a period is told with the period's own content (centroids of days computed once). */
function daylessTest(index: CandidateIndex): (p: Period) => boolean {
  const dayCentroids = new Map<number, ReturnType<typeof centroidOf>>();
  const mentionedDays = [...index.mentioned.keys()].sort((a, b) => a - b);
  return (p) => {
    const c = centroidOf(p.sents);
    for (const day of mentionedDays) {
      if (day < p.range[0]) continue;
      if (day > p.range[1]) break;
      let dc = dayCentroids.get(day);
      if (!dc) {
        dc = centroidOf(index.mentioned.get(day)!);
        dayCentroids.set(day, dc);
      }
      if (dot(c, dc) >= DAY_TOLD_SIMILARITY) return false;
    }
    return true;
  };
}

const covers = (entries: MethodEntry[], value: string): boolean =>
  entries.some((e) => e.date.startsWith(value) || value.startsWith(e.date));

/**
 * In a full timeline, a period that more articles mention than the median chosen day takes the place of the
 * least-mentioned day: in a small corpus the days of the articles' own publication can outnumber the slots
 * while the event every article recalls ("arrested in December 2018") has no exact day. Against the weakest
 * day instead, every year a large coverage recalls in passing (a singer's first hit) pushed real days out.
 */
function replaceWeakDays(
  col: Collection,
  entries: MethodEntry[],
  periods: Period[],
  perDate: number,
  allowed: Allowed,
  state: SummaryState,
): void {
  // Only the days of the entries chosen are ever weighed (an entry put in below is a period's): their articles alone
  // are counted.
  const entryDays = new Set(entries.filter((e) => e.granularity === 'day').map((e) => dayNumber(e.date)));
  const docsOfDay = new Map<number, Set<number>>();
  for (const s of col.sentences) {
    for (const d of s.days) {
      if (!entryDays.has(d)) continue;
      const set = docsOfDay.get(d);
      if (set) set.add(s.doc.id);
      else docsOfDay.set(d, new Set([s.doc.id]));
    }
  }
  const dayDocs = (e: MethodEntry): number =>
    e.granularity === 'day' ? docsOfDay.get(dayNumber(e.date))?.size ?? 0 : Infinity;
  const days = entries.filter((e) => e.granularity === 'day').map(dayDocs).sort((a, b) => a - b);
  if (days.length === 0) return;
  const median = days[Math.floor((days.length - 1) / 2)]!;
  for (const p of periods) {
    if (p.docs.size <= median) break;
    if (covers(entries, p.value)) continue;
    let weakest = -1;
    for (let i = 0; i < entries.length; i++) {
      if (weakest < 0 || dayDocs(entries[i]!) <= dayDocs(entries[weakest]!)) weakest = i;
    }
    if (weakest < 0 || p.docs.size <= dayDocs(entries[weakest]!)) break;
    const summary = summarizeDay(p.sents, perDate, allowed, state);
    if (summary.length > 0) entries[weakest] = { date: p.value, granularity: p.granularity, sentences: summary };
  }
}
