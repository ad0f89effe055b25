// The Store interface: everything the rest of Chronicle knows about persistence. It is async so that a
// networked implementation (PostgreSQL) can stand behind it without touching callers. SQL lives only in the
// implementations.
import type { Article, Doc, EntityKind, EntityRef, Quote } from '../types.js';

export type { EntityRef } from '../types.js';

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

export type WriteStatus = 'new' | 'duplicate' | 'near-duplicate' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  articleId: number;
  /** For near-duplicates: the earlier article this one is a close copy of, and their similarity. */
  nearDuplicateOf?: number;
  similarity?: number;
}

/** Decides whether two texts are near-duplicates; returns their similarity when they are. */
export type NearDuplicateTest = (a: PreparedArticle, candidateText: string) => number | undefined;

export interface ArticleFilter {
  from?: string;
  to?: string;
  ids?: number[];
  topic?: string;
  limit?: number;
  /** Leave out articles linked as near-duplicates of another. */
  excludeNearDuplicates?: boolean;
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

export interface StoredQuote extends Quote {
  articleId: number;
  published: string;
  title?: string;
}

export interface Store {
  /** Writes a batch atomically: either all of it is stored or none of it. */
  writeBatch(batch: PreparedArticle[], isNear: NearDuplicateTest): Promise<WriteResult[]>;
  countArticles(): Promise<number>;
  getArticle(id: number): Promise<Article | undefined>;
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  search(text: string, opts?: { from?: string; to?: string; limit?: number }): Promise<SearchHit[]>;
  /** Ids of every article matching any word of `text` (full-text), optionally within publication dates. */
  searchIds(text: string, opts?: { from?: string; to?: string }): Promise<number[]>;
  /** Earliest and latest publication dates stored, or undefined for an empty store. */
  dateSpan(): Promise<{ first: string; last: string } | undefined>;
  /** Ids of articles whose analysis is missing or older than `version`. */
  articlesNeedingAnalysis(version: number): Promise<number[]>;
  /**
   * Stores articles' analyses (replacing older ones). `entityRefs[i]` is the corpus-level entity that
   * `doc.entities[i]` was resolved to.
   */
  saveAnalyses(items: { articleId: number; version: number; doc: Doc; entityRefs: EntityRef[] }[]): Promise<void>;
  getAnalysis(articleId: number): Promise<Doc | undefined>;
  getAnalyses(ids: number[]): Promise<Map<number, Doc>>;
  listEntities(opts?: { kind?: EntityKind; limit?: number }): Promise<StoredEntity[]>;
  /** Articles mentioning an entity, found by canonical name or alias (case-insensitive). */
  articlesMentioning(name: string): Promise<number[]>;
  listQuotes(opts?: { speaker?: string; limit?: number }): Promise<StoredQuote[]>;
  /** Opaque JSON state of a named component (e.g. 'entity-resolver', 'story-clusterer'). */
  loadState(name: string): Promise<string | undefined>;
  saveState(name: string, json: string): Promise<void>;
  /** Analysed articles not yet assigned to a story, oldest first. */
  articlesWithoutStory(limit: number): Promise<number[]>;
  saveStoryAssignments(items: { articleId: number; storyId: number; eventId: number }[], state: string): Promise<void>;
  storyArticleIds(storyId: number): Promise<number[]>;
  close(): Promise<void>;
}
