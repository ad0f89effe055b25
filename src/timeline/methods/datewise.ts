// DATEWISE: rank days first, then summarise each chosen day from the sentences about it. Days are visited in
// rank order; a day whose candidates hold no on-topic sentence is skipped, so the timeline gets the `dates`
// most important days that can actually be told. A day whose coverage continues an event already chosen on a
// neighbouring day takes no slot of its own (events.ts); the event keeps the day its sentences name.
import type { Collection, CollectedSentence } from '../collection.js';
import { indexCandidates, candidatesForDay, type CandidateIndex } from '../candidates.js';
import { dateFeatures, rankDays } from '../dateRank.js';
import { summarizeDay, newSummaryState, summarizable } from '../summarize.js';
import { isoFromDay, type DateGranularity } from '../dates.js';
import { sentenceFilter, type TimelineQuery } from '../query.js';
import { addPeriodEntries } from './periods.js';
import { absorb, EVENT_DAYS, eventDay, openGroup, sameEvent, type EventGroup } from './events.js';

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
  /**
   * Whether a day continuing an event already chosen on a neighbouring day joins it (events.ts). Off when the
   * caller fixes the number of dates: on Timeline17, whose editors list many consecutive days each with its
   * own news, merging lowered leave-one-topic-out Date-F1 from 0.552 to 0.528-0.544 at every threshold tried.
   */
  mergeEvents?: boolean;
}

export function datewise(col: Collection, q: TimelineQuery, settings: MethodSettings): MethodEntry[] {
  // The query test of a sentence is asked again by the ranker, every day it is a candidate of and the periods.
  const allowed = rememberedPerSentence(sentenceFilter(q));
  const features = dateFeatures(col, q.fromDay, q.toDay, allowed);
  const ranked = rankDays(features, settings.dateWeights);
  const index = indexCandidates(col);
  const state = newSummaryState();
  const entries: MethodEntry[] = [];
  const groups: EventGroup[] = [];
  const entryOf = new Map<EventGroup, MethodEntry>();
  for (const { day } of ranked) {
    const full = entries.length >= settings.dates;
    // Once the timeline is full, days are still read when they may belong to a chosen event (to date it).
    if (full && !settings.mergeEvents) break;
    if (full && !groups.some((g) => Math.abs(g.first - day) <= EVENT_DAYS)) continue;
    // A day none of whose sentences may summarise it can neither open an entry nor join one (its best sentence
    // is none): most ranked days of a broad collection, skipped before their candidates are weighed.
    if (!someSummarizable(index, day, allowed)) continue;
    const cands = candidatesForDay(index, day);
    const near = settings.mergeEvents ? groups.filter((x) => Math.abs(x.first - day) <= EVENT_DAYS) : [];
    const best = near.length > 0 ? summarizeDay(cands, 1, allowed, newSummaryState(), day)[0] : undefined;
    const g = sameEvent(near, day, cands, best);
    if (g) {
      absorb(g, day, cands);
      continue;
    }
    if (full) continue;
    const summary = summarizeDay(cands, settings.perDate, allowed, state, day);
    if (summary.length === 0) continue;
    const entry: MethodEntry = { date: isoFromDay(day), granularity: 'day', sentences: summary };
    entries.push(entry);
    const opened = openGroup(day, cands, summary);
    groups.push(opened);
    entryOf.set(opened, entry);
  }
  redate(groups, entryOf);
  if (settings.granularity === 'any') addPeriodEntries(col, q, index, entries, settings, allowed, state);
  return entries;
}

/** `test`, asked once per sentence. */
function rememberedPerSentence(test: (s: CollectedSentence) => boolean): (s: CollectedSentence) => boolean {
  const known = new Map<CollectedSentence, boolean>();
  return (s) => {
    let ok = known.get(s);
    if (ok === undefined) {
      ok = test(s);
      known.set(s, ok);
    }
    return ok;
  };
}

/** Whether a sentence mentioning or published on `day` could enter its summary (candidatesForDay keeps a subset). */
function someSummarizable(index: CandidateIndex, day: number, allowed: (s: CollectedSentence) => boolean): boolean {
  const can = (s: CollectedSentence): boolean => summarizable(s, allowed);
  return (index.mentioned.get(day)?.some(can) ?? false) || (index.published.get(day)?.some(can) ?? false);
}

/** Each merged event takes the day its sentences name, unless another entry already holds that day. */
function redate(groups: EventGroup[], entryOf: Map<EventGroup, MethodEntry>): void {
  const taken = new Set(groups.map((g) => g.first));
  for (const g of groups) {
    const day = eventDay(g);
    if (day === g.first || taken.has(day)) continue;
    taken.delete(g.first);
    taken.add(day);
    entryOf.get(g)!.date = isoFromDay(day);
  }
}
