// Summarising one date: greedily build the set of sentences whose summed vector is closest to the centroid
// of the date's candidates (CentroidOpt in news-tls), so that the summary covers what the date's coverage is
// about rather than repeating its single most typical sentence. Sentences too similar to anything already in
// the timeline are skipped, so the timeline does not tell the same event twice on different dates.
import type { CollectedSentence } from './collection.js';
import { MAX_SUMMARY_SENTENCE_CHARS } from './collection.js';
import { addInto, dot, type SparseVector, normalize, sumOf } from './text.js';
import { opening } from './clauses.js';
import { isPlan } from './candidates.js';

/** Cosine above which a sentence repeats one already in the timeline. */
export const MAX_TIMELINE_SIMILARITY = 0.5;
/**
 * Share of a sentence's tf-idf weight (squared, of a unit vector) in words another sentence also has above
 * which the sentence says nothing the other does not: a lead repeated under a headline, or the same wire
 * sentence with a clause added, which cosine alone lets through when one is much longer than the other.
 */
export const MAX_CONTAINMENT = 0.8;
/** Sentences with fewer content words than this are too short to be judged contained in another. */
export const MIN_CONTAINED_WORDS = 6;
/** Sentences shorter than this (characters) are captions, bylines or fragments. */
export const MIN_SUMMARY_SENTENCE_CHARS = 40;
/**
 * Score added to a sentence that names the day itself (it says what happened that day, where a lead
 * sentence of an article published that day may be background), divided by the number
 * of candidates: with few candidates their centroid says little, with many it is the better guide.
 */
export const MENTIONS_DAY_BONUS = 0.2;

/**
 * A sentence that opens on a pronoun or a connective ("He said …", "But …") gives way to a free-standing one that
 * says the same thing (cosine at least this, the bar at which sources.ts counts a report as the same) …
 */
export const SAME_THING = 0.4;
/** … or that scores within this share of it. */
export const OPENING_MARGIN = 0.1;

export interface SummaryState {
  /** Vectors of every sentence already placed in the timeline. */
  chosen: SparseVector[];
  chosenTexts: Set<string>;
}

export function newSummaryState(): SummaryState {
  return { chosen: [], chosenTexts: new Set() };
}

export function summarizeDay(
  candidates: CollectedSentence[],
  k: number,
  allowed: (s: CollectedSentence) => boolean,
  state: SummaryState,
  day?: number,
): CollectedSentence[] {
  if (candidates.length === 0 || k <= 0) return [];
  // A sentence that only borrows its day from its context weighs in the day's centre as much as the analysis
  // is sure of that day.
  const centroid = sumOf(candidates, (s) => s.vector, (s) => (s.borrowed ? s.event?.confidence ?? 1 : 1));
  const c = normalize(centroid);
  const usable = candidates.filter((s) => summarizable(s, allowed));
  // A plan or an expectation ("Danvik is expected to visit on Thursday", or anything written before the day it
  // names) tells the day only when nothing of the day reports what happened.
  const happened = usable.filter((s) => !isPlan(s, day));
  const pool = happened.length > 0 ? happened : usable;
  const free = pool.map((s) => opening(s.text) === 'free');
  const bonusScale = MENTIONS_DAY_BONUS / candidates.length;
  const selected: CollectedSentence[] = [];
  const sum: SparseVector = new Map();
  let sumDotC = 0;
  let sumSq = 0;
  const removed = new Set<number>();
  let scores: number[] = [];
  while (selected.length < k) {
    let best = -1;
    let bestScore = -Infinity;
    scores = [];
    for (let i = 0; i < pool.length; i++) {
      if (removed.has(i)) continue;
      const x = pool[i]!.vector;
      const num = sumDotC + dot(x, c);
      const den = Math.sqrt(sumSq + 2 * dot(sum, x) + dot(x, x));
      const bonus = day !== undefined && !pool[i]!.borrowed && pool[i]!.days.includes(day) ? bonusScale : 0;
      const score = (den > 0 ? num / den : 0) + bonus;
      scores[i] = score;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    if (!free[best] && !followsInSummary(pool[best]!, selected)) best = standIn(best, bestScore);
    removed.add(best);
    const s = pool[best]!;
    if (isRedundant(s, state)) continue;
    selected.push(s);
    sumSq += 2 * dot(sum, s.vector) + dot(s.vector, s.vector);
    addInto(sum, s.vector);
    sumDotC += dot(s.vector, c);
    state.chosen.push(s.vector);
    state.chosenTexts.add(s.text);
  }
  return selected;

  /** The best free-standing sentence that says what `best` says or scores nearly as well; else `best` itself. */
  function standIn(best: number, bestScore: number): number {
    let pick = best;
    let pickScore = -Infinity;
    for (let j = 0; j < pool.length; j++) {
      const score = scores[j];
      if (score === undefined || removed.has(j) || !free[j] || score <= pickScore || isRedundant(pool[j]!, state)) continue;
      const close = score >= bestScore - OPENING_MARGIN * Math.abs(bestScore);
      if (close || dot(pool[j]!.vector, pool[best]!.vector) >= SAME_THING) {
        pick = j;
        pickScore = score;
      }
    }
    return pick;
  }
}

/** A sentence whose article's previous sentence is already in the summary has its context there. */
function followsInSummary(s: CollectedSentence, selected: CollectedSentence[]): boolean {
  return selected.some((x) => x.doc.id === s.doc.id && x.index === s.index - 1);
}

/** Whether a sentence may enter a summary at all: a summary's length, some content, and `allowed`. */
export function summarizable(s: CollectedSentence, allowed: (s: CollectedSentence) => boolean): boolean {
  return s.text.length >= MIN_SUMMARY_SENTENCE_CHARS && s.text.length <= MAX_SUMMARY_SENTENCE_CHARS && allowed(s) &&
    s.vector.size > 0;
}

function isRedundant(s: CollectedSentence, state: SummaryState): boolean {
  if (state.chosenTexts.has(s.text)) return true;
  for (const v of state.chosen) if (nearIdentical(v, s.vector)) return true;
  return false;
}

/** Whether two unit tf-idf vectors tell the same thing: similar overall, or the shorter one inside the longer. */
export function nearIdentical(a: SparseVector, b: SparseVector): boolean {
  if (dot(a, b) > MAX_TIMELINE_SIMILARITY) return true;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size < MIN_CONTAINED_WORDS) return false;
  let inside = 0;
  small.forEach((x, k) => {
    if (large.has(k)) inside += x * x;
  });
  return inside >= MAX_CONTAINMENT;
}
