// @ts-check
// The Followed view: saved timelines with their unread counts, one made from the query form, and one opened
// with what is new since the editor last looked ("What's new" digest, badges), its entries beside its chart,
// inline curation with undo, and its exports. The moment the first view compared with is kept while the
// editor works, so the badges do not vanish after the first edit (each view moves "last viewed" on).
import {
  createFollow, deleteFollow, editFollow, errorMessage, exportSaved, fetchFollows, fetchSaved,
} from '../api.js';
import { drawChart, panned, zoomed } from '../chart.js';
import { dateEnd, dateStart, DAY, formatDate } from '../dates.js';
import { $, $as, el, setStatus } from '../dom.js';
import { queryParams } from '../form.js';
import { onShow, showTab } from '../tabs.js';
import { savedEntry } from './savedEntry.js';

/** @typedef {import('../api.js').SavedView} SavedView */
/** @typedef {import('../api.js').EditRequest} EditRequest */

/** @type {{ name: string, at: string, edits: number } | null} */
let open = null;
/** Dates chosen for a merge, in the order chosen (the first keeps its date). @type {string[]} */
let chosen = [];
/** @type {import('../chart.js').ChartState} */
const chart = { entries: [], full: [0, 1], view: [0, 1], brush: null, active: -1 };

/** @param {string} text */
function say(text, isError = false) {
  $('saved-status').textContent = text;
  $('saved-status').classList.toggle('error', isError);
}

