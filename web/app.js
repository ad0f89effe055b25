// Chronicle's web page: plain JavaScript over the JSON API, no libraries. Everything it draws (the timeline
// axis, the brush, the mention charts) is SVG built here.
const $ = (id) => document.getElementById(id);
const SVG_NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;

/** Creates an element with attributes and children (strings become text, never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// ---------- API access ----------
let token = sessionStorage.getItem('chronicle-token') || '';

class ApiFailure extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function authHeaders() {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function api(path, params = {}, asText = false) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try { message = (await res.json()).error.message; } catch { /* not JSON */ }
    if (res.status === 401) askForToken();
    throw new ApiFailure(res.status, message);
  }
  return asText ? res.text() : res.json();
}

function askForToken() {
  $('token-form').hidden = false;
  $('token').focus();
}

$('token-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  token = $('token').value.trim();
  sessionStorage.setItem('chronicle-token', token);
  $('token-form').hidden = true;
  refreshAll();
});

function setStatus(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

// ---------- dates ----------
/** Milliseconds of the first day of a YYYY, YYYY-MM or YYYY-MM-DD date. */
function dateStart(d) {
  const [y, m = 1, day = 1] = d.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, day);
}
/** Milliseconds just after the last day of such a date's period. */
function dateEnd(d) {
  const parts = d.slice(0, 10).split('-').map(Number);
  if (parts.length === 1) return Date.UTC(parts[0] + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(parts[0], parts[1], 1);
  return Date.UTC(parts[0], parts[1] - 1, parts[2] + 1);
}
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatDate(d) {
  const [y, m, day] = d.split('-');
  if (!m) return y;
  if (!day) return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Tick positions for a time span: days, weeks, months, quarters or years, at most about `max` of them. */
function ticks(start, end, max) {
  const span = (end - start) / DAY;
  const out = [];
  const d = new Date(start);
  if (span <= max * 7) {
    const step = span <= max ? 1 : 7;
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    for (; t <= end; t += step * DAY) if (t >= start) out.push({ t, label: `${new Date(t).getUTCDate()} ${MONTHS[new Date(t).getUTCMonth()]}` });
    return out;
  }
  const months = span / 30.4;
  if (months <= max * 3) {
    const step = months <= max ? 1 : 3;
    let y = d.getUTCFullYear();
    let m = Math.floor(d.getUTCMonth() / step) * step;
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > end) break;
      if (t >= start) out.push({ t, label: m === 0 ? String(y) : `${MONTHS[m]} ${String(y).slice(2)}` });
      m += step;
      if (m >= 12) { m -= 12; y++; }
    }
    return out;
  }
  const years = span / 365;
  const step = Math.max(1, Math.ceil(years / max));
  for (let y = Math.ceil(d.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= end; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t >= start) out.push({ t, label: String(y) });
  }
  return out;
}

// ---------- the timeline chart ----------
const chart = {
  entries: [],
  full: [0, 1],      // the whole span of the timeline
  view: [0, 1],      // the zoomed span drawn on the main axis
  brush: null,       // [start, end] selected on the overview, or null
  active: -1,
};

function chartWidth(node) {
  return Math.max(300, node.clientWidth || 800);
}

function drawAxis(svg, width, height, domain, y) {
  const [a, b] = domain;
  const x = (t) => 10 + ((t - a) / (b - a)) * (width - 20);
  const axis = el('svg:g', { class: 'axis' });
  axis.append(el('svg:line', { x1: 10, x2: width - 10, y1: y, y2: y }));
  for (const tk of ticks(a, b, Math.max(3, Math.floor(width / 90)))) {
    axis.append(el('svg:line', { x1: x(tk.t), x2: x(tk.t), y1: y, y2: y + 5 }));
    const px = x(tk.t);
    const anchor = px < 30 ? 'start' : px > width - 30 ? 'end' : 'middle';
    axis.append(el('svg:text', { x: px, y: y + 17, 'text-anchor': anchor, text: tk.label }));
  }
  svg.append(axis);
  return x;
}

