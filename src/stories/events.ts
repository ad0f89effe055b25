// Events inside a story: one happening ("Rome meeting, 2020-08-25") gathers the articles close to it in days
// and similar to its own centroid. An event's centroids are dropped once it is well in the past, keeping only
// its label and counts, so a story's state stays bounded however long it runs.
import type { ArticleVectors, EventState, Story } from './model.js';
import { mixedScore, type StoryOptions } from './options.js';
import { eventLabel } from './summary.js';
import { EVENT_HEADLINES, keepHeadlines } from './headline.js';
import { Centroid } from './vectors.js';
import type { Vocabulary } from './vocabulary.js';

/** Event centroids are dropped once the event ended this many days before the newest article seen. */
export const EVENT_OPEN_DAYS = 30;

/**
 * How many of a story's first events are known to be closed. A closed event never opens again and events are
 * only ever appended, so each article reads only the story's later events: a storyline followed for years holds
 * thousands of closed events that every article joining it would otherwise walk twice.
 */
const closedLead = new WeakMap<Story, number>();

/** Adds the article to the open event of `s` it fits best, or to a new event with id `newId()`. */
export function placeInEvent(s: Story, v: ArticleVectors, o: StoryOptions, newId: () => number): EventState {
  let best: EventState | undefined;
  let bestScore = o.eventThreshold;
  for (let i = closedLead.get(s) ?? 0; i < s.events.length; i++) {
    const e = s.events[i]!;
    if (!e.terms || !e.entities) continue;
    if (v.day < e.first - o.eventWindowDays || v.day > e.last + o.eventWindowDays) continue;
    const score = mixedScore(e.terms.cosine(v.terms, v.termsNorm), e.entities.cosine(v.entities, v.entitiesNorm), o);
    if (score >= bestScore) {
      bestScore = score;
      best = e;
    }
  }
  if (!best) {
    best = {
      id: newId(),
      first: v.day,
      last: v.day,
      articles: 0,
      terms: new Centroid(o.eventTerms),
      entities: new Centroid(o.storyEntities),
      headlines: [],
    };
    s.events.push(best);
  }
  best.articles++;
  best.first = Math.min(best.first, v.day);
  best.last = Math.max(best.last, v.day);
  best.terms!.add(v.terms);
  best.entities!.add(v.entities);
  if (v.headline) keepHeadlines((best.headlines ??= []), [v.headline], best.terms!, EVENT_HEADLINES);
  return best;
}

/** Closes the events of `s` that ended more than `EVENT_OPEN_DAYS` before `newestDay`: label kept, centroids dropped. */
export function closeOldEvents(s: Story, newestDay: number, vocab: Vocabulary): void {
  let lead = closedLead.get(s) ?? 0;
  for (let i = lead; i < s.events.length; i++) {
    const e = s.events[i]!;
    if (e.terms && e.entities && e.last < newestDay - EVENT_OPEN_DAYS) {
      e.label = eventLabel(e, vocab);
      delete e.terms;
      delete e.entities;
      delete e.headlines;
    }
    if (i === lead && !(e.terms && e.entities)) lead++;
  }
  closedLead.set(s, lead);
}
