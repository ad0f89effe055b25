// Helpers shared by the renderers: how a date and a citation read, whatever the output format.
import type { Timeline, TimelineEntry, TimelineSentence } from '../types.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "25 January 2011", "March 2011" or "2011", from an entry date of the given granularity. */
export function readableDate(date: string, granularity: TimelineEntry['granularity']): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (granularity === 'year' || !month) return y ?? date;
  if (granularity === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** The parts of a citation: the article's title (or its id), its source, its publication date. */
export function citationParts(s: TimelineSentence): { title: string; source?: string; published: string } {
  const parts: { title: string; source?: string; published: string } = {
    title: s.title?.trim() || `article #${s.articleId}`,
    published: s.published.slice(0, 10),
  };
  if (s.source?.trim()) parts.source = s.source.trim();
  return parts;
}

/** "Title, Source, 2011-01-24" — the plain-text citation. */
export function citationText(s: TimelineSentence): string {
  const c = citationParts(s);
  return [c.title, c.source, c.published].filter((x) => x !== undefined).join(', ');
}

/** A one-line heading for the whole timeline: what it is about and how it was built. */
export function timelineHeading(t: Timeline): string {
  const q = t.query;
  const about: string[] = [];
  if (q.text) about.push(`"${q.text}"`);
  if (q.entity) about.push(`entity ${q.entity}`);
  if (q.story !== undefined) about.push(`story ${q.story}`);
  if (q.from || q.to) about.push(`${q.from ?? '…'} to ${q.to ?? '…'}`);
  return about.length ? `Timeline: ${about.join(', ')}` : 'Timeline';
}

/** Sentence text on one line (sentences may carry line breaks from their article). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True for URLs that are safe to link to (no javascript: or data: links from ingested pages). */
export function linkable(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url.trim());
}
