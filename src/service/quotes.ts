// The quotes listing: who said what, by speaker and by what was said about something ("who said what about X").
// A query is read as a timeline reads it (timeline/query.ts): as a phrase when some quote uses it as one, else
// every one of its words, and only as any of them when no quote has them all; a query naming a known entity also
// finds the entity's other names ("Mubarak" finds "Hosni Mubarak" and "President Mubarak"). A quote is about the
// query when its own words or the sentence around it name it: "“We will not leave,” he said of the square" is
// about Tahrir Square when the sentence says so.
import type { Doc } from '../types.js';
import type { QuoteFilter, Store, StoredQuote } from '../store/store.js';
import { parseQueryText, type QueryText } from '../timeline/query.js';
import { hasTerm, type EntityNames } from '../timeline/queryMatch.js';
import { knownEntity } from './entityNames.js';
import { ServiceError } from './errors.js';

export const QUOTE_ORDERS = ['oldest', 'newest', 'cited'] as const;
export type QuoteOrder = (typeof QUOTE_ORDERS)[number];

/** A listed quote; with a query or the 'cited' order, how many articles carry the same words by the same speaker. */
export interface QuoteHit extends StoredQuote {
  citations?: number;
}

export interface QuoteRequest {
  speaker?: string;
  query?: string;
  /** 'oldest' first (the default without a query), 'newest' first (the default with one) or most 'cited' first. */
  order?: QuoteOrder;
  limit?: number;
  /**
   * Also reported words the article gives no source for ("… , saying it was time", "(fear) the talks could fail"):
   * left out by default, since a reader cannot tell whose words they are.
   */
  unsourced?: boolean;
}

/** How a query was matched: as its phrase, all of its words, or any of them. */
export type QuoteMatchMode = 'phrase' | 'all' | 'any';

export interface QuoteListing {
  quotes: QuoteHit[];
  /** With a query: how it was matched, and the entity it names if any. */
  matched?: { mode: QuoteMatchMode; entity?: string };
}

/**
 * Quotes by a speaker and/or about a query (see the header). A speaker the store knows as an entity lists every
 * quote resolved to it, whichever spelling the article used; any other speaker matches as part of a name or of
 * the words naming who spoke.
 */
