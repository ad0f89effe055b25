// A saved timeline shown with what changed since a moment: a short "What's new" digest (new entries first, then
// changed ones, then dates no longer shown), and every entry marked new, changed or unchanged. Text, Markdown
// and JSON carry both; the other formats show the curated timeline as it is.
import { oneLine, readableDate, timelineHeading } from '../../render/common.js';
import { jsonEntries } from '../../render/json.js';
import { escapeMarkdown, markdownEntries } from '../../render/markdown.js';
import { textEntries } from '../../render/text.js';
import type { Timeline } from '../../types.js';
import type { FollowEntry } from './curate.js';
import type { EntryChange, TimelineDiff } from './diff.js';

export interface SinceView {
  name: string;
  /** The moment compared with (ISO time) and how the user named it. */
  since: { at: string; asked: string };
  timeline: Timeline & { entries: FollowEntry[] };
  diff: TimelineDiff;
}

export interface DigestLine {
  date: string;
  status: 'new' | 'changed';
  headline?: string;
  /** "2 new sources", "1 new sentence". */
  detail?: string;
}

export interface Digest {
  new: number;
  changed: number;
  unchanged: number;
  dropped: string[];
  lines: DigestLine[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function detailOf(c: EntryChange): string | undefined {
  const parts: string[] = [];
  if (c.newSources > 0) parts.push(plural(c.newSources, 'new source'));
  if (c.newSentences > 0) parts.push(plural(c.newSentences, 'new sentence'));
  return parts.length ? parts.join(', ') : undefined;
}

/** The digest: new entries first, then changed ones, each in date order. */
export function digestOf(view: SinceView): Digest {
  const { changes, dropped } = view.diff;
  const lines: DigestLine[] = [];
  for (const status of ['new', 'changed'] as const) {
    view.timeline.entries.forEach((e, i) => {
      const c = changes[i]!;
      if (c.status !== status) return;
      const headline = e.headline ?? e.sentences[0]?.text;
      const detail = status === 'changed' ? detailOf(c) : undefined;
      lines.push({ date: e.date, status, ...(headline ? { headline: oneLine(headline) } : {}),
        ...(detail ? { detail } : {}) });
    });
  }
  const count = (s: string): number => changes.filter((c) => c.status === s).length;
  return { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), dropped, lines };
}

function summaryLine(view: SinceView, d: Digest): string {
  return `What's new in '${view.name}' since ${view.since.asked === view.since.at ? view.since.at : `${view.since.asked} (${view.since.at})`}: ` +
    `${d.new} new ${d.new === 1 ? 'entry' : 'entries'}, ${d.changed} changed, ${d.unchanged} unchanged` +
    (d.dropped.length ? `, ${d.dropped.length} no longer shown (${d.dropped.join(', ')})` : '');
}

function renderSinceText(view: SinceView): string {
  const d = digestOf(view);
  const out = [summaryLine(view, d)];
  for (const l of d.lines) out.push(`  ${l.status === 'new' ? 'NEW    ' : 'CHANGED'} ${l.date}  ${l.headline ?? ''}${l.detail ? `  (${l.detail})` : ''}`);
  out.push('', timelineHeading(view.timeline), '');
  view.timeline.entries.forEach((e, i) => {
    const lines = textEntries([e]);
    lines[0] = `[${view.diff.changes[i]!.status}] ${lines[0]}`;
    out.push(...lines);
  });
  // Background entries are not compared (they sit outside the story's period), but a reader still gets them.
  if (view.timeline.background?.length) out.push('Background', '', ...textEntries(view.timeline.background));
  return out.join('\n');
}

function renderSinceMarkdown(view: SinceView): string {
  const d = digestOf(view);
  const out = [`# ${escapeMarkdown(timelineHeading(view.timeline))}`, '', `## What's new`, '', escapeMarkdown(summaryLine(view, d)), ''];
  for (const l of d.lines) {
    out.push(`- **${l.status}** ${readableDate(l.date, l.date.length === 4 ? 'year' : l.date.length === 7 ? 'month' : 'day')}` +
      `${l.headline ? `: ${escapeMarkdown(l.headline)}` : ''}${l.detail ? ` (${l.detail})` : ''}`);
  }
  out.push('');
  view.timeline.entries.forEach((e, i) => {
    const lines = markdownEntries([e]);
    lines[0] = `${lines[0]} *(${view.diff.changes[i]!.status})*`;
    out.push(...lines);
  });
  if (view.timeline.background?.length) out.push('## Background', '', ...markdownEntries(view.timeline.background, '###'));
  return out.join('\n');
}

function renderSinceJson(view: SinceView): string {
  const t = view.timeline;
  const entries = jsonEntries(t.entries).map((e, i) => ({ ...e, status: view.diff.changes[i]!.status }));
  const digest = digestOf(view);
  return `${JSON.stringify({ saved: view.name, since: { ...view.since, basis: view.diff.basis }, digest,
    query: t.query, ...(t.matched ? { matched: t.matched } : {}), method: t.method, entries,
    ...(t.background?.length ? { background: jsonEntries(t.background) } : {}) }, null, 2)}\n`;
}

/** The formats that show what is new; undefined for the others. */
export function renderSince(view: SinceView, format: string): string | undefined {
  if (format === 'text') return renderSinceText(view);
  if (format === 'md') return renderSinceMarkdown(view);
  if (format === 'json') return renderSinceJson(view);
  return undefined;
}
