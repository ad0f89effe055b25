// Read-only views of the store that both faces offer: status, search, articles, entities (quotes: quotes.ts).
import type { ArticleFilter, SearchHit, Store, StoredEntity } from '../store/store.js';
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

export function listEntities(store: Store, opts: { kind?: EntityKind; limit?: number } = {}): Promise<StoredEntity[]> {
  return store.listEntities(opts);
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
