// JSON: the timeline as built (query, method, entries with their cited sentences, background when there is one).
import type { Timeline } from '../types.js';

export function renderJson(t: Timeline): string {
  const background = t.background?.length ? { background: t.background } : {};
  return `${JSON.stringify({ query: t.query, method: t.method, entries: t.entries, ...background }, null, 2)}\n`;
}
