// Rendering a timeline: one function per output format.
import type { Timeline } from '../types.js';

export type RenderFormat = 'text' | 'md' | 'json' | 'html' | 'timelinejs' | 'tilse' | 'csv';

export function renderTimeline(t: Timeline, format: RenderFormat | string): string {
  switch (format) {
    case 'json':
      return JSON.stringify(t, null, 2);
    case 'tilse':
      return t.entries.map((e) => `${e.date}\n${e.sentences.map((s) => s.text).join('\n')}\n${'-'.repeat(32)}\n`).join('');
    default:
      return t.entries.map((e) => `${e.date}\n${e.sentences.map((s) => `  ${s.text} [${s.articleId}]`).join('\n')}\n`).join('\n');
  }
}
