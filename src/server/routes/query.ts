// The read-only routes: search, articles (with their annotations), entities, quotes, stories, sources.
import type { FastifyInstance } from 'fastify';
import type { EntityKind } from '../../types.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import { loadAnalyze, loadStories } from '../modules.js';
import { checkRange, dateParam, errorResponse, limitParam, periodBound } from '../params.js';
import {
  annotatedArticleSchema, articleSummarySchema, entityMentionsSchema, entitySchema, listOf, searchHitSchema,
  storedQuoteSchema, storySchema,
} from '../schemas.js';

const errors = { '4xx': errorResponse, '5xx': errorResponse } as const;
const PREVIEW_CHARS = 240;

interface RangeQuery { from?: string; to?: string; limit?: number }

export function registerQueryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store } = ctx;

  app.get('/api/status', {
    schema: {
      summary: 'What the store holds: article count and date span',
      response: {
        200: {
          type: 'object',
          properties: { articles: { type: 'integer' }, first: { type: 'string' }, last: { type: 'string' } },
        },
        ...errors,
      },
    },
  }, async () => {
    const [articles, span] = await Promise.all([store.countArticles(), store.dateSpan()]);
    return { articles, ...(span ?? {}) };
  });

  app.get<{ Querystring: RangeQuery & { q: string } }>('/api/search', {
    schema: {
      summary: 'Ranked full-text search (BM25)',
      querystring: {
        type: 'object', additionalProperties: false, required: ['q'],
        properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, from: dateParam, to: dateParam, limit: limitParam },
      },
      response: { 200: listOf(searchHitSchema), ...errors },
    },
  }, async (request) => {
    const { q, limit } = request.query;
    const from = periodBound(request.query.from, 'from');
    const to = periodBound(request.query.to, 'to', true);
    checkRange(from, to);
    return store.search(q, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: limit ?? 20 });
  });

  app.get<{ Querystring: RangeQuery & { topic?: string } }>('/api/articles', {
    schema: {
      summary: 'Stored articles, oldest first (without their text; see /api/articles/{id})',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { from: dateParam, to: dateParam, limit: limitParam, topic: { type: 'string', maxLength: 200 } },
      },
      response: { 200: listOf(articleSummarySchema), ...errors },
    },
  }, async (request) => {
    const from = periodBound(request.query.from, 'from');
    const to = periodBound(request.query.to, 'to', true);
    checkRange(from, to);
    const articles = await store.listArticles({
      ...(from ? { from } : {}), ...(to ? { to } : {}), ...(request.query.topic ? { topic: request.query.topic } : {}),
      limit: request.query.limit ?? 100,
    });
    return articles.map(({ text, ...rest }) => ({ ...rest, length: text.length, preview: text.slice(0, PREVIEW_CHARS) }));
  });

  app.get<{ Params: { id: number } }>('/api/articles/:id', {
    schema: {
      summary: 'One article with its annotations: sentences, time expressions, entities and quotes (offsets into text)',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      response: { 200: annotatedArticleSchema, ...errors },
    },
  }, async (request) => {
    const id = request.params.id;
    const article = await store.getArticle(id);
    if (!article) throw notFound(`there is no article ${id}`);
    const doc = await store.getAnalysis(id);
    return {
      article,
      analysed: doc !== undefined,
      sentences: doc?.sentences ?? [],
      timexes: doc?.timexes ?? [],
      entities: doc?.entities ?? [],
      quotes: doc?.quotes ?? [],
    };
  });

  app.get<{ Querystring: { kind?: EntityKind; limit?: number } }>('/api/entities', {
    schema: {
      summary: 'People, organisations and places, most mentioned first',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { kind: { type: 'string', enum: ['PERSON', 'ORG', 'PLACE'] }, limit: limitParam },
      },
      response: { 200: listOf(entitySchema), ...errors },
    },
  }, async (request) => {
    const { kind, limit } = request.query;
    return store.listEntities({ ...(kind ? { kind } : {}), limit: limit ?? 100 });
  });

  app.get<{ Querystring: { name: string } }>('/api/entities/mentions', {
    schema: {
      summary: 'How many articles mention an entity on each publication date',
      querystring: {
        type: 'object', additionalProperties: false, required: ['name'],
        properties: { name: { type: 'string', minLength: 1, maxLength: 200 } },
      },
      response: { 200: entityMentionsSchema, ...errors },
    },
  }, async (request) => {
    const name = request.query.name;
    const ids = await store.articlesMentioning(name);
    if (ids.length === 0) throw notFound(`no stored article mentions an entity named '${name}'`);
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
  });

  app.get<{ Querystring: { speaker?: string; limit?: number } }>('/api/quotes', {
    schema: {
      summary: 'Direct and reported speech with speakers',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { speaker: { type: 'string', minLength: 1, maxLength: 200 }, limit: limitParam },
      },
      response: { 200: listOf(storedQuoteSchema), ...errors },
    },
  }, async (request) => {
    const { speaker, limit } = request.query;
    return store.listQuotes({ ...(speaker ? { speaker } : {}), limit: limit ?? 200 });
  });

  app.get<{ Querystring: { limit?: number } }>('/api/stories', {
    schema: {
      summary: 'Stories (evolving storylines) and their events, largest first',
      querystring: { type: 'object', additionalProperties: false, properties: { limit: limitParam } },
      response: { 200: listOf(storySchema), ...errors },
    },
  }, async (request) => {
    const [analyze, stories] = await Promise.all([loadAnalyze(), loadStories()]);
    const state = await store.loadState(analyze.STORY_STATE);
    const list = state ? stories.StoryClusterer.fromJSON(JSON.parse(state)).stories() : [];
    list.sort((a, b) => b.articles - a.articles || a.id - b.id);
    return list.slice(0, request.query.limit ?? 50);
  });
}
