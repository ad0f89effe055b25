// JSON: the timeline as built (query, method, entries with their cited sentences).
import type { Timeline } from '../types.js';

export function renderJson(t: Timeline): string {
  return `${JSON.stringify({ query: t.query, method: t.method, entries: t.entries }, null, 2)}\n`;
}
