// Tunables of the story clusterer. Each value is explained by what it protects against, not by the dataset
// it was measured on: the same numbers must work for broad storylines (an oil spill followed for ten months)
// and for streams of look-alike events (several earthquakes in one season).

export interface StoryOptions {
  /** Weight of TF-IDF text cosine in the story score (the rest goes to shared entities). */
  textWeight: number;
  /** Score an article needs to join a story it is close to in time (gap 0). */
  joinThreshold: number;
  /** Extra score required per doubling of the time gap in weeks (see `gapPenalty`). */
  gapPenaltyPerDoubling: number;
  /** The gap penalty stops growing here: a storyline may resurface after a long pause (a trial, an anniversary). */
  maxGapPenalty: number;
  /**
   * Without a shared entity, text alone must be at least this similar. Topic words (quake, magnitude,
   * rescue) are shared by every earthquake; what tells two earthquakes apart is where and who.
   */
  textOnlyThreshold: number;
  /**
   * Text cosine an article needs with a story whatever names they share: a name in every storyline
   * ("United States") or a company in the news every week joins articles that report different things.
   */
  minTextSimilarity: number;
  /** Entity cosine below which two articles count as sharing no names (a passing "United States" is not enough). */
  minNameSimilarity: number;
  /**
   * An article's entity weight is count^entityCountPower × idf^entityIdfPower: how often an article names
   * something says what it is about; rarity alone would let one passing name dominate.
   */
  entityCountPower: number;
  entityIdfPower: number;
  /** Imagined documents, using no word or name, added to the document count behind IDF (cold start). */
  idfPriorDocs: number;
  /**
   * An article naming at least this many entities, none shared with a story active within
   * `conflictWindowDays` of it, may not join it on text alone: it is a parallel happening.
   */
  conflictingNames: number;
  conflictWindowDays: number;
  /**
   * An article (or story) reporting on days more than `distantDays` away from a story's may join (or merge
   * with) it only when their names agree at least `distantMinNames`: a storyline that comes back after
   * months comes back with its own people and places, while a look-alike happening of another year shares
   * only the topic words.
   */
  distantDays: number;
  /**
   * While a story is active (within `conflictWindowDays`), an article naming at least `conflictingNames`
   * things joins it only if one of its `leadNames` heaviest names weighs at least `leadNameShare` of the
   * story's names: who and where an article is mainly about must be among the story's own (0: off).
   */
  leadNames: number;
  leadNameShare: number;
  distantMinNames: number;
  /** The most name agreement time apart can demand: names shared throughout make one story at any distance. */
  distantMaxNames: number;
  /** Weight of each word of a multi-word name as a name of its own ("Ford" in "Ford Motor Company"). */
  nameWordWeight: number;
  /** Two stories merge when their centroids score this much (text and names mixed as for articles) … */
  mergeThreshold: number;
  /** … their names agree at least this much … */
  mergeMinNames: number;
  /**
   * When stories are compared with each other (merges, stragglers), each name is weighted by its story
   * specificity raised to this power (0: off): how few of the stories' cores — their `coreSize` heaviest
   * names, for stories of at least `coreMinArticles` articles — hold it.
   */
  mergeStoryIdf: number;
  coreSize: number;
  coreMinArticles: number;
  /** … and both have at least this many articles (a centroid of one or two articles is still noise). */
  mergeMinArticles: number;
  /**
   * After each batch, a story of at most this many articles (0: never) active within `stragglerWindowDays`
   * of the newest article joins the best-scoring story of at least `stragglerMinTarget` articles when their
   * centroids score `stragglerThreshold` (lower than `mergeThreshold`) and their names agree `mergeMinNames`.
   */
  stragglerMaxArticles: number;
  stragglerMinTarget: number;
  stragglerThreshold: number;
  stragglerWindowDays: number;
  /**
   * A straggler that clears none of those bars may still join a story of at least `absorbMinTarget` articles
   * by its names (0: off): see `storylineOf` in merge.ts.
   */
  absorbLeadNames: number;
  /** Stories of at most this many articles may be absorbed, into stories at least `absorbSizeRatio` times larger. */
  absorbMaxArticles: number;
  absorbSizeRatio: number;
  absorbLeadShare: number;
  absorbSpecificity: number;
  absorbMinText: number;
  absorbMinTarget: number;
  absorbWeeksApart: number;
  /** An article must score at least this share of the mean score the story's members joined with. */
  relativeThreshold: number;
  /** Inside a story, an article joins an event when it is this close in days to the event's dates … */
  eventWindowDays: number;
  /** … and at least this similar to the event's own centroid. */
  eventThreshold: number;
  /** Terms kept per article vector and per centroid (sparse top-k keeps state small and compares fast). */
  articleTerms: number;
  storyTerms: number;
  eventTerms: number;
  /** Entities kept per article and per story. */
  articleEntities: number;
  storyEntities: number;
  /** Weight of title words relative to body words (a headline states what the article is about). */
  titleWeight: number;
  /** Only the first this-many characters of the body are read: the lead carries the story; tails wander. */
  bodyChars: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  textWeight: 0.55,
  joinThreshold: 0.07,
  gapPenaltyPerDoubling: 0.005,
  maxGapPenalty: 0.02,
  textOnlyThreshold: 0.07,
  minNameSimilarity: 0.01,
  minTextSimilarity: 0.07,
  relativeThreshold: 0,
  conflictingNames: 3,
  conflictWindowDays: 31,
  distantDays: 730,
  leadNames: 0,
  leadNameShare: 0.05,
  distantMinNames: 0.2,
  distantMaxNames: 0.7,
  mergeThreshold: 0.2,
  mergeMinNames: 0.1,
  mergeMinArticles: 3,
  mergeStoryIdf: 0.5,
  coreSize: 10,
  coreMinArticles: 3,
  stragglerMaxArticles: 8,
  stragglerMinTarget: 10,
  stragglerThreshold: 0.12,
  stragglerWindowDays: 60,
  absorbLeadNames: 3,
  absorbMaxArticles: 20,
  absorbSizeRatio: 4,
  absorbLeadShare: 0.3,
  absorbSpecificity: 0.7,
  absorbMinText: 0.02,
  absorbMinTarget: 20,
  absorbWeeksApart: 14,
  nameWordWeight: 0.5,
  entityCountPower: 1,
  entityIdfPower: 0.5,
  idfPriorDocs: 20,
  eventWindowDays: 2,
  eventThreshold: 0.3,
  articleTerms: 60,
  storyTerms: 500,
  eventTerms: 60,
  articleEntities: 15,
  storyEntities: 150,
  titleWeight: 2,
  bodyChars: 4000,
};

