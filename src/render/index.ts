// Rendering a timeline: one file per output format.
import type { Timeline } from '../types.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import { renderTilse } from './tilse.js';
import { renderTimelineJs } from './timelinejs.js';

export type RenderFormat = 'text' | 'md' | 'json' | 'html' | 'timelinejs' | 'tilse' | 'csv';

export const RENDER_FORMATS: readonly RenderFormat[] = ['text', 'md', 'json', 'html', 'timelinejs', 'tilse', 'csv'];

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
