// Markdown: a heading per date with the entry's headline, a bullet per sentence with its credit (the title, or
// else the outlet, links to the article when its URL is known), and the entry's corroboration. Text from
// articles is escaped so it can never turn into markup.
import type { Timeline, TimelineEntry, TimelineSource } from '../types.js';
import { creditParts, entryViews, oneLine, readableDate, reportedByText, sentenceSource, timelineHeading } from './common.js';

/** Escapes the characters that start Markdown (or inline HTML) constructs. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/^(\s*)([-=]|\d+)(?=[.)\s]|$)/, '$1\\$2');
}

/** A link target that cannot break out of the link: spaces, angle brackets and parentheses percent-encoded. */
function linkTarget(url: string): string {
  return url.trim().replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function credit(src: TimelineSource): string {
  const c = creditParts(src);
  const label = c.url ? `[${escapeMarkdown(c.label)}](${linkTarget(c.url)})` : `*${escapeMarkdown(c.label)}*`;
  return [label, c.outlet ? escapeMarkdown(c.outlet) : undefined, c.published, c.articleNote ? escapeMarkdown(c.articleNote) : undefined]
    .filter((x) => x !== undefined).join(', ');
}

/** The lines of an entry list (the timeline's, or any other list of entries). */
export function markdownEntries(entries: readonly TimelineEntry[], heading = '##'): string[] {
  const out: string[] = [];
  for (const e of entryViews(entries)) {
    const headline = e.headline ? `: ${escapeMarkdown(oneLine(e.headline))}` : '';
    out.push(`${heading} ${readableDate(e.date, e.granularity)} (${e.date})${headline}`, '');
    for (const s of e.sentences) out.push(`- ${escapeMarkdown(oneLine(s.text))} (${credit(sentenceSource(s))})`);
    out.push('', `*${reportedByText(e.reportedBy)}*`, '');
  }
  return out;
}

export function renderMarkdown(t: Timeline): string {
  const background = t.background?.length ? ['## Background', '', ...markdownEntries(t.background, '###')] : [];
  return [`# ${escapeMarkdown(timelineHeading(t))}`, '', ...markdownEntries(t.entries), ...background].join('\n');
}
