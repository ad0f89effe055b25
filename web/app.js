// @ts-check
// Chronicle's web page: plain JavaScript modules over the JSON API, no libraries and no build step. Everything
// it draws (the timeline axis, the brush, the mention charts) is SVG built in js/. This entry module wires the
// views to the page and loads what the store holds.
import { errorMessage, fetchSources, fetchStatus, onUnauthorized, useToken } from './js/api.js';
import { formatDate } from './js/dates.js';
import { $, $as, el, setStatus } from './js/dom.js';
import { bindExport } from './js/export.js';
import { bindQueryForm } from './js/form.js';
import { bindTabs, showTab } from './js/tabs.js';
import { bindUpload } from './js/upload.js';
import { bindArticle } from './js/views/article.js';
import { bindEntities, loadEntities } from './js/views/entities.js';
import { bindFollowed, loadFollows, openSaved } from './js/views/followed.js';
import { bindQuotes, loadQuotes, loadSpeakers } from './js/views/quotes.js';
import { runSearch } from './js/views/search.js';
import { loadStories } from './js/views/stories.js';
import { bindTimeline, buildTimeline } from './js/views/timeline.js';

/** Refills the Source menu, keeping the current choice. */
async function loadSources() {
  try {
    const sources = await fetchSources();
    const menu = $as('source', HTMLSelectElement);
    const keep = menu.value;
    menu.replaceChildren(el('option', { value: '' }, 'any'),
      ...sources.map((s) => el('option', { value: s.source }, `${s.source} (${s.articles})`)));
    menu.value = keep;
  } catch { /* optional */ }
}

/** Reloads the status line and every list that depends on the store's contents. */
async function refreshAll() {
  try {
    const s = await fetchStatus();
    // A store with articles always has a date span.
    const [first, last] = /** @type {[string, string]} */ ([s.first, s.last]);
    setStatus(s.articles ? `${s.articles} articles, ${formatDate(first.slice(0, 10))} – ${formatDate(last.slice(0, 10))}` :
      'The store is empty: upload articles to begin.');
    $('welcome').hidden = s.articles > 0;
  } catch (err) {
    setStatus(errorMessage(err), true);
    return;
  }
  await Promise.all([loadEntities(), loadSpeakers(), loadQuotes(), loadStories(), loadSources(), loadFollows()]);
}

// A 401 from any request shows the token form; a token entered there is used from then on.
onUnauthorized(() => {
  $('token-form').hidden = false;
  $('token').focus();
});
$('token-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  useToken($as('token', HTMLInputElement).value.trim());
  $('token-form').hidden = true;
  refreshAll();
});

bindTimeline();
bindQueryForm({ build: buildTimeline, search: runSearch });
bindExport();
bindTabs();
bindEntities();
bindQuotes();
bindArticle();
bindUpload(refreshAll);
bindFollowed();
$('welcome-upload').addEventListener('click', () => { showTab('upload'); $('drop').focus(); });
// A saved timeline open when the page was left (its name is in the address) opens again.
const followed = /^#follow=(.+)$/.exec(location.hash);
refreshAll().then(() => { if (followed?.[1]) openSaved(decodeURIComponent(followed[1])); });
