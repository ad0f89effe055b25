// The Store interface: everything the rest of Chronicle knows about persistence. It is async so that a
// networked implementation (PostgreSQL) can stand behind it without touching callers. SQL lives only in the
// implementations.
import type { Article, Doc, EntityKind, EntityMention, EntityRef, Quote } from '../types.js';
import type { SavedTimelineStore } from './saved.js';

export type { EntityRef } from '../types.js';
export type { SavedTimelinePatch, SavedTimelineRecord, SavedTimelineStore, TimelineSnapshotRecord } from './saved.js';

/** An article ready to be written: normalised, hashed and fingerprinted by ingest/. */
export interface PreparedArticle {
  text: string;
  published: string;
  title?: string;
  url?: string;
  source?: string;
  topic?: string;
  origin: string;
  /** Hex digest of the normalised text: identical texts share it. */
  hash: string;
  /** MinHash signature of the text's word shingles (near-duplicate detection). */
  signature: Uint32Array;
}

/** An earlier article that shares a MinHash band with the one being written: a near-duplicate candidate. */
export interface NearCandidate {
  id: number;
  text: string;
  /** The original this candidate is itself a near-duplicate of, when it is one. */
  nearDuplicateOf?: number;
}

/** The original a new article is a close copy of, and how close. */
export interface NearLink {
  of: number;
  similarity: number;
}

/**
 * What an ingest transaction may do. The primitives say nothing about policy: ingest/dedupe.ts decides what
 * is new, a duplicate or a near-duplicate, and calls these inside one transaction.
 */
export interface WriteTx {
  /** The article whose normalised text has this hash, if any. */
  findByHash(hash: string): Promise<number | undefined>;
  /** Records that an article was also read from `origin`; false when that origin was already recorded. */
  addOrigin(articleId: number, origin: string): Promise<boolean>;
  /** Stored articles sharing at least one of these LSH band keys, each once (dedupe keeps the first of equals). */
  nearCandidates(bandKeys: number[]): Promise<NearCandidate[]>;
  /** Stores a new article (without origins), linked to its original when it is a near-duplicate; returns its id. */
  insertArticle(a: PreparedArticle, near?: NearLink): Promise<number>;
  /** Files an article under its LSH band keys, so that later articles find it as a candidate. */
  addBands(articleId: number, bandKeys: number[]): Promise<void>;
}

export interface ArticleFilter {
  from?: string;
  to?: string;
  ids?: number[];
  topic?: string;
  limit?: number;
  /** Leave out articles linked as near-duplicates of another. */
  excludeNearDuplicates?: boolean;
  /** listArticles only: each article's text cut to its first this many characters (a bounded read). */
  textChars?: number;
  /**
   * Conditions that must all hold, each met by an article that is in its `ids` or mentions an entity under one of
   * its `names` (as articlesMentioning finds them). The store narrows by them itself, however many articles match.
   */
  where?: ArticleCondition[];
}

/** See Store.sampleArticleIds. */
export interface ArticleSample {
  ids: number[];
  /** How many articles the filter selects: exact when `exact`, else estimated from the sample. */
  total: number;
  exact: boolean;
}

export interface ArticleCondition {
  ids?: number[];
  names?: string[];
}

/** How the words of a full-text search must occur: any of them (default), all of them, or in a row. */
export type SearchMatch = 'any' | 'all' | 'phrase';

export interface SearchOptions {
  from?: string;
  to?: string;
  match?: SearchMatch;
  /** searchIds only: the `limit` best-ranked matches, best first, instead of every match in id order. */
  limit?: number;
}

export interface SearchHit {
  articleId: number;
  published: string;
  title?: string;
  snippet: string;
  score: number;
}


export interface StoredEntity {
  key: string;
  kind: EntityKind;
  name: string;
  mentions: number;
  articles: number;
  first?: string;
  last?: string;
}

/** Which entities to list: most mentioned first, `limit` of them (default: all) after skipping `offset`. */
export interface EntityListing {
  kind?: EntityKind;
  limit?: number;
  offset?: number;
}

/** An entity with every way its mentions are written and how often. */
export interface EntityAliases {
  name: string;
  kind: EntityKind;
  aliases: { text: string; mentions: number }[];
}

export interface StoredQuote extends Quote {
  /** The speaker's corpus entity (EntityRef.key) when it was resolved to one; `speaker` is then its current name. */
  speakerKey?: string;
  articleId: number;
  published: string;
  title?: string;
}

/**
 * Which quotes to list: `speaker` is part of the speaker's name (its entity's current name, the document's
 * canonical name or the words as written); `entity` is one corpus entity by canonical name and kind (every
 * quote resolved to it, however the article wrote the name).
 */
export interface QuoteFilter {
  speaker?: string;
  /** Only quotes with a source: direct words, or reported words whose speaker the article names. */
  sourced?: boolean;
  entity?: { name: string; kind: EntityKind };
  limit?: number;
}

/**
 * One article's analysis to store: `entityRefs[i]` is the corpus-level entity `doc.entities[i]` was resolved to;
 * `timelineRecord`, the article's timeline index record (timeline/record.ts), opaque to the store.
 */
export interface AnalysisItem {
  articleId: number;
  version: number;
  doc: Doc;
  entityRefs: EntityRef[];
  timelineRecord?: Uint8Array;
  /** The analysis encoded ahead for a store that takes it (SQLite: sqlite/packed.ts), valid for its `doc.text`. */
  packed?: PackedAnalysis;
}

