// Date ranking: which days matter in a story. A day matters when many articles refer to it, especially
// articles published later (retrospective mentions mark lasting events), and when many articles are
// published on it or the day after (a burst of coverage). Features are counted per day, scaled by their
// maximum within the collection so that weights transfer between small and large collections, and combined
// linearly with weights learned leave-one-topic-out (see dateRankWeights.ts).
import type { Collection, CollectedSentence } from './collection.js';
import { textMatchesKeywords } from './query.js';

export const DATE_FEATURE_NAMES = [
  'mentionSents', // sentences mentioning the day
  'mentionSentsLater', // ... in articles published after the day
  'mentionSentsSameDay', // ... in articles published on the day
  'mentionDocs', // articles mentioning the day
  'mentionDocsLater', // ... published after the day
  'mentionDocsEarlier', // ... published before the day (announcements, schedules)
  'pubDocs', // articles published on the day
  'pubDocsNextDay', // articles published the next day
  'leadMentions', // mentions in the first sentences of articles (the news of the article)
  'mentionDocsLaterWeek', // articles published 2..7 days later mentioning the day
  'mentionDocsLaterFar', // articles published over a week later mentioning the day
  'explicitDocsLater', // articles published after the day naming it as a calendar date
  'keywordDocs', // articles mentioning the day in a sentence that names a query keyword
  'neighbourDocs', // articles mentioning the day before or after
  'isPubDay', // 1 when some article is published on the day
  'pubDaysAround', // days within PUB_AROUND_DAYS with publications (coverage bursts surround events)
  'pubDocsPrevDay', // articles published the day before
  'relativeMentions', // mentionDocs relative to how many articles appeared around the day (quiet periods count)
  'relativeLater', // mentionDocsLater, likewise
  'localPeak', // mentionDocs relative to the busiest neighbouring day within LOCAL_DAYS (the event's own day stands out)
  'pubBurst', // articles published on the day and the next, as a z-score against the trailing BURST_DAYS
  'bias', // constant 1
] as const;

export type DateFeatureName = (typeof DATE_FEATURE_NAMES)[number];

/** Half-width of the window in which publication days are counted for 'pubDaysAround'. */
export const PUB_AROUND_DAYS = 3;

/** Window (days before, days after) of publication volume that mention counts are compared with. */
export const VOLUME_WINDOW: readonly [number, number] = [3, 10];

/** Half-width of the neighbourhood a day's mentions are compared with for 'localPeak'. */
export const LOCAL_DAYS = 3;

/** Trailing days of publication volume a day's volume is compared with for 'pubBurst'. */
export const BURST_DAYS = 7;

/** Sentences of an article counted as its lead (the news it reports). */
export const LEAD_SENTENCES = 5;

export interface DateFeatures {
  days: number[];
  /** Raw counts per day, in DATE_FEATURE_NAMES order. */
  raw: number[][];
  /** Counts scaled to [0, 1] by the per-collection maximum, then square-rooted to damp the long tail. */
  scaled: number[][];
}