/** @param {number} n @param {string} one @param {string} many */
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Refills the list of saved timelines with their counts. */
export async function loadFollows() {
  const list = $('follow-list');
  try {
    const follows = await fetchFollows();
    list.replaceChildren(...(follows.length ? follows.map((f) => el('li', { 'data-name': f.name },
      el('button', { type: 'button', class: 'open-saved', onclick: () => { $('follow-note').textContent = ''; openSaved(f.name); } }, f.name), ' ',
      el('span', { class: 'muted' }, `${count(f.entries, 'entry', 'entries')}${f.lastViewed ? `, seen ${f.lastViewed.slice(0, 10)}` : ''}`), ' ',
      f.unread ? el('span', { class: 'badge new unread' }, `${f.unread} new or changed`) : el('span', { class: 'muted' }, 'nothing new'), ' ',
      el('button', { type: 'button', class: 'secondary', 'aria-label': `Stop following ${f.name}`,
        onclick: () => removeSaved(f.name) }, 'Delete')))
      : [el('li', { class: 'muted' }, 'No followed timelines yet: type a query above, then follow it here.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, errorMessage(err)));
  }
}

/** @param {string} name */
async function removeSaved(name) {
  if (!window.confirm(`Stop following '${name}' and drop its edits?`)) return;
  try {
    await deleteFollow(name);
    if (open?.name === name) { open = null; $('saved').hidden = true; history.replaceState(null, '', location.pathname); }
    await loadFollows();
  } catch (err) {
    setStatus(errorMessage(err), true);
  }
}

/** @param {SavedView} v */
function showDigest(v) {
  const d = v.digest;
  const since = v.since.asked === 'last-view' ? `your last visit (${v.since.at.slice(0, 16).replace('T', ' ')} UTC)` :
    v.since.at.slice(0, 16).replace('T', ' ');
  $('digest-summary').textContent = `Since ${since}: ${count(d.new, 'new entry', 'new entries')}, ${d.changed} changed, ` +
    `${d.unchanged} unchanged${d.dropped.length ? `; no longer shown: ${d.dropped.map(formatDate).join(', ')}` : ''}.`;
  $('digest-lines').replaceChildren(...d.lines.map((l) => el('li', {},
    el('span', { class: `badge ${l.status}` }, l.status === 'new' ? 'New' : 'Changed'), ' ',
    el('a', { href: `#entry-${l.date}`, onclick: (ev) => { ev.preventDefault(); focusDate(l.date); } }, formatDate(l.date)),
    l.headline ? `: ${l.headline}` : '', l.detail ? ` (${l.detail})` : '')));
}

/** @param {string} date */
function focusDate(date) {
  const li = /** @type {HTMLElement | null} */ ($('saved-entries').querySelector(`li[data-date="${CSS.escape(date)}"]`));
  li?.scrollIntoView({ block: 'nearest' });
  li?.querySelector('h3')?.focus();
}

function drawSavedChart() {
  drawChart($('saved-chart'), chart, (i) => {
    chart.active = i;
    drawSavedChart();
    const e = chart.entries[i];
    if (e) focusDate(e.date);
  });
}

/** @param {SavedView} v */
function showEntries(v) {
  chart.entries = v.entries;
  chart.active = -1;
  const first = v.entries[0];
  const last = v.entries.at(-1);
  // The axis keeps to the entries' own period (Background dates are not entries of a saved view).
  chart.full = first && last ? [dateStart(first.date) - DAY, dateEnd(last.date) + DAY] : [0, 1];
  chart.view = [chart.full[0], chart.full[1]];
  drawSavedChart();
  chosen = chosen.filter((d) => v.entries.some((e) => e.date === d));
  if (v.entries.length === 0) {
    $('saved-entries').replaceChildren(el('li', { class: 'muted' }, 'No entries yet: it fills as matching articles arrive.'));
    syncMerge();
    return;
  }
  $('saved-entries').replaceChildren(...v.entries.map((e) => savedEntry(e, {
    edit: (edit) => applyEdit(edit), chosen: chosen.includes(e.date),
    choose: (date, on) => {
      chosen = on ? [...chosen.filter((d) => d !== date), date].slice(-2) : chosen.filter((d) => d !== date);
      syncMerge();
    },
  })));
  syncMerge();
}

/** Keeps the merge checkboxes and button in step with the chosen dates (at most two). */
function syncMerge() {
  for (const li of /** @type {NodeListOf<HTMLElement>} */ ($('saved-entries').querySelectorAll('li[data-date]'))) {
    const box = li.querySelector('input[type="checkbox"]');
    if (box instanceof HTMLInputElement) box.checked = chosen.includes(li.dataset.date ?? '');
  }
  const merge = $as('saved-merge', HTMLButtonElement);
  merge.disabled = chosen.length !== 2;
  merge.textContent = chosen.length === 2 ? `Merge ${formatDate(chosen[1] ?? '')} into ${formatDate(chosen[0] ?? '')}` :
    'Merge the two chosen entries';
}

/**
 * Opens a saved timeline: what is new since the last view (or, while it stays open, since that same moment).
 * @param {string} name
 * @param {string} [since]
 * @param {(edits: number) => string} [done] the line to show once it is drawn (after an edit: what it did)
 */
export async function openSaved(name, since = 'last-view', done) {
  showTab('followed');
  $('saved').hidden = false;
  $('saved-title').textContent = name;
  say('Loading…');
  try {
    const v = await fetchSaved(name, since);
    const edits = open?.name === name ? open.edits : (await fetchFollows()).find((f) => f.name === name)?.edits ?? 0;
    if (open?.name !== name) chosen = [];
    open = { name, at: v.since.at, edits };
    $as('saved-undo', HTMLButtonElement).disabled = edits === 0;
    history.replaceState(null, '', `#follow=${encodeURIComponent(name)}`);
    showDigest(v);
    showEntries(v);
    say(done ? done(edits) : `${count(v.entries.length, 'entry', 'entries')}. ${edits ? `${count(edits, 'edit', 'edits')} kept.` : ''}`);
    await loadFollows();
  } catch (err) {
    say(`Could not open '${name}': ${errorMessage(err)}`, true);
  }
}

/** @param {EditRequest} edit */
function described(edit) {
  switch (edit.op) {
    case 'pin': return `Pinned ${formatDate(edit.date)}`;
    case 'hide': return `Hid ${formatDate(edit.date)}`;
    case 'hide-sentence': return 'Hid the sentence';
    case 'date': return `Moved ${formatDate(edit.from)} to ${formatDate(edit.to)}`;
    case 'headline': return `New headline for ${formatDate(edit.date)}`;
    case 'merge': return `Merged ${formatDate(edit.dates[1])} into ${formatDate(edit.dates[0])}`;
    default: return 'Undid the last edit';
  }
}

/** Sends one edit, then shows the rebuilt timeline with the same badges as before. @param {EditRequest} edit */
async function applyEdit(edit) {
  if (!open) return;
  const { name, at } = open;
  const focusAfter = edit.op === 'hide' || edit.op === 'merge' || edit.op === 'undo' ? null :
    edit.op === 'date' ? edit.to : edit.op === 'hide-sentence' ? null : edit.date;
  try {
    const r = /** @type {{ edits: number }} */ (await editFollow(name, edit));
    open.edits = r.edits;
    if (edit.op === 'merge') chosen = [];
    await openSaved(name, at, (n) => `${described(edit)}. ${count(n, 'edit', 'edits')} kept; “Undo last edit” takes the last one back.`);
    if (focusAfter) focusDate(focusAfter); else $('saved-status').focus();
  } catch (err) {
    say(`${described(edit)} failed: ${errorMessage(err)}`, true);
  }
}

/** @param {string} format */
async function exportOpen(format) {
  if (!open) return;
  try {
    const { blob, filename } = await exportSaved(open.name, format);
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`Exported '${open.name}' as ${filename}.`);
  } catch (err) {
    say(`Export failed: ${errorMessage(err)}`, true);
  }
}

/** The query form's fields as a saved timeline's definition. */
function definition() {
  const p = queryParams();
  /** @type {Record<string, string | number>} */
  const d = { ...p };
  if (p.story) d.story = Number(p.story);
  return d;
}

export function bindFollowed() {
  onShow('followed', () => { drawSavedChart(); loadFollows(); });
  $('follow-open').addEventListener('click', () => { showTab('followed'); $('follow-name').focus(); });
  $('follow-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const name = $as('follow-name', HTMLInputElement).value.trim();
    try {
      const made = /** @type {{ entries: number, note?: string }} */ (await createFollow(name, /** @type {Record<string, string>} */ (definition())));
      $('follow-note').textContent = `Following '${name}': ${count(made.entries, 'entry', 'entries')}${made.note ? ` (${made.note})` : ''}.`;
      $as('follow-name', HTMLInputElement).value = '';
      await openSaved(name);
    } catch (err) {
      $('follow-note').textContent = `Could not follow: ${errorMessage(err)}`;
    }
  });
  $('saved-undo').addEventListener('click', () => applyEdit({ op: 'undo' }));
  $('saved-merge').addEventListener('click', () => {
    const [keep, into] = chosen;
    if (keep && into) applyEdit({ op: 'merge', dates: [keep, into] });
  });
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.saved-export'))) {
    b.addEventListener('click', () => exportOpen(b.dataset.format ?? 'json'));
  }
  /** @type {Record<string, () => import('../chart.js').Span>} */
  const keys = { ArrowLeft: () => panned(chart.view, chart.full, -0.2), ArrowRight: () => panned(chart.view, chart.full, 0.2),
    '+': () => zoomed(chart.view, chart.full, 0.5), '=': () => zoomed(chart.view, chart.full, 0.5),
    '-': () => zoomed(chart.view, chart.full, 2), '0': () => [chart.full[0], chart.full[1]] };
  $('saved-chart').addEventListener('keydown', (ev) => {
    if (!Object.hasOwn(keys, ev.key) || chart.entries.length === 0) return;
    ev.preventDefault();
    chart.view = keys[ev.key]();
    drawSavedChart();
  });
  let lastWidth = 0;
  new ResizeObserver(() => {
    const w = $('saved-chart').clientWidth;
    if (w && w !== lastWidth) { lastWidth = w; drawSavedChart(); }
  }).observe($('saved-chart'));
}
