// @ts-check
// The Stories view: the evolving storylines the store has found, each with its largest events and a button
// that narrows the timeline to it.
import { errorMessage, fetchStories } from '../api.js';
import { $, el } from '../dom.js';
import { filterByStory } from '../form.js';
import { buildTimeline } from './timeline.js';

/** @param {import('../api.js').StorySummary} s */
function storyTimeline(s) {
  filterByStory(s, buildTimeline);
  buildTimeline();
}

export async function loadStories() {
  const list = $('story-list');
  try {
    const stories = await fetchStories({ limit: 100 });
    list.replaceChildren(...(stories.length ? stories.map((s) => el('li', {},
      el('strong', {}, s.label || `Story ${s.id}`), ' ',
      el('span', { class: 'muted' }, `${s.articles} articles, ${s.first.slice(0, 10)} to ${s.last.slice(0, 10)}`), ' ',
      el('button', { type: 'button', onclick: () => storyTimeline(s) }, 'Timeline of this story'),
      s.events.length ? el('ul', { class: 'small' }, s.events.slice(0, 8).map((ev) =>
        el('li', {}, `${ev.date}: ${ev.label} (${ev.articles})`))) : null))
      : [el('li', { class: 'muted' }, 'No stories yet: upload articles.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, errorMessage(err)));
  }
}
