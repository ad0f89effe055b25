// The running reference time of a narrative. A date without a year ("in the middle of December", "on 19
// December", "that winter") is first resolved from publication; where the text is telling another time, it
// belongs to the time the text last named instead, as in HeidelTime's narrative mode:
// a text is a narrative when most of the years it writes are far from publication and it hardly speaks from
// its publication day (a history, a profile, a memoir); there every yearless date follows the reference.
// A news report keeps its yearless dates on publication, even next to a dated background: following the
// reference in the sentence after one ("... in September 2003. His report, compiled in December, ...";
// "... since October 2006. ... into September") was tried on TempEval-3 dev, MEANTIME and T17, and lost
// more dates than it won: in news, background is mostly a clause inside a sentence about now.
import type { Timex } from '../../types.js';
import { dayDiff, fmtYear, isValidDay, type Ymd } from '../../text/calendar.js';

export type Reading = 'past' | 'future' | 'nearest';

export interface Placed extends Timex {
  yearless?: Reading;
}

/** A year written out in an expression ("June 2009", "in 1945", "Dec. 7, 1941"). */
export const WRITTEN_YEAR = /(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)/;
/**
 * A reference is "far" from publication when its year is this many years away or more. Nearer years are left
 * alone: news often names last year's events and this year's in one article.
 */
const FAR_YEARS = 2;
/** A text is a narrative when at least this many of its written years, and this share of them, are far ... */
const NARRATIVE_MIN_YEARS = 2;
const NARRATIVE_SHARE = 0.75;
/** ... and it writes this many far years or more for each expression spoken from its publication day. */
const NARRATIVE_YEARS_PER_DEICTIC = 5;
/** A year-only expression this many years from a dated reference does not replace it. */
const ASIDE_YEARS = 5;

interface Reference {
  y: number;
  m?: number;
  d?: number;
}

/** Spoken from the publication day: "Friday", "yesterday", "this week" (not a date of the narrative). */
function isDeictic(t: Placed): boolean {
  return t.anchoredTo === 'publication' && !t.yearless && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value) && !WRITTEN_YEAR.test(t.text);
}

/**
 * A narrative (a history, a profile, a background piece) is about another time than its publication: most of the
 * years it writes out are far from the publication year, and it hardly ever speaks from its publication day. A
 * news report names old years too, but says "on Friday" and "this week".
 */
export function isNarrative(found: readonly Placed[], year: number): boolean {
  let far = 0;
  let near = 0;
  let deictic = 0;
  for (const t of found) {
    if (isDeictic(t)) deictic++;
    const written = WRITTEN_YEAR.exec(t.text);
    if (!written || !t.value.startsWith(written[1]!)) continue;
    if (Math.abs(Number(written[1]) - year) >= FAR_YEARS) far++;
    else near++;
  }
  return deictic * NARRATIVE_YEARS_PER_DEICTIC <= far && far >= NARRATIVE_MIN_YEARS && far >= NARRATIVE_SHARE * (far + near);
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dW])/;

/** The occurrence of a month (and day) nearest the reference: the story moves on or looks back by months, not years. */
function nearestYear(ref: Reference, month: number, day: number | undefined): number {
  const at: Ymd = { y: ref.y, m: ref.m ?? 7, d: ref.d ?? (ref.m ? 15 : 1) };
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (day !== undefined && !isValidDay(y, month, day)) continue;
    const dist = Math.abs(dayDiff(at, { y, m: month, d: day ?? 15 }));
    // A tie goes forward: a narrative mostly tells what came next.
    if (dist < bestDist || (dist === bestDist && y > best)) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

export class NarrativeTime {
  private ref: Reference | undefined;

  constructor(
    private readonly narrative: boolean,
    private readonly dctYear: number,
  ) {}

  /** Move a yearless date to the reference time when the text is telling another time; then note its date. */
  place(t: Placed): void {
    const moved = this.move(t);
    if (moved !== undefined) t.value = moved;
    this.note(t, moved !== undefined);
  }

  private move(t: Placed): string | undefined {
    const ref = this.ref;
    if (!this.narrative || !t.yearless || !ref || Math.abs(ref.y - this.dctYear) < FAR_YEARS) return undefined;
    const m = CALENDAR.exec(t.value);
    if (!m) return undefined;
    // A season ("1944-WI") or a month with a year-only reference: the year the text is in.
    const y = m[2] && ref.m ? nearestYear(ref, Number(m[2]), m[3] ? Number(m[3]) : undefined) : ref.y;
    return fmtYear(y) + t.value.slice(4);
  }

  private note(t: Placed, moved: boolean): void {
    // A history's stray "today" or unresolved month does not move the time it is telling.
    if (!this.narrative || (t.type !== 'DATE' && t.type !== 'TIME') || (!moved && (isDeictic(t) || t.yearless))) return;
    const m = CALENDAR.exec(t.value);
    if (!m) return;
    // A bare year far from the dated moment being told is an aside ("a fiasco not seen since the Bay of Pigs in
    // 1961"), not the story moving on: the next "June 24" is still of the story's year.
    if (!m[2] && this.ref?.m !== undefined && Math.abs(Number(m[1]) - this.ref.y) >= ASIDE_YEARS) return;
    this.ref = { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
  }
}
