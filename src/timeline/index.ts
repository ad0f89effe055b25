// Timeline generation, a pure function of analysed articles and a query: select the articles, rank dates,
// summarise each date from the articles' own sentences, and cite every sentence's article.
import type { Timeline, TimelineEntry, TimelineSentence } from '../types.js';
import { buildCollection, type Collection, type TimelineDoc, type CollectedSentence } from './collection.js';
import { makeQuery, queryTerms, selectDocs, type EntityNames, type TimelineQuery } from './query.js';
import { datewise, type MethodEntry, type MethodSettings } from './methods/datewise.js';
import { DEFAULT_DATE_WEIGHTS } from './dateRankWeights.js';
import { dayNumber } from './dates.js';
import { entryDescriber, outletOf } from './sources.js';
import { countEvents } from './methods/events.js';
import { splitBackground, storyStart } from './period.js';

export type { TimelineDoc } from './collection.js';

// One method today; the list (and every face's `method` option) stays so that a new method plugs in here.
export const TIMELINE_METHODS = ['datewise'] as const;

/**
 * Methods that were offered once, with the method that replaced them and why. A request naming one is refused
 * with this reason; a saved timeline that names one is rebuilt with its replacement.
 */
export const RETIRED_METHODS: Readonly<Record<string, { use: (typeof TIMELINE_METHODS)[number]; why: string }>> = {
  clust: {
    use: 'datewise',
    why: 'it scored below datewise on every Timeline17 measure (AR1-F .096 vs .136, AR2-F .023 vs .044, ' +
      'Date-F1 .543 vs .562)',
  },
};

const isRetired = (method: string): boolean => Object.hasOwn(RETIRED_METHODS, method);

/** Why a method name is not accepted, in words a face can print after the option's name; undefined when it is. */
export function methodProblem(method: string): string | undefined {
  if ((TIMELINE_METHODS as readonly string[]).includes(method)) return undefined;
  if (isRetired(method)) {
    const r = RETIRED_METHODS[method]!;
    return `the '${method}' method was retired because ${r.why}; use '${r.use}'`;
  }
  return `unknown timeline method '${method}' (known: ${TIMELINE_METHODS.join(', ')})`;
}

/** The method a stored definition's name stands for now: a retired one's replacement, else the name itself. */
export function currentMethod(method: string): string {
  return isRetired(method) ? RETIRED_METHODS[method]!.use : method;
}

export interface TimelineOptions {
  query?: string;
  keywords?: string[];
  entity?: string;
  /** The entity the query text names and the names of `entity`, as the service found them in the store. */
  queryEntity?: EntityNames;
  entityNames?: EntityNames;
  from?: string;
  to?: string;
  dates?: number;
  perDate?: number;
  method?: (typeof TIMELINE_METHODS)[number] | string;
  /** 'day' keeps only day entries (benchmarks); default 'any' lets month/year entries fill small timelines. */
  granularity?: 'day' | 'any';
  /** Date ranker weights (DATE_FEATURE_NAMES order); default: trained on Timeline17. */
  dateWeights?: readonly number[];
}

/** A timeline plus, when it is empty, the reason in words a CLI can print. */
export interface BuiltTimeline extends Timeline {
  reason?: string;
}

/**
 * Summary sizes used when the caller gives none. The number of dates follows the distinct events the
 * coverage holds (countEvents), within [5, 40] and never above what the article count gave before
 * (2.5 √n): a hundred articles about one verdict make a short timeline, a dozen about a year of crises a long one.
 */
export function defaultSizes(docs: TimelineDoc[], col?: Collection): { dates: number; perDate: number } {
  const n = docs.length;
  const byArticles = Math.max(5, Math.min(40, Math.round(2.5 * Math.sqrt(n))));
  const dates = col ? Math.max(5, Math.min(byArticles, countEvents(col))) : byArticles;
  const perDate = n <= 20 ? 2 : 1;
  return { dates, perDate };
}

