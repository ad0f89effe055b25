// Incremental story clustering. A story is one evolving storyline ("Canada–China detentions"); inside it an
// event is one happening ("Rome meeting, 2020-08-25"). Articles arrive in any number of batches and each is
// placed once, against what has been seen so far: nothing is recomputed.
//
// Each article becomes two unit vectors (article.ts): TF-IDF content terms, with document frequencies
// counted as the stream goes (vocabulary.ts), and entity names weighted by their rarity. A story keeps the
// sum of its articles' vectors, pruned to the heaviest entries (sparse top-k centroids), so its state stays
// bounded however long it runs. An article joins the story that scores best (assign.ts), then an event
// inside it (events.ts); after each batch, stories that grew toward each other merge (merge.ts). The state
// is saved and restored between batches (state.ts).
import type { StorySummary } from '../types.js';
import { vectorise } from './article.js';
import { bestStory } from './assign.js';
import { closeOldEvents, placeInEvent } from './events.js';
import { mergeTouched } from './merge.js';
import { Relabel } from './relabel.js';
import type { PreparedStoryInput, Story, StoryAssignment, StoryInput } from './model.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './options.js';
import {
  freshState, loadState, savedAliases, savedStateHead, savedStories, saveState, type ClustererState, type SavedStoryState,
} from './state.js';
import { membersOf } from './storySet.js';
import { summarise } from './summary.js';

export class StoryClusterer {
  readonly options: StoryOptions;
  private state: ClustererState;

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    this.state = freshState(this.options);
  }

  /** Places each article (in the order given) in a story and an event. */
  add(inputs: (StoryInput | PreparedStoryInput)[]): StoryAssignment[] {
    const touched = new Set<Story>();
    this.state.stories.archiveBefore(this.state.newestDay);
    const out = inputs.map((input) => this.addOne(input, touched));
    mergeTouched(this.state.stories, touched, this.state.newestDay, this.options);
    // Articles of this batch report the story they ended in after merges.
    return out.map((a) => ({ ...a, storyId: this.canonical(a.storyId) }));
  }

  /**
   * The story an id now belongs to: a story merged into another answers with the survivor's id. Articles
   * assigned before a merge keep the old id in the store; callers map it through here (or `members`).
   */
  canonical(storyId: number): number {
    return this.state.stories.canonical(storyId);
  }

  /** Every story id that now belongs to `storyId`'s story (itself and the stories merged into it). */
  members(storyId: number): number[] {
    return this.state.stories.members(storyId);
  }

  /** members(storyId) of the clusterer a saved state (its JSON text) restores, read without restoring it. */
  static membersIn(json: string, storyId: number): number[] {
    return membersOf(savedAliases(savedStateHead(json)), storyId);
  }

  /** A relabelling of this clusterer's stories (relabel.ts): feed it every assigned article, then finish it. */
  relabel(): Relabel {
    return new Relabel(this.state.stories);
  }

  stories(): StorySummary[] {
    return summarise(this.state.stories.list, this.state.vocab);
  }

  /**
   * What `fromJSON(saved).stories()` lists, for `saved` this clusterer's own `toJSON()`, without restoring it: the
   * stories are read back from their saved (rounded, pruned) centroids, so labels are those a restored state gives.
   */
  savedSummaries(saved: SavedStoryState): StorySummary[] {
    return summarise(savedStories(saved, this.options), this.state.vocab);
  }

  toJSON(): SavedStoryState {
    return saveState(this.state);
  }

  /**
   * Restores a clusterer from `toJSON()` output. A state from an older format cannot be continued: a fresh
   * clusterer is returned whose story ids start after the old ones, so stored assignments stay unambiguous.
   */
  static fromJSON(state: unknown, options: Partial<StoryOptions> = {}): StoryClusterer {
    const c = new StoryClusterer(options);
    c.state = loadState(state, c.options);
    return c;
  }

  private addOne(input: StoryInput | PreparedStoryInput, touched: Set<Story>): StoryAssignment {
    const o = this.options;
    const { vocab, stories } = this.state;
    const v = vectorise(input, vocab, o);
    if (v.day > this.state.newestDay) this.state.newestDay = v.day;
    const found = bestStory(stories, v, o);
    const story = found?.story ?? stories.create(v.day, v.when);
    if (found) {
      story.joins++;
      story.joinScoreSum += found.score;
    }
    stories.grow(story, v);
    touched.add(story);
    const event = placeInEvent(story, v, o, () => stories.nextEventId++);
    closeOldEvents(story, this.state.newestDay, vocab);
    return { articleId: input.id, storyId: story.id, eventId: event.id };
  }
}
