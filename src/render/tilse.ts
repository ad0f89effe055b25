// The tilse / Timeline17 text format, as read by tilse and by src/evaluate/tilseFormat.ts: a date line
// (YYYY-MM-DD), one sentence per line, a line of 32 dashes. tilse only knows days, so a month or year entry
// is written on the first day of its period; entries that land on the same day are merged (tilse would keep
// only the last). A sentence that would be read back as a date line or a separator is left out.
import type { Timeline } from '../types.js';
import { parseTilseDate, TILSE_SEPARATOR } from '../formats/tilse.js';
import { oneLine } from './common.js';

function dayOf(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}

export function renderTilse(t: Timeline): string {
  const days = new Map<string, string[]>();
  for (const e of t.entries) {
    const day = dayOf(e.date);
    const lines = days.get(day) ?? [];
    for (const s of e.sentences) {
      const line = oneLine(s.text);
      if (line === '' || line === TILSE_SEPARATOR || parseTilseDate(line) !== undefined) continue;
      lines.push(line);
    }
    days.set(day, lines);
  }
  let out = '';
  for (const day of [...days.keys()].sort()) out += `${day}\n${days.get(day)!.map((l) => `${l}\n`).join('')}${TILSE_SEPARATOR}\n`;
  return out;
}
