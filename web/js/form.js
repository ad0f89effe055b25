// @ts-check
// The query form above the views: its fields as API parameters, the buttons, and the story filter chip (a
// story chosen in the Stories view narrows every timeline until it is removed).
import { $, $as, el } from './dom.js';

/**
 * The form's non-empty fields. The timeline method is not among them: the API has one (datewise) and uses it
 * by default, so the page offers no choice.
 * @typedef {Partial<Record<'query' | 'entity' | 'source' | 'from' | 'to' | 'story', string>>} QueryParams
 */

/** @returns {QueryParams} */
export function queryParams() {
  const form = new FormData($as('query-form', HTMLFormElement));
  /** @type {QueryParams} */
  const p = {};
  for (const k of /** @type {const} */ (['query', 'entity', 'source', 'from', 'to', 'story'])) {
    const v = String(form.get(k) ?? '').trim();
    if (v) p[k] = v;
  }
  return p;
}

/**
 * @param {{ build: () => void, search: () => void }} actions what the two submit buttons do
 */
export function bindQueryForm(actions) {
  $('query-form').addEventListener('submit', (ev) => { ev.preventDefault(); actions.build(); });
  $('search-btn').addEventListener('click', actions.search);
  $('clear-btn').addEventListener('click', () => {
    for (const id of ['q', 'entity', 'from', 'to', 'story']) $as(id, HTMLInputElement).value = '';
    $as('source', HTMLSelectElement).value = '';
    $('story-filter').hidden = true;
  });
}

/**
 * Restricts the query to one story and shows a chip whose button removes the restriction again.
 * @param {{ id: number, label: string }} story
 * @param {() => void} rebuild run after the chip's button removed the story
 */
export function filterByStory(story, rebuild) {
  $as('story', HTMLInputElement).value = String(story.id);
  $('story-filter').hidden = false;
  $('story-filter').replaceChildren(`Story: ${story.label || story.id} `,
    el('button', { type: 'button', class: 'secondary', onclick: () => {
      $as('story', HTMLInputElement).value = ''; $('story-filter').hidden = true; rebuild();
    } }, 'Remove'));
}

/** @param {string} name fills the Entity field (for "Timeline of this entity") */
export function setEntity(name) {
  $as('entity', HTMLInputElement).value = name;
}
