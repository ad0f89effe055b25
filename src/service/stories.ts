// Stories as the user sees them: the clusterer's current view, and the articles of a story. The clusterer may
// merge two stories after some of their articles were assigned (an early split of one storyline); stored
// assignments keep the old id, so a story's articles are those stored under any id that now belongs to it.
import type { Store } from '../store/store.js';
import { StoryClusterer } from '../stories/index.js';
import type { StorySummary } from '../types.js';
import { STORY_STATE } from './refresh.js';

async function loadClusterer(store: Store): Promise<StoryClusterer | undefined> {
  const state = await store.loadState(STORY_STATE);
  return state ? StoryClusterer.fromJSON(JSON.parse(state)) : undefined;
}

/** Stories, largest first (ties: oldest id first), at most `limit`. */
export async function listStories(store: Store, opts: { limit?: number } = {}): Promise<StorySummary[]> {
  const stories = (await loadClusterer(store))?.stories() ?? [];
  stories.sort((a, b) => b.articles - a.articles || a.id - b.id);
  return opts.limit === undefined ? stories : stories.slice(0, opts.limit);
}

/** Ids of every stored article of a story, including those assigned under ids merged into it since. */
export async function storyArticleIds(store: Store, storyId: number): Promise<number[]> {
  const ids = (await loadClusterer(store))?.members(storyId) ?? [storyId];
  const out = new Set<number>();
  for (const id of ids) for (const a of await store.storyArticleIds(id)) out.add(a);
  return [...out].sort((a, b) => a - b);
}
