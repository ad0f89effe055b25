// @ts-check
// The Search results view: ranked articles for the query form's words and dates.
import { errorMessage, fetchSearch } from '../api.js';
import { $, el } from '../dom.js';
import { queryParams } from '../form.js';
import { showTab } from '../tabs.js';
import { openArticle } from './article.js';

export async function runSearch() {
  const { query, from, to } = queryParams();
  showTab('search');
  const list = $('search-results');
  if (!query) { list.replaceChildren(el('li', { class: 'muted' }, 'Type words to search for.')); return; }
  try {
    const hits = await fetchSearch({ q: query, from, to, limit: 50 });
    list.replaceChildren(...(hits.length ? hits.map((h) => el('li', {},
      el('button', { type: 'button', onclick: () => openArticle(h.articleId) }, h.title || `Article ${h.articleId}`),
      ' ', el('span', { class: 'muted' }, h.published.slice(0, 10)),
      el('p', {}, h.snippet))) : [el('li', { class: 'muted' }, 'No article matches.')]));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, errorMessage(err)));
  }
}