export function buildTimeline(docs: TimelineDoc[], opts: TimelineOptions = {}): BuiltTimeline {
  const method = opts.method ?? 'datewise';
  const q = makeQuery(docs, opts);
  const query: Timeline['query'] = {
    ...(opts.query !== undefined ? { text: opts.query } : {}),
    ...(opts.entity !== undefined ? { entity: opts.entity } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
  };
  const empty = (reason: string): BuiltTimeline => ({ query, method, entries: [], reason });
  const problem = methodProblem(method);
  if (problem) return empty(problem);
  if (opts.from && Number.isNaN(q.fromDay)) return empty(`--from '${opts.from}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (opts.to && Number.isNaN(q.toDay)) return empty(`--to '${opts.to}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (docs.length === 0) return empty('no articles to build a timeline from');
  const prepared = prepareTimeline(docs, opts);
  if (prepared.selected.length === 0) return empty(noMatchReason(docs.length, opts));
  const found = runMethod(method, prepared);
  if (found.length === 0) {
    return empty(
      `${prepared.selected.length} matching article(s), but no dated sentence${queryTerms(q).length ? ` naming ${queryTerms(q).join('/')}` : ''} inside the date range`,
    );
  }
  const split = prepared.storyStart === undefined
    ? { main: found, background: [] }
    : splitBackground(prepared.col, prepared.storyStart, prepared.q.keywords, found);
  const describe = entryDescriber(prepared.col, [...split.main, ...split.background].map((e) => e.date));
  const entries = split.main.map((e) => describe(toEntry(e), e.sentences)).sort((a, b) => compareDates(a.date, b.date));
  const background = split.background.map((e) => describe(toEntry(e), e.sentences));
  return { query, method, entries, ...(prepared.q.matched ? { matched: prepared.q.matched } : {}),
    ...(background.length > 0 ? { background } : {}) };
}

/** The working set of one timeline request: query, selected articles, their sentence collection, sizes. */
export interface PreparedTimeline {
  q: TimelineQuery;
  selected: TimelineDoc[];
  col: Collection;
  settings: MethodSettings;
  /** First day of the story's own period when the caller gave no start (q.fromDay is then this day). */
  storyStart?: number;
}

/** Everything a method needs, computed once (the evaluator reuses it to train and to run several methods). */
export function prepareTimeline(docs: TimelineDoc[], opts: TimelineOptions = {}): PreparedTimeline {
  const q = makeQuery(docs, opts);
  const selected = selectDocs(docs, q);
  const col = buildCollection(selected);
  const sizes = defaultSizes(selected, col);
  const settings: MethodSettings = {
    dates: opts.dates ?? sizes.dates,
    perDate: opts.perDate ?? sizes.perDate,
    granularity: opts.granularity ?? 'any',
    dateWeights: opts.dateWeights ?? DEFAULT_DATE_WEIGHTS,
    mergeEvents: opts.dates === undefined,
  };
  // Without a start date the timeline keeps to the period the coverage is about (see period.ts).
  const start = opts.from === undefined ? storyStart(col, q.toDay) : undefined;
  if (start === undefined || start <= q.fromDay) return { q, selected, col, settings };
  return { q: { ...q, fromDay: start }, selected, col, settings, storyStart: start };
}

export function runMethod(method: string, p: PreparedTimeline, settings: Partial<MethodSettings> = {}): MethodEntry[] {
  const problem = methodProblem(method);
  if (problem) throw new Error(problem);
  return datewise(p.col, p.q, { ...p.settings, ...settings });
}

function noMatchReason(total: number, opts: TimelineOptions): string {
  const parts: string[] = [];
  if (opts.query) parts.push(`query '${opts.query}'`);
  if (opts.keywords?.length) parts.push(`keywords ${opts.keywords.join(', ')}`);
  if (opts.entity) parts.push(`entity '${opts.entity}'`);
  if (opts.from) parts.push(`published from ${opts.from}`);
  return `none of the ${total} article(s) matches ${parts.join(' and ') || 'the request'}`;
}

/** Chronological order; a month or year sorts before the days inside it. */
function compareDates(a: string, b: string): number {
  const da = dayNumber(a.length === 4 ? `${a}-01-01` : a.length === 7 ? `${a}-01` : a);
  const db = dayNumber(b.length === 4 ? `${b}-01-01` : b.length === 7 ? `${b}-01` : b);
  return da - db || a.length - b.length;
}

function toEntry(e: MethodEntry): TimelineEntry {
  return { date: e.date, granularity: e.granularity, sentences: e.sentences.map(cite) };
}

function cite(s: CollectedSentence): TimelineSentence {
  const d = s.doc;
  const outlet = outletOf(d.source, d.url);
  return {
    text: s.text,
    articleId: d.id,
    sentenceIndex: s.index,
    published: d.published,
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.source !== undefined ? { source: d.source } : {}),
    ...(d.url !== undefined ? { url: d.url } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
  };
}
