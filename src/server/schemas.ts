// JSON schemas of the API's replies. Routes use them to serialise (fields not listed are still sent: every
// object allows additional properties, so a library adding a field does not silently lose it) and the OpenAPI
// document lists them as components.
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const open = { additionalProperties: true } as const;

export const articleSummarySchema = {
  type: 'object', ...open,
  required: ['id', 'published'],
  properties: {
    id: int, published: str, title: str, source: str, url: str, topic: str,
    origins: { type: 'array', items: str }, nearDuplicateOf: int, length: int, preview: str,
  },
} as const;

const sentenceSchema = { type: 'object', ...open, properties: { index: int, start: int, end: int, text: str } } as const;
const timexSchema = {
  type: 'object', ...open,
  properties: { start: int, end: int, text: str, type: str, value: str, granularity: str, anchoredTo: str },
} as const;
const mentionSchema = { type: 'object', ...open, properties: { kind: str, name: str, start: int, end: int, text: str } } as const;
const quoteSchema = {
  type: 'object', ...open,
  properties: {
    speakerText: str, speaker: str, speakerStart: int, speakerEnd: int, cue: str, text: str, start: int, end: int,
    direct: bool,
  },
} as const;

export const annotatedArticleSchema = {
  type: 'object', ...open,
  properties: {
    article: { ...articleSummarySchema, properties: { ...articleSummarySchema.properties, text: str } },
    analysed: bool,
    sentences: { type: 'array', items: sentenceSchema },
    timexes: { type: 'array', items: timexSchema },
    entities: { type: 'array', items: mentionSchema },
    quotes: { type: 'array', items: quoteSchema },
  },
} as const;

export const searchHitSchema = {
  type: 'object', ...open, properties: { articleId: int, published: str, title: str, snippet: str, score: num },
} as const;

export const entitySchema = {
  type: 'object', ...open,
  properties: { key: str, kind: str, name: str, mentions: int, articles: int, first: str, last: str },
} as const;

export const entityMentionsSchema = {
  type: 'object', ...open,
  properties: {
    name: str,
    articles: int,
    byDate: { type: 'array', items: { type: 'object', properties: { date: str, articles: int } } },
  },
} as const;

export const storedQuoteSchema = {
  type: 'object', ...open,
  properties: { ...quoteSchema.properties, articleId: int, published: str, title: str },
} as const;

export const storySchema = {
  type: 'object', ...open,
  properties: {
    id: int, label: str, articles: int, first: str, last: str,
    events: { type: 'array', items: { type: 'object', ...open, properties: { date: str, label: str, articles: int } } },
  },
} as const;

export const timelineSchema = {
  type: 'object', ...open,
  properties: {
    query: { type: 'object', ...open, properties: { text: str, entity: str, story: int, from: str, to: str } },
    method: str,
    entries: {
      type: 'array',
      items: {
        type: 'object', ...open,
        properties: {
          date: str, granularity: str,
          sentences: {
            type: 'array',
            items: {
              type: 'object', ...open,
              properties: {
                text: str, articleId: int, sentenceIndex: int, published: str, title: str, source: str, url: str,
              },
            },
          },
        },
      },
    },
  },
} as const;

export const listOf = <T>(items: T) => ({ type: 'array', items }) as const;
