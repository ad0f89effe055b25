// Stories as the user sees them: the clusterer's current view, and the articles of a story. The clusterer may
// merge two stories after some of their articles were assigned (an early split of one storyline); stored
// assignments keep the old id, so a story's articles are those stored under any id that now belongs to it.
import type { Store } from '../store/store.js';
import { readListing, sortStories, StoryClusterer } from '../stories/index.js';
import type { StorySummary } from '../types.js';
import { STORY_LIST_STATE, STORY_MERGES_STATE, STORY_STATE } from './refresh.js';

/** Stories, largest first (ties: oldest id first), at most `limit`. */
export async function listStories(store: Store, opts: { limit?: number } = {}): Promise<StorySummary[]> {
  // The listing kept beside the state answers without restoring the clusterer; a store saved before there was one
  // (or with a listing of another version) is answered from the whole state.
  const listing = await store.loadState(STORY_LIST_STATE);
  const listed = listing === undefined ? undefined : readListing(listing, opts.limit);
  if (listed) return listed;
  const state = await store.loadState(STORY_STATE);
  const stories = sortStories(state ? StoryClusterer.fromJSON(JSON.parse(state)).stories() : []);
  return opts.limit === undefined ? stories : stories.slice(0, opts.limit);
}

/** Ids of every stored article of a story, including those assigned under ids merged into it since. */
export async function storyArticleIds(store: Store, storyId: number): Promise<number[]> {
  // Only the merges are needed: restoring the whole clusterer would cost more than the timeline itself. They are
  // kept on their own beside the state; a store saved before that reads them from the head of the state.
  const state = await store.loadState(STORY_MERGES_STATE) ?? await store.loadState(STORY_STATE);
  const ids = state ? StoryClusterer.membersIn(state, storyId) : [storyId];
  const out = new Set<number>();
  for (const id of ids) for (const a of await store.storyArticleIds(id)) out.add(a);
  return [...out].sort((a, b) => a - b);
}

/**
 * The shortest run of a story's events (in date order) holding `share` of its articles: where its coverage is,
 * without the few early or late articles a storyline picks up (a background piece, a later retrospective).
 */
export function mainPeriod(s: StorySummary, share = 0.9): { first: string; last: string } {
  const events = [...s.events].sort((a, b) => a.date.localeCompare(b.date));
  const total = events.reduce((n, e) => n + e.articles, 0);
  if (events.length === 0 || total === 0) return { first: s.first, last: s.last };
  const need = Math.ceil(total * share);
  let best = { from: 0, to: events.length - 1 };
  let held = 0;
  let from = 0;
  for (let to = 0; to < events.length; to++) {
    held += events[to]!.articles;
    while (held - events[from]!.articles >= need) held -= events[from++]!.articles;
    const span = (i: number, j: number): number => Date.parse(events[j]!.date) - Date.parse(events[i]!.date);
    if (held >= need && span(from, to) < span(best.from, best.to)) best = { from, to };
  }
  return { first: events[best.from]!.date, last: events[best.to]!.date };
}

/**
 * The `n` events with the most articles (ties: the earlier) inside the story's main period (mainPeriod), in date
 * order: what the story is mostly about.
 */
export function mainEvents(s: StorySummary, n: number): StorySummary['events'] {
  const { first, last } = mainPeriod(s);
  return s.events.filter((e) => e.date >= first && e.date <= last)
    .sort((a, b) => b.articles - a.articles || a.date.localeCompare(b.date))
    .slice(0, n)
    .sort((a, b) => a.date.localeCompare(b.date));
}
