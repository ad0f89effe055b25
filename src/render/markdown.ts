// Markdown: a heading per date, a bullet per sentence, each cited; the title links to the article when
// its URL is known. Text from articles is escaped so it can never turn into markup.
import type { Timeline, TimelineSentence } from '../types.js';
import { citationParts, linkable, oneLine, readableDate, timelineHeading } from './common.js';

/** Escapes the characters that start Markdown (or inline HTML) constructs. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/^(\s*)([-=]|\d+)(?=[.)\s]|$)/, '$1\\$2');
}

/** A link target that cannot break out of the link: spaces, angle brackets and parentheses percent-encoded. */
function linkTarget(url: string): string {
  return url.trim().replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function citation(s: TimelineSentence): string {
  const c = citationParts(s);
  const title = linkable(s.url) ? `[${escapeMarkdown(c.title)}](${linkTarget(s.url)})` : `*${escapeMarkdown(c.title)}*`;
  return [title, c.source ? escapeMarkdown(c.source) : undefined, c.published].filter((x) => x !== undefined).join(', ');
}

export function renderMarkdown(t: Timeline): string {
  const out: string[] = [`# ${escapeMarkdown(timelineHeading(t))}`, ''];
  const background = t.background ?? [];
  for (const e of [...t.entries, ...background]) {
    if (e === background[0]) out.push('## Background', '');
    out.push(`${background.includes(e) ? '###' : '##'} ${readableDate(e.date, e.granularity)} (${e.date})`, '');
    for (const s of e.sentences) out.push(`- ${escapeMarkdown(oneLine(s.text))} (${citation(s)})`);
    out.push('');
  }
  return out.join('\n');
}
