// One entry per event. Coverage of one happening spreads over neighbouring days: the verdict is read on a
// Monday, reported on Tuesday and recalled "on Monday" all week, so the date ranker scores both days and a
// timeline would spend two slots on one event. A day joins an entry already chosen when it lies within
// EVENT_DAYS of the entry's day AND the sentence that would best tell the day says what a sentence of the
// entry already says (near-identical, summarize.ts), while the two days' coverage is alike overall (centroids);
// neighbouring days whose coverage differs (a protest on Friday, a resignation on Saturday) stay apart. On
// Timeline17 neither signal alone separates them: editors list many consecutive days, each with its own news.
// The entry is then dated by the sentences' own dates: the day of the group that most articles name.
import type { Collection, CollectedSentence } from '../collection.js';
import { dot, normalize, sumOf, type SparseVector } from '../text.js';
import { nearIdentical } from '../summarize.js';

/** Days either side of an entry's day whose coverage may be the same event. */
export const EVENT_DAYS = 2;
/** Cosine between the centroids of two days' candidate sentences above which they tell one event. */
export const SAME_EVENT_SIMILARITY = 0.5;

/** The days of one event and the sentences about them. */
export interface EventGroup {
  /** The day the group was opened with (the best-ranked of its days). */
  first: number;
  days: number[];
  /** Candidate sentences of all its days (each once). */
  pool: Set<CollectedSentence>;
  /** Unit centroid of the first day's candidates: what the event is, as the entry's day tells it. */
  centroid: SparseVector;
  /** The entry's summary sentences. */
  told: CollectedSentence[];
}

export function centroidOf(sents: Iterable<CollectedSentence>): SparseVector {
  return normalize(sumOf(sents, (s) => s.vector));
}

export function openGroup(day: number, candidates: CollectedSentence[], told: CollectedSentence[]): EventGroup {
  return { first: day, days: [day], pool: new Set(candidates), centroid: centroidOf(candidates), told };
}

/**
 * The group whose event `day` continues, if any (the most similar one), given the day's candidate sentences
 * and `best`, the sentence that would tell the day were nothing chosen yet.
 */
export function sameEvent(
  groups: EventGroup[],
  day: number,
  candidates: CollectedSentence[],
  best: CollectedSentence | undefined,
): EventGroup | undefined {
  if (!best) return undefined;
  let found: EventGroup | undefined;
  let bestSim = SAME_EVENT_SIMILARITY;
  let c: SparseVector | undefined;
  for (const g of groups) {
    if (Math.abs(g.first - day) > EVENT_DAYS) continue;
    if (!g.told.some((s) => nearIdentical(s.vector, best.vector))) continue;
    c ??= centroidOf(candidates);
    const sim = dot(c, g.centroid);
    if (sim >= bestSim) {
      bestSim = sim;
      found = g;
    }
  }
  return found;
}

export function absorb(g: EventGroup, day: number, candidates: CollectedSentence[]): void {
  g.days.push(day);
  for (const s of candidates) g.pool.add(s);
}

/**
 * The day the event happened: of the group's days, the one most articles in its sentences name as their own
 * date (a report published the next morning names the day before); on a tie, the best-ranked day.
 */
export function eventDay(g: EventGroup): number {
  if (g.days.length === 1) return g.first;
  const docs = new Map<number, Set<number>>();
  for (const s of g.pool) {
    for (const d of s.days) {
      if (!g.days.includes(d)) continue;
      const set = docs.get(d);
      if (set) set.add(s.doc.id);
      else docs.set(d, new Set([s.doc.id]));
    }
  }
  let best = g.first;
  let bestCount = docs.get(g.first)?.size ?? 0;
  for (const d of g.days) {
    const n = docs.get(d)?.size ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Fewest articles naming a day for it to count as an event when sizing a timeline. */
export const MIN_EVENT_ARTICLES = 2;

/**
 * An estimate of the distinct events a coverage holds, for sizing a timeline: days that at least
 * MIN_EVENT_ARTICLES articles name as a date of their own, where a day within EVENT_DAYS after the day that
 * last counted adds nothing (an estimate only: which neighbouring days are one event is decided by content when
 * the timeline is built).
 */
export function countEvents(col: Collection): number {
  const docs = new Map<number, Set<number>>();
  // Indexed loops: this runs once a request, over every sentence, and for-of made an iterator per list.
  for (let i = 0; i < col.sentences.length; i++) {
    const s = col.sentences[i]!;
    for (let j = 0; j < s.days.length; j++) {
      const d = s.days[j]!;
      const set = docs.get(d);
      if (set) set.add(s.doc.id);
      else docs.set(d, new Set([s.doc.id]));
    }
  }
  const days = [...docs].filter(([, set]) => set.size >= MIN_EVENT_ARTICLES).map(([d]) => d).sort((a, b) => a - b);
  let events = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of days) {
    if (d - last > EVENT_DAYS) {
      events++;
      last = d;
    }
  }
  return events;
}
