// Rendering a timeline: one file per output format.
import type { Timeline } from '../types.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import { renderTilse } from './tilse.js';
import { renderTimelineJs } from './timelinejs.js';

/** Every output format: the one list the CLI's --format and the API's `format` offer. */
export const RENDER_FORMATS = ['text', 'md', 'json', 'html', 'timelinejs', 'tilse', 'csv'] as const;

export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** How each format is served and saved: its media type and file-name ending. */
export const RENDER_MEDIA: Record<RenderFormat, { type: string; extension: string }> = {
  text: { type: 'text/plain; charset=utf-8', extension: 'txt' },
  md: { type: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  html: { type: 'text/html; charset=utf-8', extension: 'html' },
  timelinejs: { type: 'application/json; charset=utf-8', extension: 'timelinejs.json' },
  tilse: { type: 'text/plain; charset=utf-8', extension: 'tilse.txt' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
};

const RENDERERS: Record<RenderFormat, (t: Timeline) => string> = {
  text: renderText,
  md: renderMarkdown,
  json: renderJson,
  html: renderHtml,
  timelinejs: renderTimelineJs,
  tilse: renderTilse,
  csv: renderCsv,
};

export function isRenderFormat(format: string): format is RenderFormat {
  return (RENDER_FORMATS as readonly string[]).includes(format);
}

/** The timeline in the given format; throws on a format name that is not one of RENDER_FORMATS. */
export function renderTimeline(t: Timeline, format: RenderFormat | string): string {
  if (!isRenderFormat(format)) throw new Error(`unknown output format '${format}' (use ${RENDER_FORMATS.join(', ')})`);
  return RENDERERS[format](t);
}
