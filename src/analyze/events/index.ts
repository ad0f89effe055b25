// dateSentences: the date of the event each sentence reports, with how it was found and how sure that is.
//
// A sentence with a time expression of its own takes it (the event's, not the statement's, when it names
// both: "the Health Ministry said Thursday that three people died in Wednesday's clashes"). A sentence without
// one takes, in order: the update stamp heading its section of a live blog; for a past-tense sentence, the
// running reference time of the text (the last date it gave: "Champagne said." after "... said in a statement
// on Friday"), which in a history is the period it is telling; for a sentence about the present, the last
// day near publication the text reported from; the publication day when nothing better exists.
import type { Doc, SentenceDate, Timex } from '../../types.js';
import { addDays, dayDiff, fmtDay, parseYmd, weekdayOf, type Ymd } from '../../text/calendar.js';
import { datelineLength } from '../../text/dateline.js';
import { clauseTime, isReport } from './clause.js';
import { blogSections, type BlogSection, type UpdateStamp } from './liveBlog.js';

type Dated = Pick<SentenceDate, 'value' | 'granularity'>;

const CONFIDENCE = {
  own: { day: 0.9, month: 0.75, year: 0.6 },
  blogWeekday: 0.85,
  update: { named: 0.8, carried: 0.65 },
  reference: { paragraph: 0.6, text: 0.5 },
  present: 0.45,
  publication: 0.3,
} as const;
/** Days before publication within which a reported day counts as the report's "now". */
const NOW_WINDOW_DAYS = 7;
/** A time expression right after a reporting verb dates the statement, not the event: "said Thursday", "told CNN on Friday". */
const STATEMENT_CUE = /\b(?:said|says|told(?:\s+[A-Z][\w.'’-]*){0,3}|added|announced|stated|declared|reported|confirmed|in a statement|in remarks)\s*,?\s*(?:on\s+|late\s+|early\s+)?$/;
const SPAN_START = /\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$/i;
const WEEKDAY_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, yesterday: -1, tomorrow: 1 };

/** The calendar date a TIMEX3 value names at day, month or year precision (weeks, quarters, durations: none). */
export function calendarDate(t: Timex): Dated | undefined {
  if (t.type !== 'DATE' && t.type !== 'TIME') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\dA-Z:]+)?$/.exec(t.value);
  if (!m) return undefined;
  if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, granularity: 'day' };
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { value: `${m[1]}-${m[2]}`, granularity: 'month' } : undefined;
  return { value: m[1]!, granularity: 'year' };
}

/**
 * A weekday or "today" the tagger read from the publication day, read again from the day of the live-blog
 * update it sits under: the same direction (back or ahead), from the update's day.
 */
function fromSection(t: Timex, date: Dated, section: BlogSection, published: Ymd): Dated | undefined {
  if (date.granularity !== 'day' || /\d/.test(t.text)) return undefined;
  // "the day", "that day": anaphoric, and in a blog the update is the day spoken of.
  if (t.anchoredTo === 'previous') return { value: fmtDay(section.day), granularity: 'day' };
  if (t.anchoredTo !== 'publication') return undefined;
  const words = t.text.toLowerCase().replace(/\s+/g, ' ');
  for (const [word, offset] of Object.entries(DAY_WORDS)) if (words.includes(word)) return { value: fmtDay(addDays(section.day, offset)), granularity: 'day' };
  // "midnight", "this evening" dated on the publication day: on the update's day.
  if (t.type === 'TIME' && !WEEKDAY_WORD.test(t.text)) return { value: fmtDay(section.day), granularity: 'day' };
  if (!WEEKDAY_WORD.test(t.text)) return undefined;
  const day = parseYmd(date.value);
  const target = weekdayOf(day);
  const ahead = dayDiff(published, day) > 0;
  const shift = ahead ? (target - weekdayOf(section.day) + 7) % 7 : -((weekdayOf(section.day) - target + 7) % 7);
  const moved = addDays(section.day, shift);
  // A day carried by clock wraps alone may be off by one (several blogs on one page, a wrap missed), and an
  // update up to the publication day speaks of "Wednesday" as the latest one: such a section does not pull the
  // weekday back a week. A stamp that names its day, or one after publication, does.
  if (!section.named && dayDiff(section.day, published) >= 0 && dayDiff(moved, day) > 0) return undefined;
  return { value: fmtDay(moved), granularity: 'day' };
}

interface Own extends Dated {
  confidence: number;
  statement: boolean;
}

