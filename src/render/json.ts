// JSON: the timeline as built (query, what it matched, method, entries with their cited sentences).
import type { Timeline } from '../types.js';

export function renderJson(t: Timeline): string {
  const matched = t.matched ? { matched: t.matched } : {};
  return `${JSON.stringify({ query: t.query, ...matched, method: t.method, entries: t.entries }, null, 2)}\n`;
}
