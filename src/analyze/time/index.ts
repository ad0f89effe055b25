// tagTimexes: every time expression in a news text, as TIMEX3 values relative to the publication date.
// Chrono (with our parsers and refiners, see configuration.ts) runs on one sentence at a time, and only
// the parsers whose cue words occur in the sentence (createGatedTimeParser); the sentence is also the scope of the
// tense cues. A document-level pass then fills in the days anchored to the previous date.
import type { ParsedResult } from 'chrono-node';
import type { Timex } from '../../types.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseYmd } from '../../text/calendar.js';
import { createGatedTimeParser, createTimeChrono, type TimeParser } from './configuration.js';
import { getDraft } from './draft.js';
import { isNarrative, NarrativeTime, type Placed } from './narrative.js';

/** Longest piece of text handed to chrono at once; longer runs without punctuation are cut at spaces. */
const MAX_CHUNK = 600;
/** What may follow "a.m." in the same sentence: a weekday, a month, a time zone or a bracket ("(0735 GMT)"). */
const CLOCK_RUN_ON = /^(?:\(|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[ECMP][SD]T\b|GMT\b|UTC\b)/;
const SENTENCE_END = /[.!?]["'”’)\]]*\s+|\n\s*/g;

let gated: TimeParser | undefined;
let full: TimeParser | undefined;

/** Split text into [start, end) chunks: sentence-like pieces no longer than MAX_CHUNK. */
export function chunkText(text: string, bounds?: [number, number][]): [number, number][] {
  const pieces: [number, number][] = [];
  if (bounds?.length) pieces.push(...bounds);
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

type Found = Placed & { relative?: { unit: 'day' | 'month' | 'year'; offset: number } };

function toTimex(r: ParsedResult, offset: number): Found | undefined {
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
    relative: d.relative ? { unit: d.relative.unit, offset: d.relative.offset } : undefined,
    yearless: d.yearless,
  };
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})$/;

/**
 * A clock time with no day of its own ("at about 10:35 a.m. (0735 GMT) Friday") was dated on the
 * publication day; when its sentence names exactly one day, TimeML dates the clock time on that day.
 */
function dateBareClockTimes(timexes: Timex[], dct: string): void {
  const isBare = (t: Timex): boolean => t.type === 'TIME' && t.anchoredTo === 'publication' && CLOCK_VALUE.exec(t.value)?.[1] === dct;
  const days = new Set<string>();
  for (const t of timexes) {
    if (t.type === 'DATE' && DAY_VALUE.test(t.value)) days.add(t.value);
    else if (t.type === 'TIME' && !isBare(t) && DAY_VALUE.test(t.value.slice(0, 10))) days.add(t.value.slice(0, 10));
  }
  if (days.size !== 1) return;
  const [day] = days;
  for (const t of timexes) if (isBare(t)) t.value = day + t.value.slice(10);
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
  const found: Found[] = [];
  for (const [s, e] of chunkText(text, opts?.sentenceBounds)) {
    const chunk = text.slice(s, e);
    const inChunk: Found[] = [];
    for (const r of chrono.parse(chunk, refDate)) {
      const t = toTimex(r, s);
      if (t && t.end > t.start) inChunk.push(t);
    }
    dateBareClockTimes(inChunk, dct);
    found.push(...inChunk);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Timex[] = [];
  let lastEnd = -1;
  let previousDay = ref;
  let previousMonth = { y: ref.y, m: ref.m };
  let previousYear = ref.y;
  const narrative = new NarrativeTime(isNarrative(found, ref.y), ref.y);
  for (const t of found) {
    if (t.start < lastEnd) continue;
    if (t.relative) {
      const { unit, offset } = t.relative;
      if (unit === 'year') t.value = fmtYear(previousYear + offset);
      else if (unit === 'month') {
        const next = addMonths(previousMonth.y, previousMonth.m, offset);
        t.value = fmtMonth(next.y, next.m);
      } else t.value = fmtDay(addDays(previousDay, offset));
    }
    delete t.relative;
    narrative.place(t);
    delete t.yearless;
    if (t.type !== 'DURATION' && t.type !== 'SET') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(t.value.slice(0, 10))) previousDay = parseYmd(t.value.slice(0, 10));
      if (/^\d{4}-\d{2}(?![\dX])/.test(t.value)) previousMonth = { y: Number(t.value.slice(0, 4)), m: Number(t.value.slice(5, 7)) };
      if (/^\d{4}(?![\dX])/.test(t.value)) previousYear = Number(t.value.slice(0, 4));
    }
    out.push(t);
    lastEnd = t.end;
  }
  return out;
}
