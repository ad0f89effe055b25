// Terminal text: each date, then its sentences, each followed by its citation (title, source, date).
import type { Timeline } from '../types.js';
import { citationText, oneLine, readableDate, timelineHeading } from './common.js';

export function renderText(t: Timeline): string {
  const lines: string[] = [timelineHeading(t), ''];
  const background = t.background ?? [];
  for (const e of [...t.entries, ...background]) {
    if (e === background[0]) lines.push('Background', '');
    lines.push(`${e.date}  (${readableDate(e.date, e.granularity)})`);
    for (const s of e.sentences) {
      lines.push(`  • ${oneLine(s.text)}`);
      lines.push(`    — ${citationText(s)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
