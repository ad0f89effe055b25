// The use cases both faces (cli/, server/) call. Each chains library stages once, so the two faces cannot drift.
export { ServiceError, type ServiceErrorKind, type ServiceHint } from './errors.js';
export { refresh, RESOLVER_STATE, STORY_STATE, type AnalyzeHooks } from './refresh.js';
export { describeIngest, ingestItems, ingestPaths, readPaths, type IngestOutcome, type IngestSummary } from './ingest.js';
export { timelineRequest, type TimelineRequest } from './timeline.js';
export { listStories, mainEvents, mainPeriod, storyArticleIds } from './stories.js';
export { listSources, type SourceCount } from './sources.js';
export {
  listQuotes, QUOTE_ORDERS, quoteListing, type QuoteHit, type QuoteListing, type QuoteMatchMode, type QuoteOrder, type QuoteRequest,
} from './quotes.js';
export {
  articleWithAnalysis, ENTITY_PAGE, entityMentionsByDate, listArticles, listEntities, searchArticles, storeStatus,
  type AnnotatedArticle, type EntityListOptions, type EntityTimeline, type StoreStatus,
} from './browse.js';
export { FORMAT_NAMES } from '../sources/options.js';
export type { FormatName, ReadOptions } from '../sources/index.js';
export { RENDER_FORMATS, RENDER_MEDIA, renderTimeline, type RenderFormat } from '../render/index.js';
export { currentMethod, methodProblem, RETIRED_METHODS, TIMELINE_METHODS } from '../timeline/index.js';
export { describeMatch } from '../timeline/query.js';
export type { BuiltTimeline } from '../timeline/index.js';
export {
  buildSaved, createFollow, deleteFollow, editFollow, EXPORT_FORMATS, exportFollow, listFollows, refreshSavedTimelines,
  showFollow, viewSaved, type CuratedTimeline, type EditOutcome, type EditRequest, type FollowSummary, type RefreshOutcome,
  type SavedView,
} from './follow.js';