/** An analysis compressed as a store keeps it, and its mention record (none when it could not be made). */
export interface PackedAnalysis {
  doc: Uint8Array;
  mentions?: Uint8Array;
}

export interface Store {
  /**
   * Runs `fn` as one write transaction: all of its writes are stored or none. Write transactions are
   * serialised (across processes too), so a dedupe decision sees every article committed before it.
   * `fn` must await only `tx`: it holds the connection.
   */
  transaction<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  countArticles(): Promise<number>;
  getArticle(id: number): Promise<Article | undefined>;
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  /** Ids of the articles `listArticles(filter)` would return, in its order, without loading them. */
  listArticleIds(filter?: ArticleFilter): Promise<number[]>;
  /**
   * Optional: when `filter` selects far more than `size` articles through one condition of entity names, a part of
   * them spread evenly over their ids by a hash (at least about `size` of them, in listing order) and an estimate
   * of how many the filter selects; otherwise, or without a cheap way to sample, every id (`exact`). Lets a request
   * that reads a bounded number of articles skip listing tens of thousands it would not read.
   */
  sampleArticleIds?(filter: ArticleFilter, size: number): Promise<ArticleSample>;
  search(text: string, opts?: SearchOptions & { limit?: number }): Promise<SearchHit[]>;
  /**
   * Ids of every article matching `text` (full-text; any word unless opts.match says otherwise), in id order;
   * with opts.limit, only the best-ranked ones, best first.
   */
  searchIds(text: string, opts?: SearchOptions): Promise<number[]>;
  /** Earliest and latest publication dates stored, or undefined for an empty store. */
  dateSpan(): Promise<{ first: string; last: string } | undefined>;
  /** Ids of articles whose analysis is missing or older than `version`. */
  articlesNeedingAnalysis(version: number): Promise<number[]>;
  /**
   * How many articles await an analysis at `version` (leaving out those of `except`) and how many analysed ones
   * await a story, counted over indexes: what a refresh asks before every request, at a cost that stays small
   * however large the archive (articlesNeedingAnalysis and articlesWithoutStory list every article once).
   */
  pendingCounts?(version: number, except?: number[]): Promise<{ analysis: number; stories: number }>;
  /**
   * Stores articles' analyses (replacing older ones). `entityRefs[i]` is the corpus-level entity that
   * `doc.entities[i]` was resolved to.
   */
  saveAnalyses(items: AnalysisItem[]): Promise<void>;
  /**
   * Optional (stores that keep a change log per named state): saveAnalyses plus `log.delta` appended to the log of
   * state `log.name`, in one transaction. With it a component whose state grows with the corpus (the entity
   * resolver) saves each page's changes instead of its whole state; stores without it get saveState.
   */
  saveAnalysesLogged?(items: AnalysisItem[], log: { name: string; delta: string }): Promise<void>;
  /** With saveAnalysesLogged: the deltas appended since saveState last wrote the state whole (saveState empties the log), oldest first. */
  loadStateLog?(name: string): Promise<string[]>;
  getAnalysis(articleId: number): Promise<Doc | undefined>;
  getAnalyses(ids: number[]): Promise<Map<number, Doc>>;
  /**
   * Optional (stores with a timeline index): the timeline records of those of `ids` that have one, written with
   * their analyses. A record stands for the analysis as of the article's stored text.
   */
  getTimelineRecords?(ids: number[]): Promise<Map<number, Uint8Array>>;
  /**
   * Optional (stores that keep mention records, written with the analyses): the entity mentions (Doc.entities) of
   * those of the articles (id → stored text) that have a record; the others must be read from their analyses.
   */
  getEntityMentions?(texts: Map<number, string>): Promise<Map<number, EntityMention[]>>;
  listEntities(opts?: EntityListing): Promise<StoredEntity[]>;
  /** Articles mentioning an entity, found by canonical name or alias (case-insensitive). */
  articlesMentioning(name: string): Promise<number[]>;
  /** Entities whose canonical name is `name` or one of whose mentions is written `name` (case-insensitive). */
  entityAliases(name: string): Promise<EntityAliases[]>;
  listQuotes(opts?: QuoteFilter): Promise<StoredQuote[]>;
  /** Opaque JSON state of a named component (e.g. 'entity-resolver', 'story-clusterer'). */
  loadState(name: string): Promise<string | undefined>;
  /** Whether a state is saved, without reading it (a listing runs to megabytes at a hundred thousand articles). */
  hasState(name: string): Promise<boolean>;
  saveState(name: string, json: string): Promise<void>;
  /** Analysed articles not yet assigned to a story, oldest first. */
  articlesWithoutStory(limit: number): Promise<number[]>;
  /**
   * Stores story and event assignments together with the assigning component's state, atomically; `also`: states
   * derived from it (read without restoring it), written in the same transaction so they never disagree with it.
   */
  saveStoryAssignments(items: { articleId: number; storyId: number; eventId: number }[],
    state: { name: string; json: string }, also?: { name: string; json: string }[]): Promise<void>;
  storyArticleIds(storyId: number): Promise<number[]>;
  /** Stored story and event assignments of articles with an id above `afterArticleId`, in id order, at most `limit`. */
  storyAssignments(afterArticleId: number, limit: number): Promise<{ articleId: number; storyId: number; eventId: number }[]>;
  /** Saved timelines, their edits and snapshots (chronicle follow). */
  readonly saved: SavedTimelineStore;
  close(): Promise<void>;
}
