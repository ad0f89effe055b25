// The story's own period and its Background. Without --from, a timeline over coverage of 2011 would otherwise
// spend its slots on the years the articles recall in passing ("Mubarak came to power in 1981"): the period the
// coverage is about starts a little before the articles do (the event that set the coverage off) and reaches back
// through the months that many articles keep returning to. What lies before goes to a short Background list.
import type { Collection, CollectedSentence } from './collection.js';
import { eachWeight, MAX_SUMMARY_SENTENCE_CHARS } from './collection.js';
import { dayRange, type DateGranularity, type MentionedDate } from './dates.js';
import type { MethodEntry } from './methods/datewise.js';
import { textMatchesKeywords } from './query.js';
import { MAX_TIMELINE_SIMILARITY, MIN_SUMMARY_SENTENCE_CHARS } from './summarize.js';
import { dot, normalize, pairwiseDots, sumOfWeights } from './text.js';

/**
 * Share of the articles the coverage's core holds: the shortest span of publication days holding it is where
 * the coverage concentrates (a query that also matches a few articles of other years leaves them out).
 */
export const CORE_ARTICLE_SHARE = 0.9;
/** The period starts at least this many days before the bulk of the articles: the event that set them off. */
export const MIN_LEAD_DAYS = 30;
/** ... or this share of the coverage's length, for coverage that runs over many months. */
export const LEAD_SHARE = 0.1;
/** A month before the period joins it when at least this share of the articles names a day or the month in it. */
export const MONTH_SHARE = 0.05;
/** ... and at least this many articles (two articles recalling a date make no concentration). */
export const MONTH_MIN_ARTICLES = 3;
/**
 * The split is kept only when at least this share of the (article, dated event) pairs falls inside the period:
 * otherwise the coverage is about the past it recalls (a history piece), and the whole span is its period.
 */
export const MIN_INSIDE_SHARE = 0.5;
/** Background entries at most ("a few"), and never more than BACKGROUND_SHARE of the main entries. */
export const MAX_BACKGROUND_ENTRIES = 3;
export const BACKGROUND_SHARE = 0.1;

const MS_PER_DAY = 86_400_000;

/**
 * First day of the period the coverage is about, or undefined when the coverage has no period of its own
 * (its dated events mostly lie before its articles). `toDay` is the period's last day.
 */
export function storyStart(col: Collection, toDay: number): number | undefined {
  const pubDays = col.byDoc.filter((s) => s.length > 0).map((s) => s[0]!.pubDay).filter((d) => d <= toDay);
  if (pubDays.length === 0) return undefined;
  pubDays.sort((a, b) => a - b);
  const first = coreStart(pubDays);
  const last = pubDays[pubDays.length - 1]!;
  let start = first - Math.max(MIN_LEAD_DAYS, Math.round(LEAD_SHARE * (last - first)));
  start = reachBackThroughBusyMonths(col, start, pubDays.length);
  let inside = 0;
  let total = 0;
  // The articles name the same dates over and over: each value is parsed once.
  const ranges = new Map<string, [number, number] | undefined>();
  // Indexed loops over the sentences: this runs once a request, and for-of made an iterator per list.
  for (const sents of col.byDoc) {
    const seen = new Set<string>();
    for (let i = 0; i < sents.length; i++) {
      const dates = sents[i]!.dates;
      for (let j = 0; j < dates.length; j++) seen.add(dates[j]!.value);
    }
    for (const v of seen) {
      let range = ranges.get(v);
      if (range === undefined && !ranges.has(v)) {
        range = dayRange(v);
        ranges.set(v, range);
      }
      if (!range || range[0] > toDay) continue;
      total++;
      if (range[1] >= start) inside++;
    }
  }
  return total > 0 && inside / total < MIN_INSIDE_SHARE ? undefined : start;
}

/** First day of the shortest span of the sorted publication days that holds CORE_ARTICLE_SHARE of them. */
function coreStart(pubDays: number[]): number {
  const n = pubDays.length;
  const k = Math.max(1, Math.ceil(CORE_ARTICLE_SHARE * n));
  let best = 0;
  for (let i = 1; i + k - 1 < n; i++) {
    if (pubDays[i + k - 1]! - pubDays[i]! < pubDays[best + k - 1]! - pubDays[best]!) best = i;
  }
  return pubDays[best]!;
}

