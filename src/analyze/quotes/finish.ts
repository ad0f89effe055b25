// The last touches on an article's quotes: when each was said, and one quote for words said once.
//   When: a date expression right next to the cue, with at most a few words between ("said on Friday",
//     "told reporters on Tuesday", "said in a statement Friday", "on Friday said"), gives the day it was said.
//     Only a day-precise date counts; "said last year" says too little to date the words.
//   Carried: a speaker's later words in the article ('"…," Champagne said.') continue the statement whose day
//     the text gave ("Champagne said in a statement on Friday"), as long as the sentence's event date (events/)
//     still places the text on that day; another speaker, or a sentence dated otherwise, is not dated so.
//   Once: the headline and the lead often give the same quote; a quote whose speaker and wording repeat an
//     earlier one of the article (near-identical content) is that quote again and is dropped.
//   Embedded: a cue inside what someone else is reported to have said ("X said the two discussed Y", "X said
//     C and called for Y") is part of that report, not a statement of its own: the quote whose words and
//     speaker is the subject that another quote's words open with is dropped, and so is one by the same speaker
//     mention whose words lie inside the other's.
import type { Quote, Sentence, SentenceDate, Timex } from '../../types.js';

/** How many words may stand between a cue and its date ("told a news conference in Beijing on Wednesday"). */
const MAX_GAP_WORDS = 8;

/** The day a cue at [cueStart, cueEnd) was spoken on, from the timexes (sorted by start), or undefined. */
export function dayOfCue(text: string, cueStart: number, cueEnd: number, content: readonly [number, number],
  timexes: readonly Timex[]): string | undefined {
  // timexes are sorted by start and do not nest: start at the first one that may end near the cue
  let lo = 0;
  let hi = timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[mid]!.end < cueStart - 40) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < timexes.length; i++) {
    const t = timexes[i]!;
    if (t.start > cueEnd + 120) break;
    if (t.end < cueStart - 40 || t.type !== 'DATE' || t.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) continue;
    if (t.start < content[1] && t.end > content[0]) continue; // a date inside what was said dates the content, not the saying
    const gap = t.start >= cueEnd ? text.slice(cueEnd, t.start) : t.end <= cueStart ? text.slice(t.end, cueStart) : undefined;
    if (gap === undefined || /[.;:!?"“”\n]/.test(gap)) continue;
    if ((gap.match(/\S+/g) ?? []).length <= MAX_GAP_WORDS) return t.value;
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** In lower-case ASCII text the letters and digits of WORD are these. */
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** A quote's words with their joined form and set, made once per quote rather than once per comparison. */
interface Wording { list: string[]; joined: string; set: Set<string> }

function wording(s: string): Wording {
  const lower = s.toLowerCase();
  const list = lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? [];
  return { list, joined: list.join(' '), set: new Set(list) };
}

/** Near-identical wording: nine words in ten shared, or one holding the other and nearly as long (a headline's cut). */
function sameWords(a: Wording, b: Wording): boolean {
  if (a.list.length === 0 || b.list.length === 0) return false;
  if (a.joined.includes(b.joined) || b.joined.includes(a.joined)) {
    return Math.min(a.list.length, b.list.length) >= Math.max(4, 0.8 * Math.max(a.list.length, b.list.length));
  }
  let shared = 0;
  for (const w of b.set) if (a.set.has(w)) shared++;
  return shared / Math.max(a.set.size, b.set.size) >= 0.9;
}

/** A kept quote's text and, once a later quote of the same speaker needs it, its wording. */
interface Said { text: string; wording?: Wording }

/**
 * Quotes less those that repeat an earlier one by the same speaker (resolved name, else the words naming them).
 * A quote's words are read only when another quote by the same speaker comes after it: most speakers say one
 * thing, and a quote without a speaker is never compared.
 */
export function dropRepeats(quotes: Quote[]): Quote[] {
  if (quotes.length < 2) return quotes;
  const said = new Map<string, Said[]>();
  const kept: Quote[] = [];
  for (const q of quotes) {
    const who = q.speaker ?? q.speakerText?.toLowerCase() ?? '';
    const before = who === '' ? undefined : said.get(who);
    if (before) {
      const w = wording(q.text);
      if (before.some((b) => sameWords(b.wording ??= wording(b.text), w))) continue;
      before.push({ text: q.text, wording: w });
    } else if (who !== '') said.set(who, [{ text: q.text }]);
    kept.push(q);
  }
  return kept.length === quotes.length ? quotes : kept;
}

/** Quotes less those embedded in another quote's words (see the header). */
export function dropEmbedded(quotes: Quote[]): Quote[] {
  if (quotes.length < 2) return quotes;
  const embedded = (q: Quote, o: Quote): boolean => {
    if (o === q || o.start > q.start || q.end > o.end || q.end - q.start >= o.end - o.start) return false;
    if (q.speakerStart === undefined) return false;
    // the same speaker mention again ("X added that C and called for D"), or the subject of the clause another
    // speaker's words begin with ("X said [the two discussed D]")
    return (q.speakerStart === o.speakerStart && q.speakerEnd === o.speakerEnd) || q.speakerStart === o.start;
  };
  // Either condition ties q to o by an offset, so only the quotes sharing q's speaker span or starting where q's
  // speaker starts are looked at: comparing every pair was quadratic (a 2 MB page of quotes took seconds).
  const bySpeaker = new Map<string, Quote[]>();
  const byStart = new Map<number, Quote[]>();
  const push = <K>(m: Map<K, Quote[]>, k: K, q: Quote): void => {
    const list = m.get(k);
    if (list) list.push(q);
    else m.set(k, [q]);
  };
  for (const o of quotes) {
    push(byStart, o.start, o);
    if (o.speakerStart !== undefined) push(bySpeaker, `${o.speakerStart}:${o.speakerEnd}`, o);
  }
  const kept = quotes.filter((q) => q.speakerStart === undefined ||
    !((bySpeaker.get(`${q.speakerStart}:${q.speakerEnd}`) ?? []).some((o) => embedded(q, o)) ||
      (byStart.get(q.speakerStart) ?? []).some((o) => embedded(q, o))));
  return kept.length === quotes.length ? quotes : kept;
}

/** The sentence holding offset `at` (sentences sorted by start), or undefined. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = sentences[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && at < found.end ? found : undefined;
}

/** Quotes with the day their speaker's earlier dated statement was given, where the text stays on it (see the header). */
export function carryStatementDays(quotes: Quote[], sentences: readonly Sentence[], dates: readonly SentenceDate[] | undefined): Quote[] {
  if (!dates || quotes.length < 2 || !quotes.some((q) => q.saidOn)) return quotes;
  const dateOf = new Map(dates.map((d) => [d.sentence, d]));
  const lastDay = new Map<string, string>();
  return quotes.map((q) => {
    if (q.speaker === undefined) return q;
    if (q.saidOn) {
      lastDay.set(q.speaker, q.saidOn);
      return q;
    }
    const day = lastDay.get(q.speaker);
    const s = day && sentenceAt(sentences, q.speakerStart ?? q.start);
    const d = s ? dateOf.get(s.index) : undefined;
    return d && d.granularity === 'day' && d.value === day ? { ...q, saidOn: day } : q;
  });
}
