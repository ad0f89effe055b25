// Helpers shared by the renderers: how a date and a citation read, whatever the output format.
import type { ReportedBy, Timeline, TimelineEntry, TimelineSentence, TimelineSource } from '../types.js';

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

/** An entry as every format shows it: a headline, its sentences, its sources and their corroboration. */
export interface EntryView {
  date: string;
  granularity: TimelineEntry['granularity'];
  /** The builder's headline (absent from entries built without one). */
  headline?: string;
  sentences: TimelineSentence[];
  sources: TimelineSource[];
  reportedBy: ReportedBy;
}

/**
 * The one function every renderer passes an entry list through (the timeline's entries, or any other list a
 * Timeline carries). Entries built before headlines and sources existed get their sources from the sentences.
 */
export function entryViews(entries: readonly TimelineEntry[]): EntryView[] {
  return entries.map((e) => {
    const sources = e.sources ?? sourcesOfSentences(e.sentences);
    const outlets = new Set(sources.map((s) => s.outlet?.toLowerCase()).filter((o) => o !== undefined));
    const headline = e.headline?.trim();
    return {
      date: e.date,
      granularity: e.granularity,
      ...(headline ? { headline } : {}),
      sentences: e.sentences,
      sources,
      reportedBy: e.reportedBy ?? { articles: sources.length, outlets: outlets.size },
    };
  });
}

function sourcesOfSentences(sentences: readonly TimelineSentence[]): TimelineSource[] {
  const byId = new Map<number, TimelineSource>();
  for (const s of sentences) {
    if (byId.has(s.articleId)) continue;
    const outlet = s.outlet ?? s.source;
    byId.set(s.articleId, {
      articleId: s.articleId, published: s.published,
      ...(s.title !== undefined ? { title: s.title } : {}),
      ...(outlet !== undefined ? { outlet } : {}),
      ...(s.url !== undefined ? { url: s.url } : {}),
    });
  }
  return [...byId.values()];
}

/** The cited article of a sentence as a source. */
export function sentenceSource(s: TimelineSentence): TimelineSource {
  return sourcesOfSentences([s])[0]!;
}

/**
 * The parts of a credit: the label that carries the link (the title, else the outlet, else the article number),
 * the outlet when the label is the title, the publication day, the article number when nothing else names it, and
 * the URL when it is safe to link to.
 */
export interface CreditParts { label: string; outlet?: string; published: string; articleNote?: string; url?: string }

export function creditParts(src: TimelineSource): CreditParts {
  const title = src.title?.trim();
  const outlet = src.outlet?.trim() || undefined;
  const parts: CreditParts = { label: title || outlet || `Article #${src.articleId}`, published: src.published.slice(0, 10) };
  if (title && outlet) parts.outlet = outlet;
  if (!title && outlet) parts.articleNote = `article #${src.articleId}`;
  if (linkable(src.url)) parts.url = src.url.trim();
  return parts;
}

/** "Title, Outlet, 2011-01-24, https://…" — the plain-text credit (untitled: "Outlet, 2011-01-24, article #7"). */
export function creditText(src: TimelineSource): string {
  const c = creditParts(src);
  return [c.label, c.outlet, c.published, c.articleNote, c.url].filter((x) => x !== undefined).join(', ');
}

/** The plain-text citation of a sentence. */
export function citationText(s: TimelineSentence): string {
  return creditText(sentenceSource(s));
}

/** "reported by 3 articles / 2 outlets". */
export function reportedByText(r: ReportedBy): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `reported by ${plural(r.articles, 'article')}${r.outlets > 0 ? ` / ${plural(r.outlets, 'outlet')}` : ''}`;
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
