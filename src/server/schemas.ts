// TypeBox schemas of the API's replies. Routes use them to serialise (fields not listed are still sent: every
// object allows additional properties, so a library adding a field does not silently lose it) and the OpenAPI
// document lists them. One declaration gives both the JSON schema and the TypeScript type (Static<…>).
import { Type, type TProperties } from '@sinclair/typebox';

const str = Type.String();
const int = Type.Integer();
const open = <T extends TProperties>(properties: T, required: (keyof T & string)[] = []) => {
  const props = Object.fromEntries(Object.entries(properties).map(([k, v]) =>
    [k, required.includes(k) ? v : Type.Optional(v)])) as T;
  return Type.Object(props, { additionalProperties: true });
};

const articleSummaryProps = {
  id: int, published: str, title: str, source: str, url: str, topic: str,
  origins: Type.Array(str), nearDuplicateOf: int, length: int, preview: str,
};

export const ArticleSummary = open(articleSummaryProps, ['id', 'published']);

const Sentence = open({ index: int, start: int, end: int, text: str });
const Timex = open({ start: int, end: int, text: str, type: str, value: str, granularity: str, anchoredTo: str });
const Mention = open({ kind: str, name: str, start: int, end: int, text: str });
const quoteProps = {
  speakerText: str, speaker: str, speakerStart: int, speakerEnd: int, cue: str, text: str, start: int, end: int,
  direct: Type.Boolean(), saidOn: str,
};
const Quote = open(quoteProps);

export const AnnotatedArticle = open({
  article: open({ ...articleSummaryProps, text: str }, ['id', 'published']),
  analysed: Type.Boolean(),
  sentences: Type.Array(Sentence),
  timexes: Type.Array(Timex),
  entities: Type.Array(Mention),
  quotes: Type.Array(Quote),
});

export const SearchHit = open({ articleId: int, published: str, title: str, snippet: str, score: Type.Number() });

export const Entity = open({ key: str, kind: str, name: str, mentions: int, articles: int, first: str, last: str });

export const EntityMentions = open({
  name: str,
  articles: int,
  byDate: Type.Array(open({ date: str, articles: int })),
});

// citations: with a query or an order, how many articles carry the same words by the same speaker
export const StoredQuote = open({ ...quoteProps, speakerKey: str, articleId: int, published: str, title: str, citations: int });

export const Story = open({
  id: int, label: str, articles: int, first: str, last: str,
  events: Type.Array(open({ date: str, label: str, articles: int })),
});

export const Source = open({ source: str, articles: int });

export const Status = open({ articles: int, first: str, last: str });

const TimelineEntry = open({
  date: str,
  granularity: str,
  headline: str,
  sentences: Type.Array(open({
    text: str, articleId: int, sentenceIndex: int, published: str, title: str, source: str, url: str,
  })),
  sources: Type.Array(open({ articleId: int, published: str, title: str, outlet: str, url: str })),
  reportedBy: open({ articles: int, outlets: int }),
});

export const TimelineReply = open({
  query: open({ text: str, entity: str, story: int, source: str, from: str, to: str }),
  matched: open({
    query: open({ mode: str, terms: Type.Array(str), articles: int, note: str,
      entity: open({ name: str, aliases: Type.Array(str) }) }),
    entity: open({ name: str, aliases: Type.Array(str), articles: int }),
    read: open({ articles: int, of: int, estimated: Type.Boolean() }),
  }),
  method: str,
  entries: Type.Array(TimelineEntry),
  background: Type.Array(TimelineEntry),
});

const TimelineDefinition = open({
  query: str, entity: str, story: int, source: str, from: str, to: str, dates: int, perDate: int, method: str,
});

export const FollowSummary = open({
  name: str, definition: TimelineDefinition, createdAt: str, lastViewed: str, lastExported: str, edits: int,
  entries: int, unread: int,
}, ['name', 'definition', 'createdAt', 'edits', 'entries', 'unread']);

export const FollowCreated = open({ name: str, entries: int, note: str }, ['name', 'entries']);

export const FollowEdited = open({ done: str, edits: int, timeline: TimelineReply }, ['done', 'edits', 'timeline']);
