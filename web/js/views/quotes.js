// @ts-check
// The Quotes view: quotes with their speakers, filtered by a speaker chosen from those the store knows.
import { errorMessage, fetchQuotes } from '../api.js';
import { $, $as, el } from '../dom.js';
import { openArticle } from './article.js';

/** Refills the speaker menu (most quoted first), keeping the current choice. */
export async function loadSpeakers() {
  try {
    const quotes = await fetchQuotes({ limit: 1000 });
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const q of quotes) {
      const who = q.speaker || q.speakerText;
      if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
    }
    const menu = $as('speaker', HTMLSelectElement);
    const keep = menu.value;
    menu.replaceChildren(el('option', { value: '' }, 'everyone'),
      ...[...counts].sort((a, b) => b[1] - a[1]).map(([who, n]) => el('option', { value: who }, `${who} (${n})`)));
    menu.value = keep;
  } catch { /* the quote list shows the error */ }
}

export async function loadQuotes() {
  const list = $('quote-list');
  try {
    const speaker = $as('speaker', HTMLSelectElement).value;
    const quotes = await fetchQuotes({ speaker, limit: 500 });
    list.replaceChildren(...(quotes.length ? quotes.map((q) => el('li', {},
      el('strong', {}, q.speaker || q.speakerText || 'unattributed'), q.cue ? ` ${q.cue}` : '',
      el('blockquote', {}, q.direct ? `“${q.text}”` : q.text),
      el('span', { class: 'cite' }, q.published.slice(0, 10), ' — ',
        el('button', { type: 'button', onclick: () => openArticle(q.articleId) }, q.title || `article ${q.articleId}`))))
      : [el('li', { class: 'muted' }, speaker ? `No quotes by ${speaker}.` : 'No quotes yet.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, errorMessage(err)));
  }
}

export function bindQuotes() {
  $('speaker').addEventListener('change', loadQuotes);
}
