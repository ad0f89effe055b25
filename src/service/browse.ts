// Read-only views of the store that both faces offer: status, search, articles, entities (quotes: quotes.ts).
import type { ArticleFilter, EntityListing, SearchHit, Store, StoredEntity } from '../store/store.js';
import type { Article, Doc, EntityKind } from '../types.js';
import { ServiceError } from './errors.js';

export interface StoreStatus {
  articles: number;
  first?: string;
  last?: string;
}

export async function storeStatus(store: Store): Promise<StoreStatus> {
  const [articles, span] = await Promise.all([store.countArticles(), store.dateSpan()]);
  return { articles, ...(span ?? {}) };
}

export interface DateRange {
  from?: string;
  to?: string;
}

function checkRange({ from, to }: DateRange): void {
  if (from && to && from > to) {
    throw new ServiceError('invalid', `the start date ${from} is after the end date ${to}`, { param: 'from' });
  }
}

/**
 * Best matches first: articles with the words as a phrase, then those with all of them, then those with any
 * (each group in the store's relevance order), so "Michael Jackson" lists the singer before other Michaels.
 */
export async function searchArticles(store: Store, text: string, opts: DateRange & { limit?: number } = {}):
  Promise<SearchHit[]> {
  checkRange(opts);
  const limit = opts.limit ?? 20;
  const several = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length > 1;
  const hits: SearchHit[] = [];
  const seen = new Set<number>();
  for (const match of several ? (['phrase', 'all', 'any'] as const) : (['any'] as const)) {
    if (hits.length >= limit) break;
    for (const h of await store.search(text, { ...opts, limit, match })) {
      if (!seen.has(h.articleId)) { seen.add(h.articleId); hits.push(h); }
    }
  }
  return hits.slice(0, limit);
}

export async function listArticles(store: Store, filter: ArticleFilter = {}): Promise<Article[]> {
  checkRange(filter);
  return store.listArticles(filter);
}

export interface AnnotatedArticle {
  article: Article;
  /** The stored analysis, or undefined when the article has not been analysed yet. */
  doc?: Doc;
}

export async function articleWithAnalysis(store: Store, id: number): Promise<AnnotatedArticle> {
  const article = await store.getArticle(id);
  if (!article) throw new ServiceError('not_found', `there is no article ${id}`, { param: 'id' });
  const doc = await store.getAnalysis(id);
  return doc ? { article, doc } : { article };
}

/** How many entities a listing shows unless asked for more: the most mentioned are what a reader looks for. */
export const ENTITY_PAGE = 100;

export interface EntityListOptions {
  kind?: EntityKind;
  /** At most this many (default ENTITY_PAGE). */
  limit?: number;
  /** Skip this many of the most mentioned first (the next page). */
  offset?: number;
  /** Every entity, however many (an archive holds tens of thousands): for export, not for a screen. */
  all?: boolean;
}

/** Entities, most mentioned first: a page of them unless `all`. */
export function listEntities(store: Store, opts: EntityListOptions = {}): Promise<StoredEntity[]> {
  if (opts.offset !== undefined && (!Number.isInteger(opts.offset) || opts.offset < 0)) {
    throw new ServiceError('invalid', `the offset must be a whole number of entities, not ${opts.offset}`,
      { param: 'offset' });
  }
  const listing: EntityListing = {};
  if (opts.kind) listing.kind = opts.kind;
  if (!opts.all) listing.limit = opts.limit ?? ENTITY_PAGE;
  if (opts.offset) listing.offset = opts.offset;
  return store.listEntities(listing);
}

export interface EntityTimeline {
  name: string;
  articles: number;
  /** Articles mentioning the entity per publication day, oldest first. */
  byDate: { date: string; articles: number }[];
}

export async function entityMentionsByDate(store: Store, name: string): Promise<EntityTimeline> {
  const ids = await store.articlesMentioning(name);
  if (ids.length === 0) {
    throw new ServiceError('not_found', `no stored article mentions an entity named '${name}'`,
      { param: 'name', see: 'entities' });
  }
  const articles = await store.listArticles({ ids });
  const byDate = new Map<string, number>();
  for (const a of articles) {
    const day = a.published.slice(0, 10);
    byDate.set(day, (byDate.get(day) ?? 0) + 1);
  }
  return {
    name,
    articles: articles.length,
    byDate: [...byDate].sort((a, b) => a[0].localeCompare(b[0])).map(([date, n]) => ({ date, articles: n })),
  };
}