/** Moves `start` back to the first day of each preceding month that enough articles name, while they follow on. */
function reachBackThroughBusyMonths(col: Collection, start: number, articles: number): number {
  const docsByMonth = new Map<number | string, Set<number>>();
  for (let i = 0; i < col.sentences.length; i++) {
    const s = col.sentences[i]!;
    for (let j = 0; j < s.dates.length; j++) {
      const d = s.dates[j]!;
      if (d.granularity === 'year') continue;
      const month = monthKey(d.value);
      const set = docsByMonth.get(month);
      if (set) set.add(s.doc.id);
      else docsByMonth.set(month, new Set([s.doc.id]));
    }
  }
  const needed = Math.max(MONTH_MIN_ARTICLES, MONTH_SHARE * articles);
  for (;;) {
    const prev = new Date((start - 1) * MS_PER_DAY);
    const month = prev.toISOString().slice(0, 7);
    if ((docsByMonth.get(monthKey(month))?.size ?? 0) < needed) return start;
    start = dayRange(month)![0];
  }
}

/**
 * The first seven characters of a value (its YYYY-MM), as a number when they are digits, a hyphen and digits (a
 * string cut from every date of every sentence was most of this pass's cost), else as that string.
 */
function monthKey(value: string): number | string {
  let key = 0;
  for (let i = 0; i < 7; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 ? c !== 45 : !(c >= 48 && c <= 57)) return value.slice(0, 7);
    if (i !== 4) key = key * 10 + (c - 48);
  }
  return key;
}

/**
 * How many Background entries a timeline of `mainEntries` entries may carry: a few, and never more than
 * BACKGROUND_SHARE of the whole timeline (main and Background together).
 */
export function backgroundBudget(mainEntries: number): number {
  return Math.min(MAX_BACKGROUND_ENTRIES, Math.floor((BACKGROUND_SHARE * mainEntries) / (1 - BACKGROUND_SHARE)));
}

interface Group {
  value: string;
  granularity: DateGranularity;
  sents: CollectedSentence[];
  docs: Set<number>;
}

/** A recalled date with the sentence that tells it and how many articles retell that sentence's event. */
interface Recalled {
  entry: MethodEntry;
  support: number;
  /** Articles naming the date at all. */
  docs: number;
}

/** Lead sentences per article that say what the coverage is about (the direction background is chosen along). */
export const STORY_LEAD_SENTENCES = 3;
/**
 * Two sentences of one recalled date retell one event when their tf-idf vectors are this close ("Mubarak, in
 * power since 1981" and "who has ruled Egypt since 1981"); a year many articles name for unrelated reasons
 * ("appointed in 2009", "profits of 2009") gathers no such agreement.
 */
export const RETELL_SIMILARITY = 0.3;
/** Sentences of one recalled date compared pairwise at most (those closest to the story's leads). */
export const MAX_RETELL_POOL = 100;

/**
 * The main entries and the Background of a timeline whose period starts on `startDay`. Background: the dates
 * before the period whose event most articles retell (then: that most articles name), each told by the
 * sentence they agree on most (nearest to what the coverage is about on ties), at most backgroundBudget(main)
 * of them. A timeline too short for a separate Background keeps the one earlier event at least half its articles recall among its own entries:
 * it is what a reader of a short timeline misses most (the arrests behind a trial).
 */
export function splitBackground(
  col: Collection,
  startDay: number,
  keywords: string[],
  found: MethodEntry[],
): { main: MethodEntry[]; background: MethodEntry[] } {
  const recalled = recalledBefore(col, startDay, keywords, found);
  const budget = backgroundBudget(found.length);
  const top = recalled[0];
  if (budget === 0 && top && top.support >= col.byDoc.length / 2) {
    return { main: withoutRetoldBackground([...found, top.entry], [top.entry]), background: [] };
  }
  const background = recalled.slice(0, budget).map((r) => r.entry);
  let main = withoutRetoldBackground(found, background);
  // Retold entries gone, the main timeline may be shorter: the Background still keeps within its share.
  while (background.length > backgroundBudget(main.length)) {
    background.pop();
    main = withoutRetoldBackground(found, background);
  }
  background.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { main, background };
}

