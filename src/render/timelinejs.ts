// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one event per
// date. start_date carries year, month and day as far as the entry's granularity goes (a month entry has no
// day, a year entry neither month nor day). Event text is HTML, so article text is escaped.
import type { Timeline } from '../types.js';
import { escapeHtml } from './html.js';
import { citationParts, linkable, oneLine, readableDate, timelineHeading } from './common.js';

export interface TimelineJsDate { year: string; month?: string; day?: string }
export interface TimelineJsSlide { start_date?: TimelineJsDate; text: { headline: string; text: string } }
export interface TimelineJsDocument { title: TimelineJsSlide; events: TimelineJsSlide[] }

function startDate(date: string, granularity: 'day' | 'month' | 'year'): TimelineJsDate {
  const [y, m, d] = date.split('-');
  const out: TimelineJsDate = { year: String(Number(y)) };
  if (granularity !== 'year' && m) out.month = String(Number(m));
  if (granularity === 'day' && m && d) out.day = String(Number(d));
  return out;
}

export function toTimelineJs(t: Timeline): TimelineJsDocument {
  const events = t.entries.map((e): TimelineJsSlide => {
    const items = e.sentences.map((s) => {
      const c = citationParts(s);
      const title = linkable(s.url) ? `<a href="${escapeHtml(s.url.trim())}">${escapeHtml(c.title)}</a>` : escapeHtml(c.title);
      const cite = [title, c.source ? escapeHtml(c.source) : undefined, escapeHtml(c.published)].filter((x) => x !== undefined).join(', ');
      return `<p>${escapeHtml(oneLine(s.text))} <small>(${cite})</small></p>`;
    });
    return { start_date: startDate(e.date, e.granularity), text: { headline: escapeHtml(readableDate(e.date, e.granularity)), text: items.join('') } };
  });
  return {
    title: { text: { headline: escapeHtml(timelineHeading(t)), text: `<p>${t.entries.length} dates, ${escapeHtml(t.method)} method</p>` } },
    events,
  };
}

export function renderTimelineJs(t: Timeline): string {
  return `${JSON.stringify(toTimelineJs(t), null, 2)}\n`;
}
