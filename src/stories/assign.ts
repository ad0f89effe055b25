// Story assignment: the story an article joins, if any, against the stories seen so far. Text must always be
// shared; names are what tell look-alike happenings apart; and each story's own members set its bar.
import type { ArticleVectors, Story } from './model.js';
import { daysApart, gapPenalty, mixedScore, namesNeededApart, type StoryOptions } from './options.js';
import { dot, type StorySet } from './storySet.js';
import type { Sparse } from './vectors.js';
import { weekOf, weeksApart } from './when.js';

export interface StoryMatch {
  story: Story;
  score: number;
}

/**
 * The story an article belongs to, if any. A story's own members set the bar: an article must score at
 * least `relativeThreshold` times the mean score its members joined with (a broad storyline followed for
 * months has diffuse centroids and accepts loosely related articles; a tight one demands close matches),
 * and never below `joinThreshold` after the time-gap penalty.
 */
/** The `n` heaviest keys of a vector. */
function topKeys(v: Sparse, n: number): string[] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k]) => k);
}

/** Whether any of an article's leading names weighs at least `share` of the story's names (of its norm). */
function leadNamesShared(lead: readonly string[], s: Story, share: number): boolean {
  const n = s.entities.norm;
  return n > 0 && lead.some((k) => (s.entities.weights.get(k) ?? 0) >= share * n);
}

/**
 * The stories an article may join, with their term and entity dot products. A story is joined only with
 * `minTextSimilarity` of text in common, so names are compared only with stories that have it: a name most
 * stories hold ("United States") does not make the article read every one of them.
 */
function* scored(stories: StorySet, v: ArticleVectors, o: StoryOptions): Iterable<[Story, number, number]> {
  if (o.minTextSimilarity <= 0) {
    for (const [s, [dt, de]] of stories.dots(v.terms, v.entities)) yield [s, dt, de];
    return;
  }
  for (const [s, dt] of stories.termDots(v.terms)) {
    const text = v.termsNorm > 0 && s.terms.norm > 0 ? dt / (v.termsNorm * s.terms.norm) : 0;
    if (text >= o.minTextSimilarity) yield [s, dt, dot(v.entities, s.entities)];
  }
}

export function bestStory(stories: StorySet, v: ArticleVectors, o: StoryOptions): StoryMatch | undefined {
  let best: Story | undefined;
  let bestScore = -Infinity;
  const lead = topKeys(v.entities, o.leadNames);
  for (const [s, dt, de] of scored(stories, v, o)) {
    const text = v.termsNorm > 0 && s.terms.norm > 0 ? dt / (v.termsNorm * s.terms.norm) : 0;
    const names = v.entitiesNorm > 0 && s.entities.norm > 0 ? de / (v.entitiesNorm * s.entities.norm) : 0;
    const gap = daysApart(v.day, v.day, s.first, s.last);
    const score = mixedScore(text, names, o) - gapPenalty(gap, o);
    // Names alone do not make a storyline: "United States" or a company in the news every week is shared
    // by articles that say nothing alike. Some text in common is needed whatever the names.
    if (score < o.joinThreshold || text < o.minTextSimilarity) continue;
    // Names are what separate look-alike happenings. Without names in common, text must be similar enough
    // on its own; and while the story is active (the same weeks), an article naming several things, none of
    // them the story's, reports a parallel happening (another earthquake, another country's election)
    // however similar its words.
    if (
      o.leadNames > 0 && v.entities.size >= o.conflictingNames && gap <= o.conflictWindowDays &&
      !leadNamesShared(lead, s, o.leadNameShare)
    ) continue;
    if (names < namesNeededApart(weeksApart([weekOf(v.when)], s.whenWeeks), o)) continue;
    if (names < o.minNameSimilarity) {
      if (text < o.textOnlyThreshold) continue;
      if (v.entities.size >= o.conflictingNames && gap <= o.conflictWindowDays) continue;
    }
    const bar = s.joins > 0 ? o.relativeThreshold * (s.joinScoreSum / s.joins) : 0;
    if (score < bar) continue;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best ? { story: best, score: bestScore } : undefined;
}
