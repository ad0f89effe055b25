// Articles of a story as stored. The clusterer may merge two stories after some of their articles were
// assigned (an early split of one storyline); stored assignments keep the old id, so a story's articles are
// those stored under any id that now belongs to it.
import type { Store } from '../store/store.js';
import { STORY_STATE } from './refresh.js';
import { StoryClusterer } from '../stories/index.js';

export async function storyArticleIds(store: Store, storyId: number): Promise<number[]> {
  const state = await store.loadState(STORY_STATE);
  const ids = state ? StoryClusterer.fromJSON(JSON.parse(state)).members(storyId) : [storyId];
  const out = new Set<number>();
  for (const id of ids) for (const a of await store.storyArticleIds(id)) out.add(a);
  return [...out].sort((a, b) => a - b);
}