function drawChart() {
  const box = $('chart');
  box.replaceChildren();
  if (chart.entries.length === 0) return;
  const width = chartWidth(box);
  const height = 120;
  const svg = el('svg:svg', { viewBox: `0 0 ${width} ${height}`, height, 'aria-hidden': 'true' });
  const x = drawAxis(svg, width, height, chart.view, height - 30);
  const maxSentences = Math.max(...chart.entries.map((e) => e.sentences.length));
  chart.entries.forEach((e, i) => {
    const s = dateStart(e.date);
    const t = e.granularity === 'day' ? s + DAY / 2 : (s + dateEnd(e.date)) / 2;
    if (t < chart.view[0] || t > chart.view[1]) return;
    const r = 4 + 5 * Math.sqrt(e.sentences.length / maxSentences);
    const lane = i % 3;
    const mark = el('svg:circle', {
      cx: x(t), cy: height - 50 - lane * 22, r, class: `mark${i === chart.active ? ' active' : ''}`,
      'data-index': i,
    });
    mark.append(el('svg:title', { text: `${formatDate(e.date)}: ${e.sentences[0]?.text.slice(0, 120) ?? ''}` }));
    mark.addEventListener('click', () => focusEntry(i));
    svg.append(el('svg:line', { x1: x(t), x2: x(t), y1: height - 50 - lane * 22 + r, y2: height - 30, stroke: '#b6bec5' }));
    svg.append(mark);
  });
  box.append(svg);
}

function drawOverview() {
  const box = $('overview');
  box.replaceChildren();
  if (chart.entries.length === 0) return;
  const width = chartWidth(box);
  const height = 50;
  const svg = el('svg:svg', { viewBox: `0 0 ${width} ${height}`, height, role: 'presentation' });
  const x = drawAxis(svg, width, height, chart.full, 24);
  for (const e of chart.entries) {
    const t = dateStart(e.date);
    svg.append(el('svg:rect', { x: x(t) - 1, y: 24 - 4 - 2 * Math.min(8, e.sentences.length), width: 2,
      height: 4 + 2 * Math.min(8, e.sentences.length), fill: '#1f5fa8' }));
  }
  if (chart.brush) {
    const [a, b] = chart.brush;
    svg.append(el('svg:rect', { class: 'brush', x: x(a), y: 2, width: Math.max(2, x(b) - x(a)), height: 22 }));
  }
  const toTime = (clientX) => {
    const rect = svg.getBoundingClientRect();
    const px = ((clientX - rect.left) / rect.width) * width;
    const [a, b] = chart.full;
    return Math.min(b, Math.max(a, a + ((px - 10) / (width - 20)) * (b - a)));
  };
  let dragFrom = null;
  svg.addEventListener('pointerdown', (ev) => { dragFrom = toTime(ev.clientX); svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    const t = toTime(ev.clientX);
    chart.brush = [Math.min(dragFrom, t), Math.max(dragFrom, t)];
    const r = svg.querySelector('.brush') ?? svg.appendChild(el('svg:rect', { class: 'brush', y: 2, height: 22 }));
    r.setAttribute('x', x(chart.brush[0]));
    r.setAttribute('width', Math.max(2, x(chart.brush[1]) - x(chart.brush[0])));
  });
  svg.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const t = toTime(ev.clientX);
    const [a, b] = [Math.min(dragFrom, t), Math.max(dragFrom, t)];
    dragFrom = null;
    setBrush(b - a < DAY ? null : [a, b]);
  });
  box.append(svg);
}

/** Selects a date range on the overview: zooms the main axis to it and lists only its entries. */
function setBrush(range) {
  chart.brush = range;
  chart.view = range ? [...range] : [...chart.full];
  $('brush-note').textContent = range ?
    `Showing ${iso(range[0])} to ${iso(range[1])}. Drag on the overview again, or reset the zoom, to see everything.` : '';
  drawChart();
  drawOverview();
  listEntries();
}

function zoom(factor, centre) {
  const [a, b] = chart.view;
  const c = centre ?? (a + b) / 2;
  const span = Math.max(3 * DAY, (b - a) * factor);
  let na = c - (c - a) * (span / (b - a));
  let nb = na + span;
  const [fa, fb] = chart.full;
  if (span >= fb - fa) { na = fa; nb = fb; }
  else if (na < fa) { nb += fa - na; na = fa; }
  else if (nb > fb) { na -= nb - fb; nb = fb; }
  chart.view = [na, nb];
  drawChart();
}

