// tagTimexes: every time expression in a news text, as TIMEX3 values relative to the publication date.
// Chrono (with our parsers and refiners, see configuration.ts) runs on one sentence at a time, and only
// the parsers whose cue words occur in the sentence (createGatedTimeParser); the sentence is also the scope of the
// tense cues. A document-level pass then fills in the days anchored to the previous date.
import type { ParsedResult } from 'chrono-node';
import type { Timex } from '../../types.js';
import { addDays, fmtDay, parseYmd } from './calendar.js';
import { createGatedTimeParser, createTimeChrono, type TimeParser } from './configuration.js';
import { getDraft } from './draft.js';

/** Longest piece of text handed to chrono at once; longer runs without punctuation are cut at spaces. */
const MAX_CHUNK = 600;
/** What may follow "a.m." in the same expression: a weekday, a month or a time zone. */
const CLOCK_RUN_ON = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[ECMP][SD]T\b|GMT\b|UTC\b)/;
const SENTENCE_END = /[.!?]["'”’)\]]*\s+|\n\s*/g;

let gated: TimeParser | undefined;
let full: TimeParser | undefined;

/** Split text into [start, end) chunks: sentence-like pieces no longer than MAX_CHUNK. */
export function chunkText(text: string, bounds?: [number, number][]): [number, number][] {
  const pieces: [number, number][] = [];
  if (bounds && bounds.length) pieces.push(...bounds);
  else {
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      const end = m.index + m[0].length;
      // "Dec. 5", "U.S. officials", "10 a.m. Tuesday": a period before a lowercase word or digit is no end.
      const next = text.charAt(end);
      if (m[0].startsWith('.') && !m[0].includes('\n') && (/[a-z0-9]/.test(next) || /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(text.slice(Math.max(0, m.index - 5), m.index + 1)))) continue;
      // "9 a.m. Tuesday", "5 p.m. EST": a clock time runs on into its day or time zone.
      if (/\b[ap]\.m$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && CLOCK_RUN_ON.test(text.slice(end, end + 12))) continue;
      pieces.push([start, end]);
      start = end;
    }
    if (start < text.length) pieces.push([start, text.length]);
  }
  const out: [number, number][] = [];
  for (const [s, e] of pieces) {
    let from = s;
    while (e - from > MAX_CHUNK) {
      let cut = text.lastIndexOf(' ', from + MAX_CHUNK);
      if (cut <= from + MAX_CHUNK / 2) cut = from + MAX_CHUNK;
      out.push([from, cut]);
      from = cut;
    }
    if (e > from) out.push([from, e]);
  }
  return out;
}

function toTimex(r: ParsedResult, offset: number): (Timex & { relative?: { offset: number } }) | undefined {
  const d = getDraft(r);
  if (!d) return undefined;
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    text: r.text,
    type: d.type,
    value: d.value ?? '',
    granularity: d.granularity,
    anchoredTo: d.anchoredTo,
    relative: d.relative ? { offset: d.relative.offset } : undefined,
  };
}

export interface TagOptions {
  /** Sentence offsets (from splitSentences); without them the text is cut at sentence-ending punctuation. */
  sentenceBounds?: [number, number][];
  /**
   * false: run every chrono parser on every chunk. Slower, same output: the gated parser skips only parsers
   * whose cue is absent (see configuration.ts); tests compare the two.
   */
  gate?: boolean;
}

export function tagTimexes(text: string, dct: string, opts?: TagOptions): Timex[] {
  const ref = parseYmd(dct);
  const chrono = opts?.gate === false ? (full ??= createTimeChrono()) : (gated ??= createGatedTimeParser());
  const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
  const found: (Timex & { relative?: { offset: number } })[] = [];
  for (const [s, e] of chunkText(text, opts?.sentenceBounds)) {
    const chunk = text.slice(s, e);
    for (const r of chrono.parse(chunk, refDate)) {
      const t = toTimex(r, s);
      if (t && t.end > t.start) found.push(t);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Timex[] = [];
  let lastEnd = -1;
  let previousDay = ref;
  for (const t of found) {
    if (t.start < lastEnd) continue;
    if (t.relative) {
      t.value = fmtDay(addDays(previousDay, t.relative.offset));
    }
    delete t.relative;
    if (/^\d{4}-\d{2}-\d{2}$/.test(t.value.slice(0, 10)) && t.type !== 'DURATION' && t.type !== 'SET') previousDay = parseYmd(t.value.slice(0, 10));
    out.push(t);
    lastEnd = t.end;
  }
  return out;
}
