// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one event per
// date. start_date carries year, month and day as far as the entry's granularity goes (a month entry has no
// day, a year entry neither month nor day). The slide's headline is the entry's headline and display_date its
// readable date; the text holds the sentences, then the source credit (TimelineJS credits only media, and an
// article page as media would make the reader's browser embed a third-party page). Event text is HTML, so
// article text is escaped, and autolink is off because the links are ours.
import type { Timeline, TimelineEntry } from '../types.js';
import { creditHtml, escapeHtml } from './html.js';
import { entryViews, oneLine, readableDate, reportedByText, timelineHeading } from './common.js';

export interface TimelineJsDate { year: string; month?: string; day?: string }
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  unique_id?: string;
  autolink?: boolean;
}
export interface TimelineJsDocument { title: TimelineJsSlide; events: TimelineJsSlide[] }

function startDate(date: string, granularity: 'day' | 'month' | 'year'): TimelineJsDate {
  const [y, m, d] = date.split('-');
  const out: TimelineJsDate = { year: String(Number(y)) };
  if (granularity !== 'year' && m) out.month = String(Number(m));
  if (granularity === 'day' && m && d) out.day = String(Number(d));
  return out;
}

/** The slides of an entry list (the timeline's, or any other list of entries); `prefix` keeps their ids unique. */
export function timelineJsSlides(entries: readonly TimelineEntry[], prefix = 'entry'): TimelineJsSlide[] {
  return entryViews(entries).map((e, i): TimelineJsSlide => {
    const items = e.sentences.map((s) => `<p>${escapeHtml(oneLine(s.text))}</p>`).join('');
    const credits = e.sources.map(creditHtml).join('; ');
    const text = `${items}<p class="tl-credit"><small>Sources: ${credits} (${escapeHtml(reportedByText(e.reportedBy))})</small></p>`;
    return {
      start_date: startDate(e.date, e.granularity),
      display_date: readableDate(e.date, e.granularity),
      text: { headline: escapeHtml(oneLine(e.headline ?? readableDate(e.date, e.granularity))), text },
      unique_id: `${prefix}-${i + 1}-${e.date}`,
      autolink: false,
    };
  });
}

export function toTimelineJs(t: Timeline): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(timelineHeading(t)), text: `<p>${t.entries.length} dates, ${escapeHtml(t.method)} method</p>` } },
    events: timelineJsSlides(t.entries),
  };
}

export function renderTimelineJs(t: Timeline): string {
  return `${JSON.stringify(toTimelineJs(t), null, 2)}\n`;
}
