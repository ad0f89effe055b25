// @ts-check
// One entry of a saved timeline as an editor works on it: date, headline and badges (new, changed, pinned,
// edited), its cited sentences each with a button to hide it, its sources, and the curation buttons (pin, hide,
// new date, new headline, choose for a merge). The buttons only describe the edit; the Followed view sends it.
import { formatDate } from '../dates.js';
import { el } from '../dom.js';
import { citedSentence, reportedBy } from './timeline.js';

/** @typedef {import('../api.js').SavedEntry} SavedEntry */
/** @typedef {import('../api.js').EditRequest} EditRequest */

/**
 * @typedef {object} EntryActions
 * @property {(edit: EditRequest) => void} edit sends one edit
 * @property {(date: string, chosen: boolean) => void} choose marks the entry for a merge, or unmarks it
 * @property {boolean} chosen whether the entry is marked for a merge now
 */

const STATUS_TEXT = { new: 'New', changed: 'Changed' };

/** @param {SavedEntry} e */
function badges(e) {
  const out = [];
  if (e.status === 'new' || e.status === 'changed') {
    out.push(el('span', { class: `badge ${e.status}` }, STATUS_TEXT[e.status]));
  }
  if (e.pinned) out.push(el('span', { class: 'badge pinned' }, 'Pinned'));
  if (e.edited?.length) out.push(el('span', { class: 'badge edited', title: e.edited.join('; ') }, 'Edited'));
  return out;
}

/**
 * A small inline form replacing the entry's buttons: one field, Save and Cancel. Escape cancels too.
 * @param {HTMLElement} row the buttons' row, hidden while the form is open
 * @param {{ label: string, value: string, pattern?: string, submit: (value: string) => void }} field
 */
function inlineForm(row, field) {
  const input = el('input', { value: field.value, required: true, 'aria-label': field.label,
    pattern: field.pattern, size: field.pattern ? 10 : 50, maxlength: 2000 });
  const close = () => { form.remove(); row.hidden = false; row.querySelector('button')?.focus(); };
  const form = el('form', { class: 'inline-edit', onsubmit: (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    if (v) field.submit(v);
  } }, el('label', {}, `${field.label} `, input), el('button', { type: 'submit' }, 'Save'),
  el('button', { type: 'button', class: 'secondary', onclick: close }, 'Cancel'));
  form.addEventListener('keydown', (ev) => { if (/** @type {KeyboardEvent} */ (ev).key === 'Escape') close(); });
  row.hidden = true;
  row.after(form);
  input.focus();
  input.select();
}

/** @param {SavedEntry} e */
function sourcesLine(e) {
  const list = e.sources ?? [];
  if (list.length === 0) return '';
  const names = list.map((s) => `${s.outlet ?? s.title ?? `article ${s.articleId}`} (${s.published.slice(0, 10)})`);
  return el('p', { class: 'sources' }, `Sources: ${names.join(', ')}`);
}

/**
 * @param {SavedEntry} e
 * @param {EntryActions} act
 */
export function savedEntry(e, act) {
  const date = formatDate(e.date);
  const heading = e.headline ?? e.sentences[0]?.text.slice(0, 80) ?? '';
  const row = el('div', { class: 'curate', role: 'group', 'aria-label': `Edit the entry of ${date}` },
    el('button', { type: 'button', class: 'pin', 'aria-pressed': String(Boolean(e.pinned)), disabled: Boolean(e.pinned),
      'aria-label': `Pin the entry of ${date}`, onclick: () => act.edit({ op: 'pin', date: e.date }) }, e.pinned ? 'Pinned' : 'Pin'),
    el('button', { type: 'button', class: 'hide', 'aria-label': `Hide the entry of ${date}`,
      onclick: () => act.edit({ op: 'hide', date: e.date }) }, 'Hide'),
    el('button', { type: 'button', class: 'edit-date', 'aria-label': `Change the date of the entry of ${date}`,
      onclick: () => inlineForm(row, { label: 'New date', value: e.date, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
        submit: (to) => act.edit({ op: 'date', from: e.date, to }) }) }, 'Date…'),
    el('button', { type: 'button', class: 'edit-headline', 'aria-label': `Change the headline of the entry of ${date}`,
      onclick: () => inlineForm(row, { label: 'Headline', value: e.headline ?? '',
        submit: (text) => act.edit({ op: 'headline', date: e.date, text }) }) }, 'Headline…'),
    el('label', { class: 'choose' }, el('input', { type: 'checkbox', checked: act.chosen, 'aria-label': `Choose the entry of ${date} for a merge`,
      onchange: (ev) => act.choose(e.date, /** @type {HTMLInputElement} */ (ev.target).checked) }), ' Choose for merge'));
  return el('li', { 'data-date': e.date, class: e.status === 'unchanged' ? undefined : e.status },
    el('h3', { tabindex: '-1' }, el('time', { datetime: e.date }, date), ' ', ...badges(e),
      heading ? el('span', { class: 'headline' }, heading) : ''),
    e.sentences.map((s) => {
      const p = citedSentence(s);
      p.append(' ', el('button', { type: 'button', class: 'hide-sentence', 'aria-label': `Hide this sentence from the entry of ${date}`,
        onclick: () => act.edit({ op: 'hide-sentence', key: s.key }) }, 'Hide sentence'));
      return p;
    }),
    sourcesLine(e), reportedBy(e), row);
}
