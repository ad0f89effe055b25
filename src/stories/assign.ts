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
 * The name agreement every story reported on more than `distantDays` away needs (`namesNeededApart` at its
 * least), or 0 when distance in time demands none.
 */
function distantNameBar(o: StoryOptions): number {
  return Math.max(0, Math.min(o.distantMinNames, o.distantMaxNames));
}

/**
 * The stories an article may join, with their term and entity dot products. A story is joined only with
 * `minTextSimilarity` of text in common, so names are compared only with stories that have it: a name most
 * stories hold ("United States") does not make the article read every one of them. Stories whose every reported
 * week lies more than `distantDays` before the article's need names in common as well (`distantNameBar`): they
 * are found through the article's names, so the text walk reads only stories of recent years however long the
 * archive runs. Both ways find every story that can qualify, with the same dot products.
 */
function* scored(stories: StorySet, v: ArticleVectors, o: StoryOptions): Iterable<[Story, number, number]> {
  if (o.minTextSimilarity <= 0) {
    for (const [s, [dt, de]] of stories.dots(v.terms, v.entities)) yield [s, dt, de];
    return;
  }
  const textOf = (s: Story, dt: number): number => (v.termsNorm > 0 && s.terms.norm > 0 ? dt / (v.termsNorm * s.terms.norm) : 0);
  const nameBar = distantNameBar(o);
  const sinceWeek = nameBar > 0 ? weekOf(v.when) - o.distantDays / 7 : -Infinity;
  const near = stories.termDots(v.terms, sinceWeek);
  for (const [s, dt] of near) {
    if (textOf(s, dt) >= o.minTextSimilarity) yield [s, dt, dot(v.entities, s.entities)];
  }
  if (nameBar <= 0 || !stories.leavesOut(sinceWeek)) return;
  // A story the walk left out reports on no week within `distantDays` of the article's, so it needs names in
  // common of at least `nameBar`; one the walk read but found no term of is rejected below on text (0).
  for (const s of stories.entityCandidates(v.entities, v.entitiesNorm, nameBar)) {
    if (near.has(s)) continue;
    const de = dot(v.entities, s.entities);
    if (v.entitiesNorm <= 0 || s.entities.norm <= 0 || de / (v.entitiesNorm * s.entities.norm) < nameBar) continue;
    const dt = dot(v.terms, s.terms);
    if (textOf(s, dt) >= o.minTextSimilarity) yield [s, dt, de];
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
