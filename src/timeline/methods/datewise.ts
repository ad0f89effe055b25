// DATEWISE: rank days first, then summarise each chosen day from the sentences about it. Days are visited in
// rank order; a day whose candidates hold no on-topic sentence is skipped, so the timeline gets the `dates`
// most important days that can actually be told.
import type { Collection, CollectedSentence } from '../collection.js';
import { indexCandidates, candidatesForDay } from '../candidates.js';
import { dateFeatures, rankDays } from '../dateRank.js';
import { summarizeDay, newSummaryState } from '../summarize.js';
import { isoFromDay, dayNumber, dayRange, type DateGranularity } from '../dates.js';
import { sentenceFilter, type TimelineQuery } from '../query.js';

export interface MethodEntry {
  date: string;
  granularity: DateGranularity;
  sentences: CollectedSentence[];
}

export interface MethodSettings {
  dates: number;
  perDate: number;
  /** 'day': only day entries (benchmarks); 'any': month/year entries may fill a small timeline. */
  granularity: 'day' | 'any';
  dateWeights: readonly number[];
}

export function datewise(col: Collection, q: TimelineQuery, settings: MethodSettings): MethodEntry[] {
  const features = dateFeatures(col, q.fromDay, q.toDay, sentenceFilter(q));
  const ranked = rankDays(features, settings.dateWeights);
  const index = indexCandidates(col);
  const state = newSummaryState();
  const allowed = sentenceFilter(q);
  const entries: MethodEntry[] = [];
  for (const { day } of ranked) {
    if (entries.length >= settings.dates) break;
    const summary = summarizeDay(candidatesForDay(index, day), settings.perDate, allowed, state, day);
    if (summary.length > 0) entries.push({ date: isoFromDay(day), granularity: 'day', sentences: summary });
  }
  if (settings.granularity === 'any') {
    const periods = coarsePeriods(col, q);
    if (entries.length < settings.dates) {
      entries.push(...coarseEntries(periods, settings.dates - entries.length, settings.perDate, entries, allowed, state));
    }
    replaceWeakDays(col, entries, periods, settings.perDate, allowed, state);
  }
  return entries;
}

interface Period {
  value: string;
  granularity: DateGranularity;
  sents: CollectedSentence[];
  docs: Set<number>;
}

/**
 * Month and year periods for events the articles date only roughly ("arrested in December 2018"), ranked by
 * how many articles mention them (then sentences; on a tie the finer period, which says more).
 */
function coarsePeriods(col: Collection, q: TimelineQuery): Period[] {
  const byPeriod = new Map<string, Period>();
  for (const s of col.sentences) {
    if (s.days.length > 0) continue;
    for (const d of s.dates) {
      const range = dayRange(d.value);
      if (!range || range[1] < q.fromDay || range[0] > q.toDay) continue;
      let p = byPeriod.get(d.value);
      if (!p) {
        p = { value: d.value, granularity: d.granularity, sents: [], docs: new Set() };
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

const covers = (entries: MethodEntry[], value: string): boolean =>
  entries.some((e) => e.date.startsWith(value) || value.startsWith(e.date));

/**
 * In a full timeline, a period that more articles mention than the least-mentioned chosen day takes that day's
 * place: in a small corpus the days of the articles' own publication can outnumber the slots while the event
 * every article recalls ("arrested in December 2018") has no exact day.
 */
function replaceWeakDays(
  col: Collection,
  entries: MethodEntry[],
  periods: Period[],
  perDate: number,
  allowed: (s: CollectedSentence) => boolean,
  state: ReturnType<typeof newSummaryState>,
): void {
  const docsOfDay = new Map<number, Set<number>>();
  for (const s of col.sentences) {
    for (const d of s.days) {
      const set = docsOfDay.get(d);
      if (set) set.add(s.doc.id);
      else docsOfDay.set(d, new Set([s.doc.id]));
    }
  }
  const dayDocs = (e: MethodEntry): number =>
    e.granularity === 'day' ? docsOfDay.get(dayNumber(e.date))?.size ?? 0 : Infinity;
  for (const p of periods) {
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

/** Period entries filling the slots that days left (a period covering a chosen entry is skipped). */
function coarseEntries(
  periods: Period[],
  budget: number,
  perDate: number,
  taken: MethodEntry[],
  allowed: (s: CollectedSentence) => boolean,
  state: ReturnType<typeof newSummaryState>,
): MethodEntry[] {
  const out: MethodEntry[] = [];
  for (const p of periods) {
    if (out.length >= budget) break;
    if (covers([...taken, ...out], p.value)) continue;
    const summary = summarizeDay(p.sents, perDate, allowed, state);
    if (summary.length > 0) out.push({ date: p.value, granularity: p.granularity, sentences: summary });
  }
  return out;
}