/**
 * Extra score a join needs after a pause of `gapDays` since the story was last active. Zero within a week,
 * then growing with the logarithm of the gap: a month-long pause costs about two steps, a year about four
 * (then capped), so a persistent storyline can come back but a chance resemblance months later cannot.
 */
export function gapPenalty(gapDays: number, opts: StoryOptions): number {
  if (gapDays <= 7) return 0;
  const doublings = Math.log2(gapDays / 7);
  return Math.min(opts.maxGapPenalty, doublings * opts.gapPenaltyPerDoubling);
}

/** Days between two spans of days (0 when they overlap). */
export function daysApart(aFirst: number, aLast: number, bFirst: number, bLast: number): number {
  return Math.max(0, bFirst - aLast, aFirst - bLast);
}

/**
 * Name agreement needed between things reported `apartDays` apart: none within `distantDays`, then
 * `distantMinNames`, rising by that much again with each doubling of the distance. A storyline that returns
 * after half a year must name mostly the same people and places; after several years only names shared
 * throughout (up to `distantMaxNames`) make it one story (a second earthquake in the same city is another story).
 */
export function namesNeededApart(apartDays: number, o: StoryOptions): number {
  if (apartDays <= o.distantDays) return 0;
  return Math.min(o.distantMaxNames, o.distantMinNames * (1 + Math.log2(apartDays / o.distantDays)));
}

/** The score before any time-gap penalty: text and name cosines mixed by `textWeight`. */
export function mixedScore(text: number, names: number, o: StoryOptions): number {
  return o.textWeight * text + (1 - o.textWeight) * names;
}
