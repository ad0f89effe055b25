// @ts-check
// The export buttons: the current query's timeline fetched in another format and saved as a download.
import { errorMessage, fetchTimelineText } from './api.js';
import { el, setStatus } from './dom.js';
import { queryParams } from './form.js';

/**
 * File name endings of the formats the buttons offer.
 * @type {Record<string, string>}
 */
const EXTENSIONS = { md: 'md', json: 'json', timelinejs: 'timelinejs.json' };

/** @param {string} format */
async function exportTimeline(format) {
  try {
    const body = await fetchTimelineText({ ...queryParams(), format });
    const ext = EXTENSIONS[format];
    const type = format === 'md' ? 'text/markdown' : 'application/json';
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = el('a', { href: url, download: `timeline.${ext}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    setStatus(`Exported the timeline as ${format}.`);
  } catch (err) {
    setStatus(`Export failed: ${errorMessage(err)}`, true);
  }
}

export function bindExport() {
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.export'))) {
    b.addEventListener('click', () => exportTimeline(b.dataset.format ?? ''));
  }
}
