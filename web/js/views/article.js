// @ts-check
// The article panel beside the views: an article's text with its time expressions, entities and quotes
// highlighted, and the time expressions and quotes listed below it.
import { errorMessage, fetchArticle } from '../api.js';
import { formatDate } from '../dates.js';
import { $, el } from '../dom.js';

/** An annotated piece of the text: its offsets, CSS class and tooltip. @typedef {{ start: number, end: number, cls: string, label: string }} Span */

/**
 * One annotation layer's spans (empty ones left out, as there is nothing to highlight).
 * @template {{ start: number, end: number }} T
 * @param {string} cls
 * @param {T[]} items
 * @param {(item: T) => string} label
 * @returns {Span[]}
 */
function layer(cls, items, label) {
  /** @type {Span[]} */
  const spans = [];
  for (const it of items) if (it.end > it.start) spans.push({ start: it.start, end: it.end, cls, label: label(it) });
  return spans;
}

/**
 * Splits the text at every annotation boundary and wraps each piece in the annotations covering it.
 * @param {string} text
 * @param {Span[]} spans
 * @returns {(string | HTMLSpanElement)[]}
 */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  /** @type {(string | HTMLSpanElement)[]} */
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

/** @param {{ speaker?: string, speakerText?: string }} q */
const speakerOf = (q) => q.speaker || q.speakerText;

/**
 * Opens the panel on an article and moves the focus there once it has loaded; when a sentence is given (a cited
 * one), it is highlighted and scrolled into view.
 * @param {number} id
 * @param {number} [sentenceIndex]
 */
export async function openArticle(id, sentenceIndex) {
  const panel = $('article');
  panel.hidden = false;
  $('article-title').textContent = `Article ${id}`;
  $('article-text').replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const a = await fetchArticle(id);
    const art = a.article;
    $('article-title').textContent = art.title || art.text.split('\n')[0].slice(0, 100) || `Article ${id}`;
    $('article-meta').replaceChildren(`Published ${formatDate(art.published.slice(0, 10))}`,
      art.source ? ` · ${art.source}` : '',
      art.url ? el('span', {}, ' · ', el('a', { href: art.url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')) : '',
      a.analysed ? '' : ' · not analysed yet');
    const cited = sentenceIndex === undefined ? [] : a.sentences.filter((s) => s.index === sentenceIndex);
    $('article-text').replaceChildren(...highlighted(art.text, [
      ...layer('cited', cited, () => 'the cited sentence'),
      ...layer('qt', a.quotes, (q) => `quote${speakerOf(q) ? ` by ${speakerOf(q)}` : ''}`),
      ...layer('ent', a.entities, (e) => `${e.kind.toLowerCase()}: ${e.name}`),
      ...layer('tx', a.timexes, (t) => `${t.type} ${t.value}`),
    ]));
    $('article-timexes').replaceChildren(...a.timexes.map((t) => el('li', {}, el('span', { class: 'tx' }, t.text), ` → ${t.value}`)));
    $('article-quotes').replaceChildren(...a.quotes.map((q) => el('li', {},
      el('strong', {}, speakerOf(q) || 'unattributed'), `: ${q.text.slice(0, 200)}`)));
    panel.focus();
    $('article-text').querySelector('.cited')?.scrollIntoView({ block: 'center' });
  } catch (err) {
    $('article-text').replaceChildren(el('p', { class: 'error' }, errorMessage(err)));
  }
}

/** The Close button and Escape close the panel and give the focus back to the main view. */
export function bindArticle() {
  $('article-close').addEventListener('click', () => { $('article').hidden = true; $('main').focus(); });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !$('article').hidden) $('article-close').click(); });
}
