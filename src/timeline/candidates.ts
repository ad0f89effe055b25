// Candidate sentences for one day: sentences that mention the day, plus the lead sentences (with no date of
// their own) of articles published on the day or the day after, as in DATEWISE (Gholipour Ghalandari & Ifrim
// 2020). When both kinds exist, only sentences close to the content the two kinds share are kept: words
// frequent in both the mentioning and the published sentences describe what happened that day, and a knee
// point on the sorted similarities separates them from the background.
import { dayOf, type Collection, type CollectedSentence } from './collection.js';
import { dot, norm, sumOf, type SparseVector } from './text.js';
import { distinctDays } from './dates.js';
import type { EventDateBasis } from '../types.js';
import { isProspective } from './clauses.js';

/** Lead sentences of an article that may describe its publication day. */
export const PUB_LEAD_SENTENCES = 6;
/** Articles published this many days after a day (0 = same day) may describe it. */
export const PUB_WINDOW_DAYS = 2;

/** Event dates of undated sentences that stand in for a publication day (see indexCandidates). */
const EVENT_BASES: ReadonlySet<EventDateBasis> = new Set(['update']);

/** Candidate pools smaller than this are kept whole (see candidatesForDay). */
export const MIN_KNEE_POOL = 8;

export interface CandidateIndex {
  mentioned: Map<number, CollectedSentence[]>;
  published: Map<number, CollectedSentence[]>;
}

export function indexCandidates(col: Collection): CandidateIndex {
  const mentioned = new Map<number, CollectedSentence[]>();
  const published = new Map<number, CollectedSentence[]>();
  const push = (m: Map<number, CollectedSentence[]>, day: number, s: CollectedSentence): void => {
    const list = m.get(day);
    if (list) list.push(s);
    else m.set(day, [s]);
  };
  for (const sents of col.byDoc) {
    for (let j = 0; j < sents.length; j++) {
      const s = sents[j]!;
      if (s.borrowed) {
        // No date of its own, but the event layer knows its day (the update it sits under, the statement it
        // reports): it tells that day as an article's lead tells its publication day, around what names the day.
        for (const day of s.days) push(published, day, s);
      } else if (s.days.length > 0) {
        for (const day of summaryDays(s)) push(mentioned, day, s);
      } else if (s.dates.length === 0 && s.event && EVENT_BASES.has(s.event.basis) && s.event.granularity === 'day') {
        push(published, dayOf(s.event.value), s);
      } else if (j < PUB_LEAD_SENTENCES && s.dates.length === 0) {
        for (let k = 0; k < PUB_WINDOW_DAYS; k++) push(published, s.pubDay - k, s);
      }
    }
  }
  return { mentioned, published };
}

/**
 * The days a sentence may summarise. A sentence naming several days reports the event of the one the event layer
 * chose (its main clause's, not a statement's); the others date the events it refers back to ("Mubarak stepped
 * down Friday …, ended by protests that began January 25" tells what happened on the Friday, not on 25 January).
 */
function summaryDays(s: CollectedSentence): Iterable<number> {
  const e = s.event;
  if (e?.basis === 'own' && e.granularity === 'day') {
    const day = dayOf(e.value);
    if (s.days.includes(day)) return [day];
  }
  return distinctDays(s.days);
}

const vectorOf = (s: CollectedSentence): SparseVector => s.vector;

export function candidatesForDay(index: CandidateIndex, day: number): CollectedSentence[] {
  const ment = reported(index.mentioned.get(day) ?? [], day);
  const pub = reported(index.published.get(day) ?? [], day);
  if (ment.length === 0 || pub.length === 0) return ment.length > 0 ? ment : pub;
  const cMent = sumOf(ment, vectorOf);
  const cPub = sumOf(pub, vectorOf);
  // Shared content: a word counts only when both kinds use it.
  const shared: SparseVector = new Map();
  cMent.forEach((x, k) => {
    const y = cPub.get(k);
    if (y !== undefined) shared.set(k, x / ment.length + y / pub.length);
  });
  const all = [...ment, ...pub];
  // A knee needs a curve: among a handful of sentences it cuts at noise (one article's day, two or three reports).
  if (all.length < MIN_KNEE_POOL) return all;
  // cosine(shared, s.vector), with the norm of the (large) shared vector taken once rather than per sentence.
  const sharedNorm = norm(shared);
  const sims = all.map((s) => {
    const n = norm(s.vector);
    return sharedNorm === 0 || n === 0 ? 0 : dot(shared, s.vector) / (sharedNorm * n);
  });
  const sorted = [...sims].sort((a, b) => b - a);
  const threshold = sorted[kneePoint(sorted)]!;
  const kept = all.filter((_, i) => sims[i]! > 0 && sims[i]! > threshold);
  return kept.length > 0 ? kept : all;
}

/**
 * A day's sentences without its plans and expectations ("Danvik is expected to visit Port Alder on Thursday", or
 * anything written before the day it names), unless the day has nothing else: a forecast that shares the day's
 * words would otherwise pass the knee and stand for what happened.
 */
export function reported(sents: CollectedSentence[], day: number): CollectedSentence[] {
  const happened = sents.filter((s) => !isPlan(s, day));
  return happened.length > 0 ? happened : sents;
}

/** Whether the sentence tells the day as a plan or an expectation rather than as what happened. */
export function isPlan(s: CollectedSentence, day: number | undefined): boolean {
  return (day !== undefined && !s.borrowed && s.pubDay < day) || prospective(s);
}

/**
 * isProspective of each sentence's text, read once: a sentence is weighed again for every day it is a candidate
 * of (each day it names, the days after its publication, the summary), and the clause rules cost a
 * sixth of a broad request when they were run again each time.
 */
const prospectiveOf = new WeakMap<CollectedSentence, boolean>();

function prospective(s: CollectedSentence): boolean {
  let known = prospectiveOf.get(s);
  if (known === undefined) {
    known = isProspective(s.text);
    prospectiveOf.set(s, known);
  }
  return known;
}

/** Index of the point farthest from the straight line joining the first and last values (descending list). */
export function kneePoint(values: number[]): number {
  const n = values.length;
  if (n < 3) return 0;
  const x0 = 0;
  const y0 = values[0]!;
  const dx = n - 1;
  const dy = values[n - 1]! - y0;
  const len = Math.hypot(dx, dy);
  let best = 0;
  let bestDist = -1;
  for (let i = 0; i < n; i++) {
    const dist = Math.abs(dy * (i - x0) - dx * (values[i]! - y0)) / len;
    if (dist > bestDist) {
      bestDist = dist;
      best = i;
    }
  }
  return best;
}
