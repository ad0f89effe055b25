// A standalone HTML page: no scripts, no external assets, styles inline. Every piece of article text is
// escaped, and only http(s) URLs become links.
import type { Timeline, TimelineEntry } from '../types.js';
import { citationParts, linkable, oneLine, readableDate, timelineHeading } from './common.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}section{border-left:3px solid #8aa;padding-left:1rem;margin:1.5rem 0}
h2{font-size:1.1rem;margin:0 0 .5rem}ul{padding-left:1.2rem}li{margin:.4rem 0}
cite{display:block;font-style:normal;font-size:.85rem;color:#555}`;

export function renderHtml(t: Timeline): string {
  const heading = escapeHtml(timelineHeading(t));
  const section = (e: TimelineEntry): string => {
    const items = e.sentences.map((s) => {
      const c = citationParts(s);
      const title = linkable(s.url) ? `<a href="${escapeHtml(s.url.trim())}">${escapeHtml(c.title)}</a>` : escapeHtml(c.title);
      const cite = [title, c.source ? escapeHtml(c.source) : undefined, `<time datetime="${escapeHtml(c.published)}">${escapeHtml(c.published)}</time>`]
        .filter((x) => x !== undefined).join(', ');
      return `<li>${escapeHtml(oneLine(s.text))}<cite>${cite}</cite></li>`;
    }).join('\n');
    return `<section><h2><time datetime="${escapeHtml(e.date)}">${escapeHtml(readableDate(e.date, e.granularity))}</time></h2>\n<ul>\n${items}\n</ul></section>`;
  };
  const sections = t.entries.map(section).join('\n') +
    (t.background?.length ? `\n<h2>Background</h2>\n${t.background.map(section).join('\n')}` : '');
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
${sections}
</body>
</html>
`;
}
