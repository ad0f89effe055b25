// @ts-check
// The Timeline view: builds a timeline from the query form, draws it (chart.js) and lists its entries with
// their citations. It owns the chart state: the entries, the zoomed span, the brush and the entry in focus.
import { errorMessage, fetchTimeline } from '../api.js';
import { drawChart, drawOverview, panned, zoomed } from '../chart.js';
import { dateEnd, dateStart, DAY, formatDate, iso } from '../dates.js';
import { $, el } from '../dom.js';
import { queryParams } from '../form.js';
import { onShow, showTab } from '../tabs.js';
import { openArticle } from './article.js';

/** @typedef {import('../api.js').TimelineSentence} TimelineSentence */
/** @typedef {import('../api.js').TimelineEntry} TimelineEntry */
/** @typedef {import('../chart.js').Span} Span */

/** @type {import('../chart.js').ChartState} */
const chart = { entries: [], full: [0, 1], view: [0, 1], brush: null, active: -1 };

function redraw() {
  drawChart($('chart'), chart, focusEntry);
  drawOverview($('overview'), chart, setBrush);
}

/**
 * Selects a date range on the overview: zooms the main axis to it and lists only its entries.
 * @param {Span | null} range
 */
function setBrush(range) {
  chart.brush = range;
  chart.view = range ? [range[0], range[1]] : [chart.full[0], chart.full[1]];
  $('brush-note').textContent = range ?
    `Showing ${iso(range[0])} to ${iso(range[1])}. Drag on the overview again, or reset the zoom, to see everything.` : '';
  redraw();
  listEntries();
}

/** @param {number} factor @param {number} [centre] */
function zoom(factor, centre) {
  chart.view = zoomed(chart.view, chart.full, factor, centre);
  drawChart($('chart'), chart, focusEntry);
}

/** @param {number} fraction */
function pan(fraction) {
  chart.view = panned(chart.view, chart.full, fraction);
  drawChart($('chart'), chart, focusEntry);
}

/** @param {number} i */
function focusEntry(i) {
  chart.active = i;
  drawChart($('chart'), chart, focusEntry);
  for (const li of /** @type {HTMLCollectionOf<HTMLElement>} */ ($('entries').children)) {
    li.classList.toggle('active', Number(li.dataset.index) === i);
  }
  const item = $('entries').querySelector(`[data-index="${i}"]`);
  if (item) { item.scrollIntoView({ block: 'nearest' }); item.querySelector('h3')?.focus(); }
}

/** @param {string | undefined} url */
const safeUrl = (url) => (url && /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : undefined);

/**
 * A cited sentence: clicking it opens its article at that sentence; then its credit (title or outlet, outlet,
 * publication day, link to the original).
 * @param {TimelineSentence} s
 */
export function citedSentence(s) {
  const outlet = s.outlet ?? s.source;
  const label = s.title || outlet || `Article ${s.articleId}`;
  const url = safeUrl(s.url);
  return el('p', {},
    el('button', { type: 'button', class: 'sentence', onclick: () => openArticle(s.articleId, s.sentenceIndex),
      title: 'Open the article at this sentence' }, s.text),
    el('span', { class: 'cite' }, ' — ',
      el('button', { type: 'button', onclick: () => openArticle(s.articleId, s.sentenceIndex), 'aria-label': `Open article ${s.articleId}: ${label}` },
        label.slice(0, 80)),
      s.title && outlet ? `, ${outlet}` : '',
      `, ${s.published.slice(0, 10)}`,
      url ? el('span', {}, ' ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')) : ''));
}

/** "reported by 3 articles / 2 outlets" @param {TimelineEntry} e */
export function reportedBy(e) {
  const r = e.reportedBy;
  if (!r) return '';
  /** @param {number} n @param {string} w */
  const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return el('p', { class: 'reported' }, `Reported by ${plural(r.articles, 'article')}${r.outlets > 0 ? ` / ${plural(r.outlets, 'outlet')}` : ''}`);
}

function listEntries() {
  const list = $('entries');
  list.replaceChildren();
  chart.entries.forEach((e, i) => {
    if (chart.brush && (dateEnd(e.date) <= chart.brush[0] || dateStart(e.date) > chart.brush[1])) return;
    list.append(el('li', { 'data-index': i, class: i === chart.active ? 'active' : undefined },
      el('h3', { tabindex: '-1' }, el('time', { datetime: e.date }, formatDate(e.date)),
        e.headline ? el('span', { class: 'headline' }, e.headline) : ''),
      e.sentences.map(citedSentence), reportedBy(e)));
  });
}