/** `keywords`: a dataset's keyword list, or the test of an on-topic sentence (sentenceFilter). */
export function dateFeatures(col: Collection, fromDay: number, toDay: number,
  keywords: string[] | ((s: CollectedSentence) => boolean) = []): DateFeatures {
  const onTopic = typeof keywords === 'function' ? keywords : (s: CollectedSentence): boolean => textMatchesKeywords(s.text, keywords);
  const n = DATE_FEATURE_NAMES.length;
  const idx = (name: DateFeatureName): number => DATE_FEATURE_NAMES.indexOf(name);
  const byDay = new Map<number, number[]>();
  const row = (day: number): number[] | undefined => {
    if (day < fromDay || day > toDay) return undefined;
    let r = byDay.get(day);
    if (!r) {
      r = new Array<number>(n).fill(0);
      byDay.set(day, r);
    }
    return r;
  };
  const F = {
    sents: idx('mentionSents'),
    sentsLater: idx('mentionSentsLater'),
    sentsSame: idx('mentionSentsSameDay'),
    docs: idx('mentionDocs'),
    docsLater: idx('mentionDocsLater'),
    docsEarlier: idx('mentionDocsEarlier'),
    pub: idx('pubDocs'),
    pubNext: idx('pubDocsNextDay'),
    lead: idx('leadMentions'),
    week: idx('mentionDocsLaterWeek'),
    far: idx('mentionDocsLaterFar'),
    explicitLater: idx('explicitDocsLater'),
    keyword: idx('keywordDocs'),
    neighbour: idx('neighbourDocs'),
    isPub: idx('isPubDay'),
    around: idx('pubDaysAround'),
    prev: idx('pubDocsPrevDay'),
    relative: idx('relativeMentions'),
    relativeLater: idx('relativeLater'),
    peak: idx('localPeak'),
    burst: idx('pubBurst'),
    bias: idx('bias'),
  };
  // One set of each kind serves every article (cleared before the next): a request weighs thousands of articles.
  const docDays = new Set<number>();
  const explicitDays = new Set<number>();
  const keywordDays = new Set<number>();
  for (const sents of col.byDoc) {
    if (sents.length === 0) continue;
    const pub = sents[0]!.pubDay;
    row(pub) && row(pub)![F.pub]++;
    row(pub - 1) && row(pub - 1)![F.pubNext]++;
    row(pub + 1) && row(pub + 1)![F.prev]++;
    docDays.clear();
    explicitDays.clear();
    keywordDays.clear();
    for (let j = 0; j < sents.length; j++) {
      const s = sents[j]!;
      const days = s.days;
      if (days.length === 0) continue;
      // Each distinct day once, in order of first mention (as distinctDays gives them), without a set per sentence.
      for (let i = 0; i < days.length; i++) {
        const day = days[i]!;
        if (repeatsEarlier(days, i)) continue;
        const r = row(day);
        if (!r) continue;
        r[F.sents]++;
        if (pub > day) r[F.sentsLater]++;
        else if (pub === day) r[F.sentsSame]++;
        if (j < LEAD_SENTENCES) r[F.lead]++;
        docDays.add(day);
      }
      for (const day of s.explicitDays) explicitDays.add(day);
      if (onTopic(s)) for (const day of days) keywordDays.add(day);
    }
    explicitDays.forEach((day) => {
      if (pub > day) row(day) && row(day)![F.explicitLater]++;
    });
    keywordDays.forEach((day) => {
      row(day) && row(day)![F.keyword]++;
    });
    docDays.forEach((day) => {
      const r = row(day)!;
      r[F.docs]++;
      if (pub > day) r[F.docsLater]++;
      if (pub < day) r[F.docsEarlier]++;
      if (pub - day >= 2 && pub - day <= 7) r[F.week]++;
      if (pub - day > 7) r[F.far]++;
    });
  }
  // Publications per day in one array over the days that have any (days with no row count 0): the windows below
  // read some thirty days around every ranked day, and a map lookup each was most of the cost of these features.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  byDay.forEach((r, day) => {
    if (r[F.pub]! > 0) {
      lo = Math.min(lo, day);
      hi = Math.max(hi, day);
    }
  });
  const pubs = new Float64Array(lo <= hi ? hi - lo + 1 : 0);
  byDay.forEach((r, day) => {
    if (r[F.pub]! > 0) pubs[day - lo] = r[F.pub]!;
  });
  const pubOn = (d: number): number => (d >= lo && d <= hi ? pubs[d - lo]! : 0);
  byDay.forEach((r, day) => {
    r[F.isPub] = r[F.pub]! > 0 ? 1 : 0;
    let around = 0;
    for (let k = -PUB_AROUND_DAYS; k <= PUB_AROUND_DAYS; k++) if (pubOn(day + k) > 0) around++;
    r[F.around] = around;
    let volume = 0;
    for (let k = -VOLUME_WINDOW[0]; k <= VOLUME_WINDOW[1]; k++) volume += pubOn(day + k);
    r[F.relative] = r[F.docs]! / Math.sqrt(volume + 1);
    r[F.relativeLater] = r[F.docsLater]! / Math.sqrt(volume + 1);
    r[F.neighbour] = (byDay.get(day - 1)?.[F.docs] ?? 0) + (byDay.get(day + 1)?.[F.docs] ?? 0);
    let nearMax = 0;
    for (let k = 1; k <= LOCAL_DAYS; k++) {
      nearMax = Math.max(nearMax, byDay.get(day - k)?.[F.docs] ?? 0, byDay.get(day + k)?.[F.docs] ?? 0);
    }
    r[F.peak] = r[F.docs]! / (nearMax + 1);
  });
  // Publication bursts: volume of the day and the next against the trailing days.
  byDay.forEach((r, day) => {
    const vol = pubOn(day) + pubOn(day + 1);
    let sum = 0;
    let sq = 0;
    for (let k = 1; k <= BURST_DAYS; k++) {
      const v = pubOn(day - k - 1) + pubOn(day - k); // pairs wholly before the day
      sum += v;
      sq += v * v;
    }
    const mean = sum / BURST_DAYS;
    const sd = Math.sqrt(Math.max(0, sq / BURST_DAYS - mean * mean));
    r[F.burst] = Math.max(0, (vol - mean) / (sd + 1));
  });
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const raw = days.map((d) => byDay.get(d)!);
  for (const r of raw) r[F.bias] = 1;
  const max = new Array<number>(n).fill(0);
  for (const r of raw) for (let i = 0; i < n; i++) max[i] = Math.max(max[i]!, r[i]!);
  const scaled = raw.map((r) => r.map((x, i) => scale(x, max[i]!)));
  return { days, raw, scaled };
}

/** Whether days[i] is one of the days before it in the list. */
function repeatsEarlier(days: readonly number[], i: number): boolean {
  for (let j = 0; j < i; j++) if (days[j] === days[i]) return true;
  return false;
}

/**
 * Scaling of a count by its collection maximum. The square root was kept over log1p(x) / log1p(max): with
 * log scaling, leave-one-topic-out date F1 on Timeline17 fell from 0.543 to 0.523 (ranking proxy).
 */
function scale(x: number, max: number): number {
  return max > 0 ? Math.sqrt(x / max) : 0;
}

/** Days ordered from most to least important under linear `weights` (ties: earlier day first). */
export function rankDays(features: DateFeatures, weights: readonly number[]): { day: number; score: number }[] {
  const scored = features.days.map((day, i) => {
    const x = features.scaled[i]!;
    let s = 0;
    for (let k = 0; k < x.length; k++) s += (weights[k] ?? 0) * x[k]!;
    return { day, score: s };
  });
  scored.sort((a, b) => b.score - a.score || a.day - b.day);
  return scored;
}

