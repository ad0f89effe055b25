// JSON: the timeline as built (query, what it matched, method, entries with their headline, cited sentences,
// sources and corroboration; entries built without them get them from their sentences), and the Background
// entries when there are any.
import type { Timeline, TimelineEntry } from '../types.js';
import { entryViews } from './common.js';

/** An entry list as JSON values (the timeline's, or any other list of entries). */
export function jsonEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entryViews(entries).map((e, i) => ({ ...entries[i]!, sources: e.sources, reportedBy: e.reportedBy }));
}

export function renderJson(t: Timeline): string {
  const matched = t.matched ? { matched: t.matched } : {};
  const background = t.background?.length ? { background: jsonEntries(t.background) } : {};
  return `${JSON.stringify({ query: t.query, ...matched, method: t.method, entries: jsonEntries(t.entries),
    ...background }, null, 2)}\n`;
}