/**
 * The dates before the story's own period: listed under the timeline, off the chart, whose axis keeps to the
 * period the entries cover.
 * @param {import('../api.js').TimelineEntry[]} entries
 */
function listBackground(entries) {
  $('background-box').hidden = entries.length === 0;
  $('background').replaceChildren(...entries.map((e) => el('li', {},
    el('h3', {}, el('time', { datetime: e.date }, formatDate(e.date))),
    e.sentences.map(citedSentence))));
}

/**
 * What the query and entity were found as, in a few words ("phrase "oil spill" in 1269 articles").
 * @param {import('../api.js').Timeline['matched']} m
 */
function matchedText(m) {
  if (!m) return '';
  const parts = [];
  const q = m.query;
  if (q) {
    const terms = q.terms.map((x) => `"${x}"`).join(q.mode === 'any' ? ' or ' : ' and ');
    const what = q.mode === 'phrase' ? (terms || q.entity?.name || '') : `${q.mode === 'any' ? 'any of' : 'all of'} ${terms}`;
    parts.push(`matched ${what} in ${q.articles} articles${q.note ? ` (${q.note})` : ''}`);
  }
  if (m.entity) parts.push(`entity ${m.entity.name} in ${m.entity.articles} articles`);
  if (m.read) parts.push(`built from ${m.read.articles} of ${m.read.estimated ? 'about ' : ''}${m.read.of} articles`);
  return parts.join('; ');
}

/** Builds the timeline the query form describes and shows it. */
export async function buildTimeline() {
  showTab('timeline');
  const params = queryParams();
  $('timeline-summary').textContent = 'Building the timeline…';
  try {
    const t = await fetchTimeline(params);
    chart.entries = t.entries;
    chart.active = -1;
    const first = t.entries[0];
    const last = /** @type {typeof first} */ (t.entries.at(-1));
    chart.full = [dateStart(first.date) - DAY, dateEnd(last.date) + DAY];
    chart.brush = null;
    chart.view = [chart.full[0], chart.full[1]];
    const sentences = t.entries.reduce((n, e) => n + e.sentences.length, 0);
    const found = matchedText(t.matched);
    $('timeline-summary').textContent = `${t.entries.length} dates, ${sentences} sentences (${formatDate(first.date)} – ${formatDate(last.date)})${found ? ` · ${found}` : ''}`;
    $('brush-note').textContent = '';
    listBackground(t.background ?? []);
  } catch (err) {
    chart.entries = [];
    listBackground([]);
    $('timeline-summary').textContent = `No timeline: ${errorMessage(err)}`;
  }
  redraw();
  listEntries();
}

/** Zoom buttons, wheel and keys on the chart, and redrawing whenever the chart's box changes width. */
export function bindTimeline() {
  onShow('timeline', redraw);
  $('zoom-in').addEventListener('click', () => zoom(0.5));
  $('zoom-out').addEventListener('click', () => zoom(2));
  $('zoom-reset').addEventListener('click', () => setBrush(null));
  $('chart').addEventListener('wheel', (ev) => {
    if (chart.entries.length === 0) return;
    ev.preventDefault();
    const rect = $('chart').getBoundingClientRect();
    const [a, b] = chart.view;
    const centre = a + ((ev.clientX - rect.left) / rect.width) * (b - a);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, centre);
  }, { passive: false });
  /** @type {Record<string, () => void>} */
  const keys = { ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), '+': () => zoom(0.5), '=': () => zoom(0.5),
    '-': () => zoom(2), '0': () => setBrush(null) };
  $('chart').addEventListener('keydown', (ev) => {
    if (Object.hasOwn(keys, ev.key)) { ev.preventDefault(); keys[ev.key](); }
  });
  // The article panel opening or closing changes the width as much as a window resize does.
  let lastWidth = 0;
  new ResizeObserver(() => {
    const w = $('chart').clientWidth;
    if (w && w !== lastWidth) { lastWidth = w; redraw(); }
  }).observe($('chart'));
}