function pan(fraction) {
  const [a, b] = chart.view;
  const [fa, fb] = chart.full;
  const shift = Math.max(fa - a, Math.min(fb - b, (b - a) * fraction));
  chart.view = [a + shift, b + shift];
  drawChart();
}

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
$('chart').addEventListener('keydown', (ev) => {
  const keys = { ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), '+': () => zoom(0.5), '=': () => zoom(0.5),
    '-': () => zoom(2), '0': () => setBrush(null) };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
});
// Redraw when the chart's box changes size (window resized, article panel opened or closed).
let lastWidth = 0;
new ResizeObserver(() => {
  const w = $('chart').clientWidth;
  if (w && w !== lastWidth) { lastWidth = w; drawChart(); drawOverview(); }
}).observe($('chart'));

function focusEntry(i) {
  chart.active = i;
  drawChart();
  for (const li of $('entries').children) li.classList.toggle('active', Number(li.dataset.index) === i);
  const item = $('entries').querySelector(`[data-index="${i}"]`);
  if (item) { item.scrollIntoView({ block: 'nearest' }); item.querySelector('h3').focus(); }
}

function citation(s) {
  return el('span', { class: 'cite' }, ' — ',
    el('button', { type: 'button', onclick: () => openArticle(s.articleId), 'aria-label': `Open article ${s.articleId}: ${s.title ?? ''}` },
      s.title ? s.title.slice(0, 60) : `article ${s.articleId}`),
    s.source ? ` (${s.source})` : '',
    s.url ? el('span', {}, ' ', el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, 'source ↗')) : '');
}

function listEntries() {
  const list = $('entries');
  list.replaceChildren();
  chart.entries.forEach((e, i) => {
    if (chart.brush && (dateEnd(e.date) <= chart.brush[0] || dateStart(e.date) > chart.brush[1])) return;
    list.append(el('li', { 'data-index': i, class: i === chart.active ? 'active' : undefined },
      el('h3', { tabindex: '-1' }, el('time', { datetime: e.date }, formatDate(e.date))),
      e.sentences.map((s) => el('p', {}, s.text, citation(s)))));
  });
}

// ---------- the query form ----------
function queryParams() {
  const form = new FormData($('query-form'));
  const p = {};
  for (const k of ['query', 'entity', 'source', 'from', 'to', 'method', 'story']) {
    const v = String(form.get(k) ?? '').trim();
    if (v) p[k] = v;
  }
  return p;
}

async function buildTimeline() {
  showTab('timeline');
  const params = queryParams();
  $('timeline-summary').textContent = 'Building the timeline…';
  try {
    const t = await api('/api/timeline', params);
    chart.entries = t.entries;
    chart.active = -1;
    chart.full = [dateStart(t.entries[0].date) - DAY, dateEnd(t.entries.at(-1).date) + DAY];
    chart.brush = null;
    chart.view = [...chart.full];
    const sentences = t.entries.reduce((n, e) => n + e.sentences.length, 0);
    $('timeline-summary').textContent = `${t.entries.length} dates, ${sentences} sentences (${formatDate(t.entries[0].date)} – ${formatDate(t.entries.at(-1).date)})`;
    $('brush-note').textContent = '';
  } catch (err) {
    chart.entries = [];
    $('timeline-summary').textContent = `No timeline: ${err.message}`;
  }
  drawChart();
  drawOverview();
  listEntries();
}