export async function quoteListing(store: Store, req: QuoteRequest = {}): Promise<QuoteListing> {
  const filter: QuoteFilter = req.unsourced ? {} : { sourced: true };
  const speaker = req.speaker?.trim();
  if (speaker) {
    const known = await knownEntity(store, speaker);
    if (known) filter.entity = { name: known.name, kind: known.kind };
    else filter.speaker = speaker;
  }
  const query = req.query?.trim();
  if (!query) {
    const order = req.order ?? 'oldest';
    if (order === 'oldest') return { quotes: await store.listQuotes(req.limit ? { ...filter, limit: req.limit } : filter) };
    return { quotes: ordered(await store.listQuotes(filter), order).slice(0, req.limit ?? Infinity) };
  }
  const parsed = parseQueryText(query);
  if (!parsed) throw new ServiceError('invalid', `the query '${query}' has no word to look for`, { param: 'query' });
  const entity = await knownEntity(store, query.replace(/["“”]/g, ''));
  const articles = await candidateArticles(store, parsed, entity);
  const quotes = (await store.listQuotes(filter)).filter((q) => articles.has(q.articleId));
  const contexts = await quoteContexts(store, quotes);
  const { mode, hits } = matching(quotes, contexts, parsed, entity);
  const quotesOut = ordered(hits, req.order ?? 'newest').slice(0, req.limit ?? Infinity);
  return { quotes: quotesOut, matched: { mode, ...(entity ? { entity: entity.name } : {}) } };
}

/** Quotes as a plain list (the earlier face of quoteListing). */
export async function listQuotes(store: Store, req: QuoteRequest = {}): Promise<QuoteHit[]> {
  return (await quoteListing(store, req)).quotes;
}

/** Articles that may hold a quote about the query: any of its words, or a mention of the entity it names. */
async function candidateArticles(store: Store, q: QueryText, entity: EntityNames | undefined): Promise<Set<number>> {
  const ids = new Set(await store.searchIds(q.words.join(' ')));
  if (entity) for (const id of await store.articlesMentioning(entity.name)) ids.add(id);
  return ids;
}

/** For each quote, its words and the sentences it stands in, lower-cased: what a query is looked for in. */
async function quoteContexts(store: Store, quotes: StoredQuote[]): Promise<string[]> {
  const ids = [...new Set(quotes.map((q) => q.articleId))];
  const docs = new Map<number, Doc>();
  // analyses are read a page at a time: a broad query over a large store must not hold them all at once
  const around = new Map<StoredQuote, string>();
  for (let i = 0; i < ids.length; i += 200) {
    docs.clear();
    for (const [id, doc] of await store.getAnalyses(ids.slice(i, i + 200))) docs.set(id, doc);
    for (const q of quotes) {
      const doc = docs.get(q.articleId);
      if (doc) around.set(q, sentencesAround(doc, q.start, q.end));
    }
  }
  return quotes.map((q) => `${q.text}\n${around.get(q) ?? ''}`);
}

/** The text of the sentences overlapping [start, end). */
function sentencesAround(doc: Doc, start: number, end: number): string {
  const parts: string[] = [];
  for (const s of doc.sentences) {
    if (s.end <= start) continue;
    if (s.start >= end) break;
    parts.push(doc.text.slice(s.start, s.end));
  }
  return parts.join(' ');
}

/** The quotes about the query, in the first mode that finds any: the phrase, all words, any word. */
function matching(quotes: StoredQuote[], contexts: string[], q: QueryText, entity: EntityNames | undefined) {
  const byEntity = (text: string): boolean => entity?.written.some((w) => hasTerm(text, w)) === true;
  const modes: Array<[QuoteMatchMode, (text: string) => boolean]> = [];
  if (q.phrases.length > 0) modes.push(['phrase', (t) => q.phrases.every((p) => hasTerm(t, p))]);
  // a quoted phrase is a phrase or nothing, as in a timeline
  if (!q.quoted || q.phrases.length === 0) {
    modes.push(['all', (t) => q.words.every((w) => hasTerm(t, w))]);
    if (q.words.length > 1) modes.push(['any', (t) => q.words.some((w) => hasTerm(t, w))]);
  }
  // the first mode the words themselves match in decides; the entity's other names add to it
  for (const [mode, test] of modes) {
    if (!contexts.some((c) => test(c))) continue;
    return { mode, hits: quotes.filter((_, i) => test(contexts[i]!) || byEntity(contexts[i]!)) };
  }
  return { mode: modes[modes.length - 1]![0], hits: quotes.filter((_, i) => byEntity(contexts[i]!)) };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Who said it and what, loosely: the same words by the same speaker in another article are the same quote. */
function quoteKey(q: StoredQuote): string {
  const who = q.speakerKey ?? q.speaker ?? q.speakerText?.toLowerCase() ?? '';
  return `${who}\n${(q.text.toLowerCase().match(WORD) ?? []).slice(0, 16).join(' ')}`;
}

const day = (q: StoredQuote): string => (q.saidOn ?? q.published).slice(0, 10);

/**
 * Quotes in the asked order, each with the number of articles that carry it; an unattributed quote counts alone.
 * Repeats of one quote (the same words by the same speaker) are listed once, at the newest article carrying it.
 */
function ordered(quotes: StoredQuote[], order: QuoteOrder): QuoteHit[] {
  const groups = new Map<string, { best: StoredQuote; articles: Set<number> }>();
  for (const q of quotes) {
    const key = q.speaker || q.speakerText ? quoteKey(q) : `${q.articleId}:${q.start}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { best: q, articles: new Set([q.articleId]) });
    else {
      g.articles.add(q.articleId);
      if (day(q) > day(g.best)) g.best = q;
    }
  }
  const hits = [...groups.values()].map((g) => ({ ...g.best, citations: g.articles.size }));
  const byDay = (a: QuoteHit, b: QuoteHit) => day(b).localeCompare(day(a)) || b.articleId - a.articleId;
  if (order === 'oldest') return hits.sort((a, b) => -byDay(a, b));
  if (order === 'cited') return hits.sort((a, b) => b.citations - a.citations || byDay(a, b));
  return hits.sort(byDay);
}