/** The sentence's own dates, the event's first: a date right after a reporting verb is the statement's. */
function ownDate(doc: Pick<Doc, 'text' | 'sentences'>, index: number, timexes: readonly Timex[], stamps: readonly UpdateStamp[], section: BlogSection | undefined, published: Ymd): Own | undefined {
  const s = doc.sentences[index]!;
  // Most sentences have no time expression: their dateline is not looked for.
  if (timexes.length === 0) return undefined;
  const storyStart = s.start + datelineLength(s.text);
  const found: Own[] = [];
  for (const t of timexes) {
    if (t.start < storyStart || t.start >= s.end || stamps.some((st) => st.start <= t.start && t.start < st.end)) continue;
    let date = calendarDate(t);
    if (!date) continue;
    let confidence: number = CONFIDENCE.own[date.granularity];
    const moved = section ? fromSection(t, date, section, published) : undefined;
    if (moved) {
      date = moved;
      confidence = CONFIDENCE.blogWeekday;
    }
    const before = doc.text.slice(s.start, t.start);
    // "has lost £44bn since 20 April": the start of a span that reaches the present, not the event's date.
    if (SPAN_START.test(before)) continue;
    const statement = STATEMENT_CUE.test(before);
    found.push({ ...date, confidence, statement });
  }
  if (found.length === 0) return undefined;
  const rank = (d: Own): number => (d.statement ? 3 : 0) + (d.granularity === 'day' ? 0 : d.granularity === 'month' ? 1 : 2);
  return found.reduce((best, d) => (rank(d) < rank(best) ? d : best));
}

/** Does a date begin after the publication day? */
function after(d: Dated, published: Ymd): boolean {
  const [y, m, day] = d.value.split('-').map(Number);
  return dayDiff(published, { y: y!, m: m ?? 1, d: day ?? 1 }) > 0;
}

/** One SentenceDate per sentence of the document. */
export function dateSentences(doc: Pick<Doc, 'text' | 'published' | 'sentences' | 'timexes'>): SentenceDate[] {
  const published = parseYmd(doc.published.slice(0, 10));
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  const { sections, stamps } = blogSections(doc.text, doc.sentences, published);
  const out: SentenceDate[] = [];
  let running: (Dated & { paragraph: number }) | undefined;
  let now: Dated | undefined;
  let paragraph = 0;
  let t0 = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (i > 0 && /\n[ \t]*\n/.test(doc.text.slice(doc.sentences[i - 1]!.end, s.start))) paragraph++;
    while (t0 < timexes.length && timexes[t0]!.start < s.start) t0++;
    let t1 = t0;
    while (t1 < timexes.length && timexes[t1]!.start < s.end) t1++;
    const section = sections[i];
    const own = ownDate(doc, i, timexes.slice(t0, t1), stamps, section, published);
    const put = (d: Dated, confidence: number, basis: SentenceDate['basis']): void => {
      out.push({ sentence: s.index, value: d.value, granularity: d.granularity, confidence, basis });
    };
    if (own) {
      put(own, own.confidence, 'own');
      // A date after publication is a plan ("the trial is set to begin on 28 March"): what the text goes on to
      // tell in the past tense did not happen then.
      if (!after(own, published)) running = { value: own.value, granularity: own.granularity, paragraph };
      if (own.granularity === 'day') {
        const gap = dayDiff(parseYmd(own.value), published);
        if (gap >= 0 && gap <= NOW_WINDOW_DAYS) now = own;
      }
      continue;
    }
    if (section) {
      put({ value: fmtDay(section.day), granularity: 'day' }, section.named ? CONFIDENCE.update.named : CONFIDENCE.update.carried, 'update');
      continue;
    }
    // Reported speech is news: it shares the day of the statements the text reports from ("Champagne said."
    // after "... said in a statement on Friday"), not the background date the text last gave ("born in 1958").
    // (each reading of the sentence is made only when its answer is needed)
    if (now && isReport(s.text)) {
      put(now, CONFIDENCE.reference.text, 'statement');
    } else if (running && clauseTime(s.text) === 'past') {
      put(running, running.paragraph === paragraph ? CONFIDENCE.reference.paragraph : CONFIDENCE.reference.text, 'reference');
    } else if (now) {
      put(now, CONFIDENCE.present, 'reference');
    } else {
      put({ value: fmtDay(published), granularity: 'day' }, CONFIDENCE.publication, 'publication');
    }
  }
  return out;
}