async function runSearch() {
  const { query, from, to } = queryParams();
  showTab('search');
  const list = $('search-results');
  if (!query) { list.replaceChildren(el('li', { class: 'muted' }, 'Type words to search for.')); return; }
  try {
    const hits = await api('/api/search', { q: query, from, to, limit: 50 });
    list.replaceChildren(...(hits.length ? hits.map((h) => el('li', {},
      el('button', { type: 'button', onclick: () => openArticle(h.articleId) }, h.title || `Article ${h.articleId}`),
      ' ', el('span', { class: 'muted' }, h.published.slice(0, 10)),
      el('p', {}, h.snippet))) : [el('li', { class: 'muted' }, 'No article matches.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, err.message));
  }
}

$('query-form').addEventListener('submit', (ev) => { ev.preventDefault(); buildTimeline(); });
$('search-btn').addEventListener('click', runSearch);
$('clear-btn').addEventListener('click', () => {
  for (const id of ['q', 'entity', 'from', 'to', 'story']) $(id).value = '';
  $('source').value = '';
  $('story-filter').hidden = true;
});

async function exportTimeline(format) {
  try {
    const body = await api('/api/timeline', { ...queryParams(), format }, true);
    const ext = { md: 'md', json: 'json', timelinejs: 'timelinejs.json' }[format];
    const type = format === 'md' ? 'text/markdown' : 'application/json';
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = el('a', { href: url, download: `timeline.${ext}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    setStatus(`Exported the timeline as ${format}.`);
  } catch (err) {
    setStatus(`Export failed: ${err.message}`, true);
  }
}
for (const b of document.querySelectorAll('.export')) b.addEventListener('click', () => exportTimeline(b.dataset.format));

// ---------- tabs ----------
const TABS = ['timeline', 'search', 'entities', 'quotes', 'stories', 'upload'];
function showTab(name) {
  for (const t of TABS) {
    const selected = t === name;
    $(`tab-${t}`).setAttribute('aria-selected', String(selected));
    $(`tab-${t}`).tabIndex = selected ? 0 : -1;
    $(`view-${t}`).hidden = !selected;
  }
  if (name === 'timeline') { drawChart(); drawOverview(); }
}
TABS.forEach((t, i) => {
  const tab = $(`tab-${t}`);
  tab.addEventListener('click', () => showTab(t));
  tab.addEventListener('keydown', (ev) => {
    const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(i + step + TABS.length) % TABS.length];
    showTab(next);
    $(`tab-${next}`).focus();
  });
});

// ---------- entities ----------
async function loadEntities() {
  const list = $('entity-list');
  try {
    const entities = await api('/api/entities', { kind: $('entity-kind').value, limit: 300 });
    list.replaceChildren(...entities.map((e) => el('li', {},
      el('button', { type: 'button', 'aria-pressed': 'false', onclick: (ev) => showEntity(e, ev.currentTarget) },
        el('span', {}, e.name), el('span', { class: 'muted' }, `${e.kind.toLowerCase()} · ${e.mentions}`)))));
    if (!$('entity-kind').value) {
      $('entity-names').replaceChildren(...entities.map((e) => el('option', { value: e.name })));
    }
    if (entities.length === 0) list.replaceChildren(el('li', { class: 'muted' }, 'No entities yet: upload articles.'));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, err.message));
  }
}
$('entity-kind').addEventListener('change', loadEntities);

function mentionChart(byDate) {
  const width = 600;
  const height = 140;
  const svg = el('svg:svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Articles mentioning it per date, ${byDate.length} dates` });
  if (byDate.length === 0) return svg;
  const start = dateStart(byDate[0].date) - DAY;
  const end = dateStart(byDate.at(-1).date) + 2 * DAY;
  const x = drawAxis(svg, width, height, [start, end], height - 24);
  const max = Math.max(...byDate.map((d) => d.articles));
  const barWidth = Math.max(2, Math.min(14, (width - 20) / ((end - start) / DAY) - 1));
  for (const d of byDate) {
    const h = ((height - 40) * d.articles) / max;
    const bar = el('svg:rect', { class: 'bar', x: x(dateStart(d.date)), y: height - 24 - h, width: barWidth, height: h });
    bar.append(el('svg:title', { text: `${d.date}: ${d.articles} article${d.articles === 1 ? '' : 's'}` }));
    svg.append(bar);
  }
  svg.append(el('svg:text', { x: 12, y: 14, class: 'axis', 'font-size': 11, fill: '#5b6570', text: `max ${max} per day` }));
  return svg;
}

async function showEntity(e, button) {
  for (const b of $('entity-list').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
  const detail = $('entity-detail');
  detail.replaceChildren(el('p', { class: 'muted' }, `Loading ${e.name}…`));
  try {
    const m = await api('/api/entities/mentions', { name: e.name });
    detail.replaceChildren(
      el('h3', {}, e.name),
      el('p', { class: 'muted' }, `${e.kind.toLowerCase()}, ${e.mentions} mentions in ${m.articles} articles` +
        (e.first ? `, ${e.first} to ${e.last}` : '')),
      mentionChart(m.byDate),
      el('p', {},
        el('button', { type: 'button', onclick: () => { $('entity').value = e.name; buildTimeline(); } }, 'Timeline of this entity'),
        ' ',
        el('button', { type: 'button', onclick: () => { $('speaker').value = e.name; showTab('quotes'); loadQuotes(); } }, 'Quotes by this entity')));
  } catch (err) {
    detail.replaceChildren(el('p', { class: 'error' }, err.message));
  }
}

// ---------- quotes ----------
async function loadSpeakers() {
  try {
    const quotes = await api('/api/quotes', { limit: 1000 });
    const counts = new Map();
    for (const q of quotes) {
      const who = q.speaker || q.speakerText;
      if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
    }
    const keep = $('speaker').value;
    $('speaker').replaceChildren(el('option', { value: '' }, 'everyone'),
      ...[...counts].sort((a, b) => b[1] - a[1]).map(([who, n]) => el('option', { value: who }, `${who} (${n})`)));
    $('speaker').value = keep;
  } catch { /* the quote list shows the error */ }
}

async function loadQuotes() {
  const list = $('quote-list');
  try {
    const speaker = $('speaker').value;
    const quotes = await api('/api/quotes', { speaker, limit: 500 });
    list.replaceChildren(...(quotes.length ? quotes.map((q) => el('li', {},
      el('strong', {}, q.speaker || q.speakerText || 'unattributed'), q.cue ? ` ${q.cue}` : '',
      el('blockquote', {}, q.direct ? `“${q.text}”` : q.text),
      el('span', { class: 'cite' }, q.published.slice(0, 10), ' — ',
        el('button', { type: 'button', onclick: () => openArticle(q.articleId) }, q.title || `article ${q.articleId}`))))
      : [el('li', { class: 'muted' }, speaker ? `No quotes by ${speaker}.` : 'No quotes yet.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, err.message));
  }
}
$('speaker').addEventListener('change', loadQuotes);

// ---------- stories ----------
async function loadStories() {
  const list = $('story-list');
  try {
    const stories = await api('/api/stories', { limit: 100 });
    list.replaceChildren(...(stories.length ? stories.map((s) => el('li', {},
      el('strong', {}, s.label || `Story ${s.id}`), ' ',
      el('span', { class: 'muted' }, `${s.articles} articles, ${s.first.slice(0, 10)} to ${s.last.slice(0, 10)}`), ' ',
      el('button', { type: 'button', onclick: () => storyTimeline(s) }, 'Timeline of this story'),
      s.events.length ? el('ul', { class: 'small' }, s.events.slice(0, 8).map((ev) =>
        el('li', {}, `${ev.date}: ${ev.label} (${ev.articles})`))) : null))
      : [el('li', { class: 'muted' }, 'No stories yet: upload articles.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, err.message));
  }
}

function storyTimeline(s) {
  $('story').value = String(s.id);
  $('story-filter').hidden = false;
  $('story-filter').replaceChildren(`Story: ${s.label || s.id} `,
    el('button', { type: 'button', class: 'secondary', onclick: () => { $('story').value = ''; $('story-filter').hidden = true; buildTimeline(); } }, 'Remove'));
  buildTimeline();
}

// ---------- the article view ----------
/** Splits the text at every annotation boundary and wraps each piece in the annotations covering it. */
function highlighted(text, layers) {
  const spans = [];
  for (const [cls, items, label] of layers) {
    for (const it of items) if (it.end > it.start) spans.push({ start: it.start, end: it.end, cls, label: label(it) });
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) { out.push(piece); continue; }
    out.push(el('span', { class: [...new Set(covering.map((s) => s.cls))].join(' '),
      title: covering.map((s) => s.label).join(' · ') }, piece));
  }
  return out;
}

async function openArticle(id) {
  const panel = $('article');
  panel.hidden = false;
  $('article-title').textContent = `Article ${id}`;
  $('article-text').replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const a = await api(`/api/articles/${id}`);
    const art = a.article;
    $('article-title').textContent = art.title || art.text.split('\n')[0].slice(0, 100) || `Article ${id}`;
    $('article-meta').replaceChildren(`Published ${formatDate(art.published.slice(0, 10))}`,
      art.source ? ` · ${art.source}` : '',
      art.url ? el('span', {}, ' · ', el('a', { href: art.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')) : '',
      a.analysed ? '' : ' · not analysed yet');
    $('article-text').replaceChildren(...highlighted(art.text, [
      ['qt', a.quotes, (q) => `quote${q.speaker || q.speakerText ? ` by ${q.speaker || q.speakerText}` : ''}`],
      ['ent', a.entities, (e) => `${e.kind.toLowerCase()}: ${e.name}`],
      ['tx', a.timexes, (t) => `${t.type} ${t.value}`],
    ]));
    $('article-timexes').replaceChildren(...a.timexes.map((t) => el('li', {}, el('span', { class: 'tx' }, t.text), ` → ${t.value}`)));
    $('article-quotes').replaceChildren(...a.quotes.map((q) => el('li', {},
      el('strong', {}, q.speaker || q.speakerText || 'unattributed'), `: ${q.text.slice(0, 200)}`)));
    panel.focus();
  } catch (err) {
    $('article-text').replaceChildren(el('p', { class: 'error' }, err.message));
  }
}
$('article-close').addEventListener('click', () => { $('article').hidden = true; $('main').focus(); });
document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !$('article').hidden) $('article-close').click(); });

// ---------- upload ----------
function uploadFile(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest?filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (ev) => { if (ev.lengthComputable) onProgress(ev.loaded / ev.total); });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 200 && body) resolve(body);
      else {
        if (xhr.status === 401) askForToken();
        reject(new Error(body?.error?.message ?? `${xhr.status} ${xhr.statusText}`));
      }
    });
    xhr.addEventListener('error', () => reject(new Error('the connection failed')));
    xhr.send(file);
  });
}

async function uploadFiles(files) {
  const list = [...files];
  if (list.length === 0) return;
  const total = list.reduce((n, f) => n + f.size, 0) || 1;
  let done = 0;
  const bar = $('upload-progress');
  bar.value = 0;
  const log = $('upload-log');
  let added = 0;
  for (const f of list) {
    try {
      const r = await uploadFile(f, (frac) => { bar.value = Math.round(((done + frac * f.size) / total) * 100); });
      added += r.new;
      log.append(el('li', {}, `${f.name}: ${r.new} new, ${r.duplicate + r.unchanged} already stored, ` +
        `${r.nearDuplicate} near-duplicate, ${r.rejected} rejected` +
        (r.analyzed !== null ? `; ${r.analyzed} analysed` : '') + (r.warnings.length ? ` (${r.warnings.join('; ')})` : '')));
      for (const rj of r.rejections) log.append(el('li', { class: 'bad' }, `rejected ${rj.origin}: ${rj.reason}`));
    } catch (err) {
      log.append(el('li', { class: 'bad' }, `${f.name}: ${err.message}`));
    }
    done += f.size;
    bar.value = Math.round((done / total) * 100);
  }
  log.append(el('li', {}, el('strong', {}, `Done: ${list.length} file${list.length === 1 ? '' : 's'}, ${added} new article${added === 1 ? '' : 's'}.`)));
  refreshAll();
}

const drop = $('drop');
drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => { ev.preventDefault(); drop.classList.remove('over'); uploadFiles(ev.dataTransfer.files); });
drop.addEventListener('click', () => $('file-input').click());
drop.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); $('file-input').click(); } });
$('file-input').addEventListener('change', () => { uploadFiles($('file-input').files); $('file-input').value = ''; });

// ---------- start ----------
async function loadSources() {
  try {
    const sources = await api('/api/sources');
    const keep = $('source').value;
    $('source').replaceChildren(el('option', { value: '' }, 'any'),
      ...sources.map((s) => el('option', { value: s.source }, `${s.source} (${s.articles})`)));
    $('source').value = keep;
  } catch { /* optional */ }
}

async function refreshAll() {
  try {
    const s = await api('/api/status');
    setStatus(s.articles ? `${s.articles} articles, ${formatDate(s.first.slice(0, 10))} – ${formatDate(s.last.slice(0, 10))}` :
      'The store is empty: upload articles to begin.');
  } catch (err) {
    setStatus(err.message, true);
    return;
  }
  await Promise.all([loadEntities(), loadSpeakers(), loadQuotes(), loadStories(), loadSources()]);
}

refreshAll();
