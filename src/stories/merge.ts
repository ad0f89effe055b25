// Batch-end consolidation: stories that grew toward each other become one, and small recent stories join
// the large story they continue. Stories are compared by their centroids — averages over many articles, far
// less noisy than one article — with names weighted by how few stories' cores hold them.
import type { Story } from './model.js';
import { daysApart, gapPenalty, mixedScore, namesNeededApart, type StoryOptions } from './options.js';
import { dot, type StorySet } from './storySet.js';
import { weeksApart } from './when.js';

/**
 * Second-level consolidation after each batch. Two stories that grew toward each other (an early split of
 * one storyline, bridged by later articles) become one when their centroids are similar enough and their
 * names agree. Merging repeats (the survivor is checked again) until no pair clears the bar, i.e.
 * single-link agglomeration from the stories that changed. Then stragglers — stories of a few articles,
 * still recent — join the nearest large story when they clear a lower bar and share its names: a lone
 * follow-up is rarely a storyline of its own, while a parallel happening (another earthquake) names other
 * places and people and stays apart.
 */
export function mergeTouched(stories: StorySet, touched: Set<Story>, newestDay: number, o: StoryOptions): void {
  const queue = [...touched];
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (!stories.has(s) || s.articles < o.mergeMinArticles) continue;
    const best = nearestStory(stories, s, o.mergeMinArticles, o.mergeThreshold, o);
    if (!best) continue;
    const [into, from] = best.articles >= s.articles ? [best, s] : [s, best];
    stories.merge(into, from);
    queue.push(into);
  }
  const maxArticles = Math.max(o.stragglerMaxArticles, o.absorbLeadNames > 0 ? o.absorbMaxArticles : 0);
  if (maxArticles <= 0) return;
  const recent = newestDay - o.stragglerWindowDays;
  for (const s of [...stories.list]) {
    if (s.articles > maxArticles || s.last < recent || !stories.has(s)) continue;
    const near = s.articles <= o.stragglerMaxArticles ? nearestStory(stories, s, o.stragglerMinTarget, o.stragglerThreshold, o) : undefined;
    const best = near ?? (s.articles <= o.absorbMaxArticles ? storylineOf(stories, s, o) : undefined);
    if (best) stories.merge(best, s);
  }
}

/**
 * The large storyline a straggler belongs to by its names, when its text alone is too far from the storyline's
 * centroid to say so: a storyline followed for months has a diffuse text centroid that no single article is
 * close to, while its central names stay the same. A storyline's central names are its heaviest names held by
 * few stories' cores (specificity at least `absorbSpecificity`: "BP", "Deepwater Horizon", not "United
 * States"); a straggler naming at least `absorbLeadShare` of the first `absorbLeadNames` of them, reporting on
 * weeks within `absorbWeeksApart` days of the storyline's and with at least `absorbMinText` text in common,
 * joins the best-scoring such story of at least `absorbMinTarget` articles. A look-alike happening (another
 * earthquake, another trial) does not name the storyline's own people and places, and stays apart.
 */
export function storylineOf(stories: StorySet, s: Story, o: StoryOptions): Story | undefined {
  if (o.absorbLeadNames <= 0) return undefined;
  let best: Story | undefined;
  let bestScore = -Infinity;
  // A storyline must hold one of the straggler's names among its central ones, which are all specific: only
  // those names' postings can lead to it.
  const specific = (k: string): boolean => stories.cores.specificity(k) >= o.absorbSpecificity;
  const found = o.absorbLeadShare > 0 ? stories.entityCandidates(s.entities.weights, 0, 0, specific) : stories.dots(s.terms.weights, s.entities.weights).keys();
  for (const t of found) {
    if (t === s || t.articles < Math.max(o.absorbMinTarget, o.absorbSizeRatio * s.articles)) continue;
    // The cheap tests first: most stories sharing a name fail on names or weeks, and the text is the dearest.
    const central = t.core.filter((k) => stories.cores.specificity(k) >= o.absorbSpecificity).slice(0, o.absorbLeadNames);
    if (central.length === 0) continue;
    const named = central.filter((k) => s.entities.weights.has(k)).length;
    if (named < o.absorbLeadShare * central.length) continue;
    if (weeksApart(s.whenWeeks, t.whenWeeks) > o.absorbWeeksApart) continue;
    const text = dot(s.terms.weights, t.terms) / (s.terms.norm * t.terms.norm || 1);
    if (text < o.absorbMinText) continue;
    const score = mixedScore(text, dot(s.entities.weights, t.entities) / (s.entities.norm * t.entities.norm || 1), o);
    if (score > bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}

/** Days between the spans of weeks two stories report on: at most `weeksApart` of their weeks. */
function spanGap(a: Story, b: Story): number {
  const [aFirst, aLast, bFirst, bLast] = [a.whenWeeks[0], a.whenWeeks.at(-1), b.whenWeeks[0], b.whenWeeks.at(-1)];
  if (aFirst === undefined || aLast === undefined || bFirst === undefined || bLast === undefined) return 0;
  return 7 * Math.max(0, bFirst - aLast, aFirst - bLast);
}

/**
 * The story (of at least `minArticles`) whose centroids score best against `s`'s, if that score reaches
 * `threshold` and their names agree at least `mergeMinNames`. Scores mix text and names as for articles.
 */
export function nearestStory(
  stories: StorySet,
  s: Story,
  minArticles: number,
  threshold: number,
  o: StoryOptions,
): Story | undefined {
  let best: Story | undefined;
  let bestScore = threshold;
  const weighted = o.mergeStoryIdf > 0 ? stories.cores.specificWeights(s.entities) : undefined;
  // Names must agree at least `mergeMinNames`: only stories that can reach it are read.
  const found = o.mergeMinNames > 0
    ? stories.entityCandidates(weighted?.v ?? s.entities.weights, weighted?.norm ?? s.entities.norm, o.mergeMinNames)
    : stories.dots(s.terms.weights, s.entities.weights).keys();
  for (const t of found) {
    if (t === s || t.articles < minArticles) continue;
    // Stories far apart in time need more names in common (`namesNeededApart`); their first and last weeks give
    // a distance no larger than the true one, so the bar below never exceeds the one applied after.
    if (weighted && !stories.cores.reaches(weighted, t.entities, Math.max(o.mergeMinNames, namesNeededApart(spanGap(s, t), o)))) continue;
    const names = weighted
      ? stories.cores.specificCosine(weighted, t.entities)
      : dot(s.entities.weights, t.entities) / (s.entities.norm * t.entities.norm || 1);
    if (names < o.mergeMinNames) continue;
    if (names < namesNeededApart(weeksApart(s.whenWeeks, t.whenWeeks), o)) continue;
    const text = dot(s.terms.weights, t.terms) / (s.terms.norm * t.terms.norm || 1);
    const gap = daysApart(s.first, s.last, t.first, t.last);
    const score = mixedScore(text, names, o) - gapPenalty(gap, o);
    if (score >= bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}
