// Terminal text: each date with its headline, then its sentences, each followed by its credit (title, outlet,
// date, link), and how many articles and outlets report the same thing.
import type { Timeline, TimelineEntry } from '../types.js';
import { citationText, entryViews, oneLine, readableDate, reportedByText, timelineHeading } from './common.js';

/** The lines of an entry list (the timeline's, or any other list of entries). */
export function textEntries(entries: readonly TimelineEntry[]): string[] {
  const lines: string[] = [];
  for (const e of entryViews(entries)) {
    lines.push(`${e.date}  (${readableDate(e.date, e.granularity)})${e.headline ? `  ${oneLine(e.headline)}` : ''}`);
    for (const s of e.sentences) {
      lines.push(`  • ${oneLine(s.text)}`);
      lines.push(`    — ${oneLine(citationText(s))}`);
    }
    lines.push(`  (${reportedByText(e.reportedBy)})`, '');
  }
  return lines;
}

export function renderText(t: Timeline): string {
  const background = t.background?.length ? ['Background', '', ...textEntries(t.background)] : [];
  return [timelineHeading(t), '', ...textEntries(t.entries), ...background].join('\n');
}
