// Terminal text: each date, then its sentences, each followed by its citation (title, source, date).
import type { Timeline } from '../types.js';
import { citationText, oneLine, readableDate, timelineHeading } from './common.js';

export function renderText(t: Timeline): string {
  const lines: string[] = [timelineHeading(t), ''];
  for (const e of t.entries) {
    lines.push(`${e.date}  (${readableDate(e.date, e.granularity)})`);
    for (const s of e.sentences) {
      lines.push(`  • ${oneLine(s.text)}`);
      lines.push(`    — ${citationText(s)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
