// Live blogs: a page of timestamped updates ("(Update 5:16 a.m. Thursday in Cairo, 10:16 p.m. ET Wednesday)",
// "1432 GMT: ...", "Update 3.15pm - ...") that keeps running for a day or more after the date it was first
// published under. Each update dates the sentences below it up to the next one, and a weekday inside the
// update ("clashes Wednesday") is the one before the update's day, not before the publication day.
import type { Sentence } from '../../types.js';
import { addDays, weekdayOf, type Ymd } from '../../text/calendar.js';
import { lineStartMatches } from '../../text/lineStarts.js';

/** A clock time: "5:16 a.m.", "3.15pm", "6:09", "1432". */
const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?`;
/** "(Update 5:16 a.m. Thursday in Cairo, ...)" or "-LRB- Update ... -RRB-", anywhere in the text. */
const BRACKETED = new RegExp(String.raw`(?:-LRB-|\()\s*Updated?\s*:?\s*${CLOCK}([^()]{0,80}?)(?:-RRB-|\))`, 'gi');
/** "Update 3 a.m. in Cairo ...", "Update 3.15pm:" at the start of a line. */
const LINE_UPDATE = new RegExp(String.raw`^[ \t]*Updated?\s*:?\s*${CLOCK}([^\n]{0,60}?)(?:-RRB-|\)|[:\-–—]\s)`, 'gim');
/** "1432 GMT: ...", "14:32 BST - ..." at the start of a line. */
const LINE_CLOCK = /^[ \t]*(\d{2})[:.]?(\d{2})\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|local time)\b\.?\s*[:\-–—]\s()()/gim;
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A live blog has at least this many update stamps; one stamp is a correction note. */
const MIN_STAMPS = 2;
/** A blog runs from the day before its publication date (time zones) to the days after it: a named weekday is the
 * first one from that day on. */
const BLOG_DAYS_BEFORE = 1;
const MINUTES_PER_DAY = 24 * 60;

export interface UpdateStamp {
  start: number;
  end: number;
  /** Minutes after midnight of the stamp's first clock time. */
  minutes: number;
  /** Weekday named in the stamp (0 = Sunday). */
  weekday?: number;
}

export interface BlogSection {
  /** The day of the update heading the sentence's section. */
  day: Ymd;
  /** The update named its weekday (otherwise the day was carried from a neighbouring update by its clock). */
  named: boolean;
}

/** The update stamps of a text, in text order (empty when it is not a live blog). */
export function findUpdateStamps(text: string): UpdateStamp[] {
  const found: UpdateStamp[] = [];
  // both update patterns need the word "update" (ASCII letters, either case)
  const update = text.toLowerCase().includes('update');
  for (const re of [BRACKETED, LINE_UPDATE, LINE_CLOCK]) {
    if (re !== LINE_CLOCK && !update) continue;
    re.lastIndex = 0;
    for (const m of lineStartMatches(text, re) ?? text.matchAll(re)) {
      const hour = Number(m[1]);
      const minute = Number(m[2] ?? 0);
      if (hour > 23 || minute > 59) continue;
      const half = m[3]?.toLowerCase();
      const h = half === 'p' ? (hour % 12) + 12 : half === 'a' ? hour % 12 : hour;
      const named = WEEKDAY.exec(m[4] ?? '');
      const start = m.index ?? 0;
      if (found.some((f) => f.start <= start && start < f.end)) continue;
      found.push({ start, end: start + m[0].length, minutes: h * 60 + minute, ...(named ? { weekday: WEEKDAYS.indexOf(named[1]!.toLowerCase()) } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.length >= MIN_STAMPS ? found : [];
}

/** The day a named weekday falls on within the blog's span around its publication day. */
function dayOfWeekday(weekday: number, published: Ymd): Ymd {
  const first = addDays(published, -BLOG_DAYS_BEFORE);
  return addDays(first, (weekday - weekdayOf(first) + 7) % 7);
}

/**
 * The day of each stamp. Named weekdays are placed in the blog's span; the others are carried from the nearest
 * named one, a day earlier or later each time the clock wraps round midnight in the blog's running order
 * (newest first or oldest first, whichever most neighbouring stamps follow).
 */
/** Do the stamps run newest first (most neighbouring clock times fall down the page)? */
function newestFirst(stamps: readonly UpdateStamp[]): boolean {
  let falling = 0;
  for (let i = 1; i < stamps.length; i++) falling += Math.sign(stamps[i - 1]!.minutes - stamps[i]!.minutes);
  return falling >= 0;
}

export function stampDays(stamps: readonly UpdateStamp[], published: Ymd): { day: Ymd; named: boolean }[] {
  const newest = newestFirst(stamps);
  const days: ({ day: Ymd; named: boolean } | undefined)[] = stamps.map((s) => (s.weekday !== undefined ? { day: dayOfWeekday(s.weekday, published), named: true } : undefined));
  // Moving forward in time (down an oldest-first blog, up a newest-first one) the clock wraps from late evening
  // to early morning: the next day. A smaller jump back is an update out of order, not a new day.
  const step = (from: UpdateStamp, to: UpdateStamp, down: boolean): number => {
    const forward = down !== newest;
    const jump = to.minutes - from.minutes;
    if (forward) return jump < -MINUTES_PER_DAY / 2 ? 1 : 0;
    return jump > MINUTES_PER_DAY / 2 ? -1 : 0;
  };
  for (let i = 1; i < stamps.length; i++) {
    const prev = days[i - 1];
    if (!days[i] && prev) days[i] = { day: addDays(prev.day, step(stamps[i - 1]!, stamps[i]!, true)), named: false };
  }
  for (let i = stamps.length - 2; i >= 0; i--) {
    const next = days[i + 1];
    if (!days[i] && next) days[i] = { day: addDays(next.day, step(stamps[i + 1]!, stamps[i]!, false)), named: false };
  }
  // No stamp names a day: the blog is dated by its publication day.
  return days.map((d) => d ?? { day: published, named: false });
}

/** For each sentence, the section of the live blog it sits in (undefined before the first update or off a blog). */
export function blogSections(text: string, sentences: readonly Sentence[], published: Ymd): { sections: (BlogSection | undefined)[]; stamps: UpdateStamp[] } {
  const stamps = findUpdateStamps(text);
  const sections: (BlogSection | undefined)[] = sentences.map(() => undefined);
  if (stamps.length === 0) return { sections, stamps };
  const days = stampDays(stamps, published);
  let k = -1;
  for (const s of sentences) {
    while (k + 1 < stamps.length && stamps[k + 1]!.start < s.end) k++;
    if (k >= 0) sections[s.index] = days[k];
    // Above the first update of a newest-first blog is its latest news, written on that update's day or after.
    else if (newestFirst(stamps) && s.index > 0) sections[s.index] = { day: days[0]!.day, named: false };
  }
  return { sections, stamps };
}
