// DATEWISE: rank days first, then summarise each chosen day from the sentences about it. Days are visited in
// rank order; a day whose candidates hold no on-topic sentence is skipped, so the timeline gets the `dates`
// most important days that can actually be told.
import type { Collection, CollectedSentence } from '../collection.js';
import { indexCandidates, candidatesForDay } from '../candidates.js';
import { dateFeatures, rankDays } from '../dateRank.js';
import { summarizeDay, newSummaryState } from '../summarize.js';
import { isoFromDay, dayRange, type DateGranularity } from '../dates.js';
import { textMatchesKeywords, type TimelineQuery } from '../query.js';

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
  const features = dateFeatures(col, q.fromDay, q.toDay, q.keywords);
  const ranked = rankDays(features, settings.dateWeights);
  const index = indexCandidates(col);
  const state = newSummaryState();
  const allowed = (s: CollectedSentence): boolean => textMatchesKeywords(s.text, q.keywords);
  const entries: MethodEntry[] = [];
  for (const { day } of ranked) {
    if (entries.length >= settings.dates) break;
    const summary = summarizeDay(candidatesForDay(index, day), settings.perDate, allowed, state, day);
    if (summary.length > 0) entries.push({ date: isoFromDay(day), granularity: 'day', sentences: summary });
  }
  if (settings.granularity === 'any' && entries.length < settings.dates) {
    entries.push(...coarseEntries(col, q, settings.dates - entries.length, settings.perDate, entries, allowed, state));
  }
  return entries;
}

/**
 * Month and year entries for events the articles date only roughly ("arrested in December 2018"). Periods
 * are ranked by how many articles mention them; a period already covered by a chosen entry is skipped.
 */
function coarseEntries(
  col: Collection,
  q: TimelineQuery,
  budget: number,
  perDate: number,
  taken: MethodEntry[],
  allowed: (s: CollectedSentence) => boolean,
  state: ReturnType<typeof newSummaryState>,
): MethodEntry[] {
  const byPeriod = new Map<string, { granularity: DateGranularity; sents: CollectedSentence[]; docs: Set<number> }>();
  for (const s of col.sentences) {
    if (s.days.length > 0) continue;
    for (const d of s.dates) {
      const range = dayRange(d.value);
      if (!range || range[1] < q.fromDay || range[0] > q.toDay) continue;
      let p = byPeriod.get(d.value);
      if (!p) {
        p = { granularity: d.granularity, sents: [], docs: new Set() };
        byPeriod.set(d.value, p);
      }
      p.sents.push(s);
      p.docs.add(s.doc.id);
    }
  }
  const ranked = [...byPeriod.entries()].sort(
    (a, b) =>
      b[1].docs.size - a[1].docs.size || b[1].sents.length - a[1].sents.length ||
      // on a tie the finer period says more ("December 2018" over "2018")
      b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  );
  const out: MethodEntry[] = [];
  const covered = (value: string): boolean =>
    [...taken, ...out].some((e) => e.date.startsWith(value) || value.startsWith(e.date));
  for (const [value, p] of ranked) {
    if (out.length >= budget) break;
    if (covered(value)) continue;
    const summary = summarizeDay(p.sents, perDate, allowed, state);
    if (summary.length > 0) out.push({ date: value, granularity: p.granularity, sentences: summary });
  }
  return out;
}
