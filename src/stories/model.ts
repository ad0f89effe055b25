// The shapes the story clusterer works on: what callers hand in and get back, and the stories, events and
// article vectors the parts of the clusterer pass between them.
import type { ArticleFeatures } from './article.js';
import type { Centroid, Sparse } from './vectors.js';

export interface StoryInput {
  id: number;
  published: string;
  text: string;
  title?: string;
  entities?: { kind: string; name: string }[];
  /**
   * The first sentences analysis read (furniture set aside), each with where it ends in `text`; labels are drawn
   * from them when given, from the raw lines of `text` otherwise.
   */
  lead?: { text: string; end: number }[];
  /** The article's features (article.ts articleFeatures) when computed already, e.g. where it was analysed. */
  features?: ArticleFeatures;
}

/** An article given by its features alone (computed with the clusterer's options): all that placing it reads. */
export interface PreparedStoryInput {
  id: number;
  features: ArticleFeatures;
}

export interface StoryAssignment {
  articleId: number;
  storyId: number;
  eventId: number;
}

export interface EventState {
  id: number;
  first: number;
  last: number;
  articles: number;
  /** Set while the event is open; a closed event keeps only `label`. */
  terms?: Centroid;
  entities?: Centroid;
  /** Headline candidates while the event is open (see headline.ts). */
  headlines?: string[];
  label?: string;
}

/** Days are whole days since 1970-01-01 (UTC), so gaps are plain subtraction. */
export interface Story {
  id: number;
  first: number;
  last: number;
  /** The weeks its articles report on (`ArticleVectors.when`), sorted and distinct (see when.ts). */
  whenWeeks: number[];
  articles: number;
  /** How many articles joined after the first, and the sum of the scores they joined with. */
  joins: number;
  joinScoreSum: number;
  terms: Centroid;
  entities: Centroid;
  events: EventState[];
  /** The few most central headline candidates of its articles (see headline.ts). */
  headlines: string[];
  /** The story's heaviest entity keys (empty below `coreMinArticles`); derived from `entities`, not saved. */
  core: string[];
}

/** One article as the clusterer compares it: unit TF-IDF term and entity vectors, with their norms. */
export interface ArticleVectors {
  day: number;
  /** The day the article reports on: the full date its lead states, else its publication day. */
  when: number;
  /** Whether `when` was stated by the article (rather than taken from its publication date). */
  stated: boolean;
  /** The headline the article offers as a label (its title or lead clause), if any. */
  headline?: string;
  terms: Sparse;
  termsNorm: number;
  entities: Sparse;
  entitiesNorm: number;
}
