// A standalone HTML page: no scripts, no external assets, styles inline. Each date shows its headline, its
// sentences with their credits and its corroboration; Background entries follow the timeline. Every piece of article text is escaped, and only http(s)
// URLs become links.
import type { Timeline, TimelineEntry, TimelineSource } from '../types.js';
import { creditParts, entryViews, oneLine, readableDate, reportedByText, sentenceSource, timelineHeading } from './common.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A source's credit as HTML: the linked title (or outlet), the outlet, the publication day. */
export function creditHtml(src: TimelineSource): string {
  const c = creditParts(src);
  const label = c.url ? `<a href="${escapeHtml(c.url)}">${escapeHtml(c.label)}</a>` : escapeHtml(c.label);
  return [label, c.outlet ? escapeHtml(c.outlet) : undefined, `<time datetime="${escapeHtml(c.published)}">${escapeHtml(c.published)}</time>`,
    c.articleNote ? escapeHtml(c.articleNote) : undefined].filter((x) => x !== undefined).join(', ');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}section{border-left:3px solid #8aa;padding-left:1rem;margin:1.5rem 0}
h2{font-size:1.1rem;margin:0 0 .5rem}h2 time:not(:only-child){display:block;font-size:.85rem;font-weight:normal;color:#555}
ul{padding-left:1.2rem}li{margin:.4rem 0}.reported{font-size:.85rem;color:#555;margin:0}
cite{display:block;font-style:normal;font-size:.85rem;color:#555}`;

/** The sections of an entry list (the timeline's, or any other list of entries). */
export function htmlSections(entries: readonly TimelineEntry[]): string {
  return entryViews(entries).map((e) => {
    const items = e.sentences.map((s) => `<li>${escapeHtml(oneLine(s.text))}<cite>${creditHtml(sentenceSource(s))}</cite></li>`).join('\n');
    const date = `<time datetime="${escapeHtml(e.date)}">${escapeHtml(readableDate(e.date, e.granularity))}</time>`;
    return `<section><h2>${date}${e.headline ? escapeHtml(oneLine(e.headline)) : ''}</h2>\n<ul>\n${items}\n</ul>\n` +
      `<p class="reported">${escapeHtml(reportedByText(e.reportedBy))}</p></section>`;
  }).join('\n');
}

export function renderHtml(t: Timeline): string {
  const heading = escapeHtml(timelineHeading(t));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${heading}</h1>
<p>${t.entries.length} dates, built with the ${escapeHtml(t.method)} method.</p>
${htmlSections(t.entries)}${t.background?.length ? `\n<h2>Background</h2>\n${htmlSections(t.background)}` : ''}
</body>
</html>
`;
}
