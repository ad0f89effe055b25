// The read-only routes: status, search, articles (with their annotations), entities, quotes, stories.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import {
  articleWithAnalysis, entityMentionsByDate, listArticles, listEntities, listQuotes, listStories, QUOTE_ORDERS, searchArticles,
  storeStatus,
} from '../../service/index.js';
import { ENTITY_KINDS } from '../../types.js';
import type { ServerContext } from '../context.js';
import { DateParam, ERRORS, LimitParam, periodBound, stringEnum, Text } from '../params.js';
import { AnnotatedArticle, ArticleSummary, Entity, EntityMentions, SearchHit, Status, StoredQuote, Story } from '../schemas.js';

const PREVIEW_CHARS = 240;

/**
 * An origin as API clients see it: a file's name (with its ":line" or "#record"), not where it lies on the
 * server. The store keeps the path as ingested and the CLI shows it to the user who typed it; a remote client
 * has no use for the server's folder layout, so the server (not the service both faces share) trims it.
 * Origins that name no file ("api:…", "upload:…", "-" for stdin) are kept as they are.
 */
export function publicOrigin(origin: string): string {
  if (/^(api|upload):/.test(origin)) return origin;
  const hash = origin.indexOf('#');
  const path = hash < 0 ? origin : origin.slice(0, hash);
  return origin.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

const withPublicOrigins = <T extends { origins: string[] }>(a: T): T => ({ ...a, origins: a.origins.map(publicOrigin) });
const closed = { additionalProperties: false } as const;

const SearchQuery = Type.Object({
  q: Text(500), from: Type.Optional(DateParam), to: Type.Optional(DateParam), limit: Type.Optional(LimitParam),
}, closed);
const ArticlesQuery = Type.Object({
  from: Type.Optional(DateParam), to: Type.Optional(DateParam), limit: Type.Optional(LimitParam),
  topic: Type.Optional(Type.String({ maxLength: 200 })),
}, closed);
const ArticleParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
const EntitiesQuery = Type.Object({
  kind: Type.Optional(stringEnum(ENTITY_KINDS)),
  limit: Type.Optional(LimitParam),
  offset: Type.Optional(Type.Integer({ minimum: 0, description: 'skip this many of the most mentioned first (the next page)' })),
}, closed);
const MentionsQuery = Type.Object({ name: Text(200) }, closed);
const QuotesQuery = Type.Object({
  speaker: Type.Optional(Text(200)),
  query: Type.Optional(Text(200, 'only quotes about this: their words or their sentence name it (a phrase first, then its words; a known entity by any of its names)')),
  sort: Type.Optional(stringEnum(QUOTE_ORDERS, { description: 'oldest first (default), newest first (default with query) or most cited first' })),
  limit: Type.Optional(LimitParam),
  unsourced: Type.Optional(Type.Boolean({ default: false, description: 'also reported words the article gives no source for' })),
}, closed);
const StoriesQuery = Type.Object({ limit: Type.Optional(LimitParam) }, closed);

export function registerQueryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store } = ctx;

  app.get('/api/status', {
    schema: { summary: 'What the store holds: article count and date span', response: { 200: Status, ...ERRORS } },
  }, async () => storeStatus(store));

  app.get<{ Querystring: Static<typeof SearchQuery> }>('/api/search', {
    schema: { summary: 'Ranked full-text search (BM25)', querystring: SearchQuery, response: { 200: Type.Array(SearchHit), ...ERRORS } },
  }, async (request) => {
    const { q, limit } = request.query;
    const from = periodBound(request.query.from, 'from');
    const to = periodBound(request.query.to, 'to', true);
    return searchArticles(store, q, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: limit ?? 20 });
  });

  app.get<{ Querystring: Static<typeof ArticlesQuery> }>('/api/articles', {
    schema: {
      summary: 'Stored articles, oldest first (without their text; see /api/articles/{id})',
      querystring: ArticlesQuery,
      response: { 200: Type.Array(ArticleSummary), ...ERRORS },
    },
  }, async (request) => {
    const from = periodBound(request.query.from, 'from');
    const to = periodBound(request.query.to, 'to', true);
    const articles = await listArticles(store, {
      ...(from ? { from } : {}), ...(to ? { to } : {}), ...(request.query.topic ? { topic: request.query.topic } : {}),
      limit: request.query.limit ?? 100,
    });
    return articles.map(({ text, ...rest }) =>
      withPublicOrigins({ ...rest, length: text.length, preview: text.slice(0, PREVIEW_CHARS) }));
  });

  app.get<{ Params: Static<typeof ArticleParams> }>('/api/articles/:id', {
    schema: {
      summary: 'One article with its annotations: sentences, time expressions, entities and quotes (offsets into text)',
      params: ArticleParams,
      response: { 200: AnnotatedArticle, ...ERRORS },
    },
  }, async (request) => {
    const { article, doc } = await articleWithAnalysis(store, request.params.id);
    return {
      article: withPublicOrigins(article),
      analysed: doc !== undefined,
      sentences: doc?.sentences ?? [],
      timexes: doc?.timexes ?? [],
      entities: doc?.entities ?? [],
      quotes: doc?.quotes ?? [],
    };
  });

  app.get<{ Querystring: Static<typeof EntitiesQuery> }>('/api/entities', {
    schema: {
      summary: 'People, organisations and places, most mentioned first',
      querystring: EntitiesQuery,
      response: { 200: Type.Array(Entity), ...ERRORS },
    },
  }, async (request) => {
    const { kind, limit, offset } = request.query;
    return listEntities(store, { ...(kind ? { kind } : {}), ...(limit ? { limit } : {}), ...(offset ? { offset } : {}) });
  });

  app.get<{ Querystring: Static<typeof MentionsQuery> }>('/api/entities/mentions', {
    schema: {
      summary: 'How many articles mention an entity on each publication date',
      querystring: MentionsQuery,
      response: { 200: EntityMentions, ...ERRORS },
    },
  }, async (request) => entityMentionsByDate(store, request.query.name));

  app.get<{ Querystring: Static<typeof QuotesQuery> }>('/api/quotes', {
    schema: {
      summary: 'Direct and reported speech with speakers',
      querystring: QuotesQuery,
      response: { 200: Type.Array(StoredQuote), ...ERRORS },
    },
  }, async (request) => {
    const { speaker, query, sort, limit, unsourced } = request.query;
    return listQuotes(store, { ...(speaker ? { speaker } : {}), ...(query ? { query } : {}), ...(sort ? { order: sort } : {}),
      ...(unsourced ? { unsourced } : {}), limit: limit ?? 200 });
  });

  app.get<{ Querystring: Static<typeof StoriesQuery> }>('/api/stories', {
    schema: {
      summary: 'Stories (evolving storylines) and their events, largest first',
      querystring: StoriesQuery,
      response: { 200: Type.Array(Story), ...ERRORS },
    },
  }, async (request) => listStories(store, { limit: request.query.limit ?? 50 }));
}
