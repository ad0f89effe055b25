// @ts-check
// The SVG drawings of the timeline: a date axis, the main chart (one circle per date, sized by its sentences)
// and the overview strip, where dragging selects a date range. Drawing only: the timeline view owns the state
// and decides what a click or a selection does.
import { dateEnd, dateStart, DAY, formatDate, ticks } from './dates.js';
import { svg } from './dom.js';

/** @typedef {import('./api.js').TimelineEntry} TimelineEntry */
/** A time span in UTC milliseconds. @typedef {[number, number]} Span */
/**
 * @typedef {object} ChartState
 * @property {TimelineEntry[]} entries
 * @property {Span} full the whole span of the timeline
 * @property {Span} view the zoomed span drawn on the main axis
 * @property {Span | null} brush the range selected on the overview, if any
 * @property {number} active index of the entry in focus, or -1
 */

/** @param {HTMLElement} node */
function chartWidth(node) {
  return Math.max(300, node.clientWidth || 800);
}

/**
 * Draws a labelled date axis across `svg` at height `y`.
 * @param {SVGSVGElement} root
 * @param {number} width
 * @param {Span} domain
 * @param {number} y
 * @returns {(t: number) => number} the x position of a time
 */
export function drawAxis(root, width, domain, y) {
  const [a, b] = domain;
  /** @param {number} t */
  const x = (t) => 10 + ((t - a) / (b - a)) * (width - 20);
  const axis = svg('g', { class: 'axis' });
  axis.append(svg('line', { x1: 10, x2: width - 10, y1: y, y2: y }));
  for (const tk of ticks(a, b, Math.max(3, Math.floor(width / 90)))) {
    axis.append(svg('line', { x1: x(tk.t), x2: x(tk.t), y1: y, y2: y + 5 }));
    const px = x(tk.t);
    const anchor = px < 30 ? 'start' : px > width - 30 ? 'end' : 'middle';
    axis.append(svg('text', { x: px, y: y + 17, 'text-anchor': anchor, text: tk.label }));
  }
  root.append(axis);
  return x;
}

/**
 * The main chart: the entries inside `state.view`, in three lanes so that neighbours do not cover each other.
 * @param {HTMLElement} box
 * @param {ChartState} state
 * @param {(index: number) => void} onMark called with an entry's index when its circle is clicked
 */
export function drawChart(box, state, onMark) {
  box.replaceChildren();
  if (state.entries.length === 0) return;
  const width = chartWidth(box);
  const height = 120;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, height, 'aria-hidden': 'true' });
  const x = drawAxis(root, width, state.view, height - 30);
  const maxSentences = Math.max(...state.entries.map((e) => e.sentences.length));
  /** @type {number[]} right edge of the last label drawn in each lane */
  const labelEnds = [-Infinity, -Infinity, -Infinity];
  state.entries.forEach((e, i) => {
    const s = dateStart(e.date);
    const t = e.granularity === 'day' ? s + DAY / 2 : (s + dateEnd(e.date)) / 2;
    if (t < state.view[0] || t > state.view[1]) return;
    const r = 4 + 5 * Math.sqrt(e.sentences.length / maxSentences);
    const lane = i % 3;
    const cy = height - 50 - lane * 22;
    const mark = svg('circle', {
      cx: x(t), cy, r, class: `mark${i === state.active ? ' active' : ''}`,
      'data-index': i,
    });
    const label = pointLabel(e.date);
    const span = labelSpan(x(t), label, width);
    // A label that would run into its lane's previous one is left to the circle's tooltip.
    if (span[0] > (labelEnds[lane] ?? -Infinity) + 4) {
      labelEnds[lane] = span[1];
      root.append(svg('text', { class: 'point-label', x: span[0], y: cy - r - 3, text: label }));
    }
    mark.append(svg('title', { text: `${formatDate(e.date)}: ${e.sentences[0]?.text.slice(0, 120) ?? ''}` }));
    mark.addEventListener('click', () => onMark(i));
    root.append(svg('line', { x1: x(t), x2: x(t), y1: height - 50 - lane * 22 + r, y2: height - 30, stroke: '#b6bec5' }));
    root.append(mark);
  });
  box.append(root);
}

/**
 * A point's label on the main chart: its day and month ('5 Mar'), or the month or year it stands for.
 * @param {string} date
 */
