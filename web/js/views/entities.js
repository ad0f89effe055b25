// @ts-check
// The Entities view: people, organisations and places, most mentioned first; choosing one shows how many
// articles mention it on each date, with shortcuts to its timeline and its quotes.
import { errorMessage, fetchEntities, fetchMentions } from '../api.js';
import { drawAxis } from '../chart.js';
import { dateStart, DAY } from '../dates.js';
import { $, $as, el, svg } from '../dom.js';
import { setEntity } from '../form.js';
import { showTab } from '../tabs.js';
import { loadQuotes } from './quotes.js';
import { buildTimeline } from './timeline.js';

/** @typedef {import('../api.js').StoredEntity} StoredEntity */
/** @typedef {import('../api.js').EntityMentions} EntityMentions */

/** Lists the entities of the chosen kind; the list of all kinds also feeds the Entity field's suggestions. */
export async function loadEntities() {
  const list = $('entity-list');
  const kind = $as('entity-kind', HTMLSelectElement);
  try {
    const entities = await fetchEntities({ kind: kind.value, limit: 300 });
    list.replaceChildren(...entities.map((e) => el('li', {},
      el('button', { type: 'button', 'aria-pressed': 'false', onclick: (ev) => showEntity(e, ev.currentTarget) },
        el('span', {}, e.name), el('span', { class: 'muted' }, `${e.kind.toLowerCase()} · ${e.mentions}`)))));
    if (!kind.value) {
      $('entity-names').replaceChildren(...entities.map((e) => el('option', { value: e.name })));
    }
    if (entities.length === 0) list.replaceChildren(el('li', { class: 'muted' }, 'No entities yet: upload articles.'));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, errorMessage(err)));
  }
}

/**
 * Bars of the articles mentioning an entity per publication date.
 * @param {EntityMentions['byDate']} byDate
 */
function mentionChart(byDate) {
  const width = 600;
  const height = 140;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Articles mentioning it per date, ${byDate.length} dates` });
  if (byDate.length === 0) return root;
  const start = dateStart(byDate[0].date) - DAY;
  const end = dateStart(/** @type {typeof byDate[0]} */ (byDate.at(-1)).date) + 2 * DAY;
  const x = drawAxis(root, width, [start, end], height - 24);
  const max = Math.max(...byDate.map((d) => d.articles));
  const barWidth = Math.max(2, Math.min(14, (width - 20) / ((end - start) / DAY) - 1));
  for (const d of byDate) {
    const h = ((height - 40) * d.articles) / max;
    const bar = svg('rect', { class: 'bar', x: x(dateStart(d.date)), y: height - 24 - h, width: barWidth, height: h });
    bar.append(svg('title', { text: `${d.date}: ${d.articles} article${d.articles === 1 ? '' : 's'}` }));
    root.append(bar);
  }
  root.append(svg('text', { x: 12, y: 14, class: 'axis', 'font-size': 11, fill: '#5b6570', text: `max ${max} per day` }));
  return root;
}

/**
 * @param {StoredEntity} e
 * @param {EventTarget | null} button the entity's button in the list, shown as pressed
 */
async function showEntity(e, button) {
  for (const b of $('entity-list').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
  const detail = $('entity-detail');
  detail.replaceChildren(el('p', { class: 'muted' }, `Loading ${e.name}…`));
  try {
    const m = await fetchMentions(e.name);
    detail.replaceChildren(
      el('h3', {}, e.name),
      el('p', { class: 'muted' }, `${e.kind.toLowerCase()}, ${e.mentions} mentions in ${m.articles} articles` +
        (e.first ? `, ${e.first} to ${e.last}` : '')),
      mentionChart(m.byDate),
      el('p', {},
        el('button', { type: 'button', onclick: () => { setEntity(e.name); buildTimeline(); } }, 'Timeline of this entity'),
        ' ',
        el('button', { type: 'button', onclick: () => {
          $as('speaker', HTMLSelectElement).value = e.name; showTab('quotes'); loadQuotes();
        } }, 'Quotes by this entity')));
  } catch (err) {
    detail.replaceChildren(el('p', { class: 'error' }, errorMessage(err)));
  }
}

export function bindEntities() {
  $('entity-kind').addEventListener('change', loadEntities);
}