/** The dates before the period its articles recall, the most retold first. */
function recalledBefore(col: Collection, startDay: number, keywords: string[], main: MethodEntry[]): Recalled[] {
  const groups = new Map<string, Group>();
  // The dates of a collection repeat: each value is parsed once.
  const ranges = new Map<string, [number, number] | undefined>();
  for (const s of col.sentences) {
    const d = backgroundDate(s, startDay, ranges);
    if (!d) continue;
    if (s.text.length < MIN_SUMMARY_SENTENCE_CHARS || s.text.length > MAX_SUMMARY_SENTENCE_CHARS) continue;
    if (!textMatchesKeywords(s.text, keywords) || s.vector.size === 0) continue;
    let g = groups.get(d.value);
    if (!g) {
      g = { value: d.value, granularity: d.granularity, sents: [], docs: new Set() };
      groups.set(d.value, g);
    }
    g.sents.push(s);
    g.docs.add(s.doc.id);
  }
  // A date inside a coarser recalled one joins it ("December 2018" under "2018"): the coarser label is the one
  // that is true of every sentence it holds.
  for (const g of [...groups.values()]) {
    const outer = coarser(g.value).map((v) => groups.get(v)).find((o) => o !== undefined);
    if (!outer) continue;
    outer.sents.push(...g.sents);
    for (const id of g.docs) outer.docs.add(id);
    groups.delete(g.value);
  }
  // The leads' weights are summed without a map each: few of these thousands of sentences are read again.
  const storyDir = normalize(sumOfWeights(col.byDoc.flatMap((sents) => sents.slice(0, STORY_LEAD_SENTENCES)),
    eachWeight));
  // A main sentence that names no date of its own may retell the background (a lead recalling the arrests behind
  // a trial): it does not keep the background out; it goes (see withoutRetoldBackground).
  const chosen: CollectedSentence[] = main.flatMap((e) => e.sentences).filter(namesItsDate);
  const out: Recalled[] = [];
  const chosenTexts = new Set(chosen.map((c) => c.text));
  const toldByChosen = (s: CollectedSentence): boolean =>
    chosenTexts.has(s.text) || chosen.some((c) => dot(c.vector, s.vector) > MAX_TIMELINE_SIMILARITY);
  for (const g of groups.values()) {
    // Closest to the story first (a stable sort: ties keep their order), then the first MAX_RETELL_POOL a chosen
    // sentence does not already tell; the same pool as filtering first, without testing sentences never reached.
    const ranked = g.sents.map((s) => ({ s, toStory: dot(storyDir, s.vector) })).sort((a, b) => b.toStory - a.toStory);
    const pool: typeof ranked = [];
    for (const a of ranked) {
      if (pool.length >= MAX_RETELL_POOL) break;
      if (!toldByChosen(a.s)) pool.push(a);
    }
    const between = pairwiseDots(pool.map((a) => a.s.vector));
    let best: { s: CollectedSentence; support: number; toStory: number } | undefined;
    for (let i = 0; i < pool.length; i++) {
      const a = pool[i]!;
      const docs = new Set([a.s.doc.id]);
      for (let j = 0; j < pool.length; j++) {
        const b = pool[j]!;
        if (!docs.has(b.s.doc.id) && between(i, j) >= RETELL_SIMILARITY) docs.add(b.s.doc.id);
      }
      if (!best || docs.size > best.support || (docs.size === best.support && a.toStory > best.toStory)) {
        best = { s: a.s, support: docs.size, toStory: a.toStory };
      }
    }
    if (best) out.push({ entry: { date: g.value, granularity: g.granularity, sentences: [best.s] }, support: best.support, docs: g.docs.size });
  }
  return out.sort((a, b) => b.support - a.support || b.docs - a.docs || (a.entry.date < b.entry.date ? 1 : -1));
}

/** The date before the period a sentence reports: its event's own date, else the first it names. */
function backgroundDate(s: CollectedSentence, startDay: number, ranges: Map<string, [number, number] | undefined>):
  Pick<MentionedDate, 'value' | 'granularity'> | undefined {
  const d = s.event?.basis === 'own' ? s.event : s.dates[0];
  if (!d) return undefined;
  let range = ranges.get(d.value);
  if (range === undefined && !ranges.has(d.value)) {
    range = dayRange(d.value);
    ranges.set(d.value, range);
  }
  return range && range[1] < startDay ? { value: d.value, granularity: d.granularity } : undefined;
}

/** The month and year containing a day, or the year containing a month. */
function coarser(value: string): string[] {
  if (value.length === 10) return [value.slice(0, 7), value.slice(0, 4)];
  if (value.length === 7) return [value.slice(0, 4)];
  return [];
}

function namesItsDate(s: CollectedSentence): boolean {
  return s.dates.length > 0;
}

/**
 * The main entries without the sentences that retell a Background event but name no date of their own (they sit
 * on a day only because their article was published then); an entry left with no sentence goes.
 */
export function withoutRetoldBackground(main: MethodEntry[], background: MethodEntry[]): MethodEntry[] {
  const told = background.flatMap((e) => e.sentences);
  if (told.length === 0) return main;
  const retells = (s: CollectedSentence): boolean =>
    !namesItsDate(s) && !told.includes(s) && told.some((b) => dot(b.vector, s.vector) > MAX_TIMELINE_SIMILARITY);
  return main
    .map((e) => ({ ...e, sentences: e.sentences.filter((s) => !retells(s)) }))
    .filter((e) => e.sentences.length > 0);
}
