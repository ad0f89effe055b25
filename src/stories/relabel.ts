// Labels made again from the articles, for a state whose labels an older labeller made. A label is fixed when an
// article is placed (its candidate headline is kept then, and a closed event keeps only its label), so a store
// keeps its labels however the labeller improves. Relabelling does not move any article: it replaces every
// story's and event's candidates with those the current labeller draws from the same articles, and picks again.

import { EVENT_HEADLINES, bestHeadline, headlineOf, keepHeadlines, STORY_HEADLINES } from './headline.js';
import type { EventState, Story, StoryInput } from './model.js';
import type { StorySet } from './storySet.js';

/**
 * Bump when the labels the clusterer would make from the same articles change (headline.ts, lead.ts or the
 * headline compressor): a store whose stories were labelled by another version is relabelled on its next refresh.
 */
export const LABEL_VERSION = 2;

/** Collects the articles' candidates, then sets the labels (`finish`). */
export class Relabel {
  private readonly events = new Map<number, { story: Story; event: EventState; candidates: string[] }>();

  constructor(private readonly stories: StorySet) {
    for (const s of stories.list) {
      s.headlines = [];
      for (const e of s.events) {
        // An open event picks with its own centroid; a closed one kept none, so its story's centroid stands in.
        if (e.headlines) e.headlines = [];
        this.events.set(e.id, { story: s, event: e, candidates: [] });
      }
    }
  }

  /** One article with the story and event it was assigned to (as stored: the story may since have merged). */
  add(input: StoryInput, storyId: number, eventId: number): void {
    const headline = headlineOf(input.title, input.text, input.lead);
    const at = this.events.get(eventId);
    if (!headline || !at || at.story.id !== this.stories.canonical(storyId)) return;
    keepHeadlines(at.story.headlines, [headline], at.story.terms, STORY_HEADLINES);
    const { event } = at;
    if (event.headlines && event.terms) keepHeadlines(event.headlines, [headline], event.terms, EVENT_HEADLINES);
    else keepHeadlines(at.candidates, [headline], at.story.terms, EVENT_HEADLINES);
  }

  /** Closed events take their best candidate as their label; one with none keeps the label it had. */
  finish(): void {
    for (const { story, event, candidates } of this.events.values()) {
      if (event.headlines) continue;
      const best = bestHeadline(candidates, story.terms);
      if (best !== undefined) event.label = best;
    }
  }
}