export function pointLabel(date) {
  const words = formatDate(date).split(' ');
  return words.length === 3 ? `${words[0]} ${words[1]}` : words.join(' ');
}

/**
 * Where a label centred on `cx` goes, kept inside the drawing: [left, right] in pixels (11px text averages
 * under 6.5px a character).
 * @param {number} cx
 * @param {string} label
 * @param {number} width
 * @returns {[number, number]}
 */
export function labelSpan(cx, label, width) {
  const w = label.length * 6.5;
  const left = Math.min(width - 2 - w, Math.max(2, cx - w / 2));
  return [left, left + w];
}

/**
 * The overview: every entry over the full span, the current brush, and dragging to select a new one.
 * @param {HTMLElement} box
 * @param {ChartState} state `state.brush` follows the pointer while dragging
 * @param {(range: Span | null) => void} onBrush called when a drag ends; null for a range under a day
 */
export function drawOverview(box, state, onBrush) {
  box.replaceChildren();
  if (state.entries.length === 0) return;
  const width = chartWidth(box);
  const height = 50;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, height, role: 'presentation' });
  const x = drawAxis(root, width, state.full, 24);
  for (const e of state.entries) {
    const t = dateStart(e.date);
    root.append(svg('rect', { x: x(t) - 1, y: 24 - 4 - 2 * Math.min(8, e.sentences.length), width: 2,
      height: 4 + 2 * Math.min(8, e.sentences.length), fill: '#1f5fa8' }));
  }
  if (state.brush) {
    const [a, b] = state.brush;
    root.append(svg('rect', { class: 'brush', x: x(a), y: 2, width: Math.max(2, x(b) - x(a)), height: 22 }));
  }
  /** @param {number} clientX */
  const toTime = (clientX) => {
    const rect = root.getBoundingClientRect();
    const px = ((clientX - rect.left) / rect.width) * width;
    const [a, b] = state.full;
    return Math.min(b, Math.max(a, a + ((px - 10) / (width - 20)) * (b - a)));
  };
  /** @type {number | null} */
  let dragFrom = null;
  root.addEventListener('pointerdown', (ev) => { dragFrom = toTime(ev.clientX); root.setPointerCapture(ev.pointerId); });
  root.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    const t = toTime(ev.clientX);
    const brush = /** @type {Span} */ ([Math.min(dragFrom, t), Math.max(dragFrom, t)]);
    state.brush = brush;
    const r = root.querySelector('.brush') ?? root.appendChild(svg('rect', { class: 'brush', y: 2, height: 22 }));
    r.setAttribute('x', String(x(brush[0])));
    r.setAttribute('width', String(Math.max(2, x(brush[1]) - x(brush[0]))));
  });
  root.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const t = toTime(ev.clientX);
    const [a, b] = [Math.min(dragFrom, t), Math.max(dragFrom, t)];
    dragFrom = null;
    onBrush(b - a < DAY ? null : [a, b]);
  });
  box.append(root);
}

/**
 * The view zoomed by `factor` (under 1 zooms in) around `centre`, kept inside `full` and at least three days wide.
 * @param {Span} view
 * @param {Span} full
 * @param {number} factor
 * @param {number} [centre] the middle of the view unless given
 * @returns {Span}
 */
export function zoomed(view, full, factor, centre) {
  const [a, b] = view;
  const c = centre ?? (a + b) / 2;
  const span = Math.max(3 * DAY, (b - a) * factor);
  let na = c - (c - a) * (span / (b - a));
  let nb = na + span;
  const [fa, fb] = full;
  if (span >= fb - fa) { na = fa; nb = fb; }
  else if (na < fa) { nb += fa - na; na = fa; }
  else if (nb > fb) { na -= nb - fb; nb = fb; }
  return [na, nb];
}

/**
 * The view moved by a fraction of its width (negative: earlier), without leaving `full`.
 * @param {Span} view
 * @param {Span} full
 * @param {number} fraction
 * @returns {Span}
 */
export function panned(view, full, fraction) {
  const [a, b] = view;
  const [fa, fb] = full;
  const shift = Math.max(fa - a, Math.min(fb - b, (b - a) * fraction));
  return [a + shift, b + shift];
}
