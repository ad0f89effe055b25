// Units: the stretches of text attribution works on. A unit is a sentence, merged with its neighbours where a
// quotation runs across a sentence end or where a speaker and cue follow a quotation that ended a sentence
// ("“Is it?” X said."), and cut around wire datelines (dateline.ts) so no content or speaker starts inside one.
import type { Sentence } from '../../types.js';
import { datelineSpans } from '../../text/dateline.js';
import { CUE_WORDS } from './cues.js';
import type { Quotation } from './quotations.js';

export interface Unit {
  start: number;
  end: number;
}

/** Sentences merged so that no quotation crosses a unit boundary. */
export function buildUnits(text: string, sentences: Sentence[], quotes: Quotation[]): Unit[] {
  const units: Unit[] = [];
  const list = splitAtLineBreaks(text, sentences.length > 0 ? sentences : [{ index: 0, start: 0, end: text.length, text }]);
  let qi = 0;
  for (const s of list) {
    const last = units[units.length - 1];
    while (qi < quotes.length && quotes[qi]!.close <= s.start) qi++;
    // a quotation that opened in the previous unit and still runs here joins the two
    if (last && qi < quotes.length && quotes[qi]!.open < s.start && quotes[qi]!.open >= last.start && quotes[qi]!.close > s.start) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    // '“Is it?” Freddy Ortega said.' — the splitter ends a sentence after ?” or !”; the speaker comes next.
    // 'McConnell, R-Ky., said': a stop after an abbreviation ended no sentence when what follows in the same
    // paragraph is a comma or a lower-case word
    if (last && (tailOfQuote(text, last.end, s.start, s.end) || continuesSentence(text, last.end, s.start))) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    units.push({ start: s.start, end: s.end });
  }
  // extend a unit that ends inside a quotation to the quotation's close
  let k = 0;
  for (const u of units) {
    while (k < quotes.length && quotes[k]!.close <= u.end) k++;
    // quotations are sorted and disjoint: only the first one closing after u.end can straddle it
    const q = quotes[k];
    if (q && q.open < u.end && q.open >= u.start) u.end = q.close;
  }
  const merged: Unit[] = [];
  for (const u of units) {
    const last = merged[merged.length - 1];
    if (last && u.start < last.end) last.end = Math.max(last.end, u.end);
    else merged.push({ ...u });
  }
  return cutStamps(text, splitRunIn(text, cutDatelines(text, splitRunTogether(text, merged, quotes)), quotes));
}

/**
 * Sentences cut at line breaks: a line break ends a paragraph, and a quotation (quotations.ts) too; a
 * sentence the splitter ran over one ('… shame.” ― Sonya Herridge\n“During …') is two units.
 */
function splitAtLineBreaks(text: string, sentences: readonly Sentence[]): Array<Pick<Sentence, 'start' | 'end'>> {
  const out: Array<Pick<Sentence, 'start' | 'end'>> = [];
  for (const s of sentences) {
    let start = s.start;
    for (let i = text.indexOf('\n', start); i >= 0 && i < s.end; i = text.indexOf('\n', i + 1)) {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
    if (text.slice(start, s.end).trim() !== '') out.push({ start, end: s.end });
  }
  return out;
}

/** A stop with no space between a lower-case word and a capitalised one: 'Trump said.Trump claimed' (scraped text). */
const RUN_TOGETHER = /\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu;
/** Longest match of RUN_TOGETHER in UTF-16 units (two astral letters and the stop). */
const RUN_TOGETHER_MAX = 5;
/** The part of RUN_TOGETHER every match holds: a stop glued to a capitalised word, which few texts have at all. */
const RUN_TOGETHER_GATE = /[.!?](?=\p{Lu}\p{Ll})/u;

/** Splits units at run-together sentence ends outside quotations (the sentence splitter wants a space there). */
function splitRunTogether(text: string, units: Unit[], quotes: Quotation[]): Unit[] {
  // One scan of the whole text: a match inside a unit is a match in the text, unless an overlapping text match
  // just before it hid it, so only a unit with a text match in it or just before it is scanned on its own.
  // RUN_TOGETHER, tried at every position, costs more than this scan for its stop: most texts end there
  if (!RUN_TOGETHER_GATE.test(text)) return units;
  const found: number[] = [];
  for (const m of text.matchAll(RUN_TOGETHER)) found.push(m.index);
  if (found.length === 0) return units;
  const out: Unit[] = [];
  let k = 0;
  let f = 0;
  for (const u of units) {
    while (f < found.length && found[f]! + RUN_TOGETHER_MAX <= u.start) f++;
    if (f >= found.length || found[f]! >= u.end) {
      out.push({ start: u.start, end: u.end });
      continue;
    }
    let start = u.start;
    for (const m of text.slice(u.start, u.end).matchAll(RUN_TOGETHER)) {
      const cut = u.start + m.index + m[0].length;
      while (k < quotes.length && quotes[k]!.close <= cut) k++;
      if (k < quotes.length && quotes[k]!.open < cut) continue;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: u.end });
  }
  return out;
}

/**
 * A sentence run into the next with no stop, as scraped pages join a headline, a caption and the first line
 * ('… troops Under the emir, Qatar was …', '… state TV said The reported attack …'): a lower-case word, then a
 * capitalised word that only opens a sentence, then a lower-case word. Mid-sentence such a word is written in
 * lower case; a capital there belongs to a name ('told The Associated Press', 'in The Hague'), which the
 * capital after it shows.
 */
const RUN_IN = /\p{Ll}{2}[ \t]+(?=(?:The|An|This|These|Those|It|He|She|They|We|In|On|At|Under|But|After|Before|When|While|As|Its|His|Her|Their|Our|There)[ \t]+\p{Ll})/gu;

/** A pronoun opening words a verb of saying introduces without quotation marks. */
const UNMARKED_SPEECH = /^(?:We|It|He|She|They)\s/;

/** A live page's time stamp opening an entry inside a paragraph: '… with BP" 7.57 pm: Jan Shakowsky …'. */
const LIVE_STAMP = /[ \t](?=\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|BST|ET|EST|EDT|UTC)?[ \t]*:[ \t])/giu;

/** Units split where one sentence runs into the next (RUN_IN) or a live entry's stamp starts (LIVE_STAMP), outside quotations. */
function splitRunIn(text: string, units: Unit[], quotes: Quotation[]): Unit[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(RUN_IN)) {
    const at = m.index + m[0].length;
    // 'McCain said We should never …': words given without quotation marks after a verb of saying
    if (UNMARKED_SPEECH.test(text.slice(at, at + 5)) && CUE_WORDS.has(/\p{L}+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index + 2))?.[0] ?? '')) continue;
    cuts.push(at);
  }
  for (const m of text.matchAll(LIVE_STAMP)) cuts.push(m.index + m[0].length);
  if (cuts.length === 0) return units;
  cuts.sort((a, b) => a - b);
  const out: Unit[] = [];
  let c = 0;
  let k = 0;
  for (const u of units) {
    let start = u.start;
    while (c < cuts.length && cuts[c]! <= u.start) c++;
    for (; c < cuts.length && cuts[c]! < u.end; c++) {
      const cut = cuts[c]!;
      while (k < quotes.length && quotes[k]!.close <= cut) k++;
      if (k < quotes.length && quotes[k]!.open < cut) continue;
      if (text.slice(start, cut).trim() !== '') out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: u.end });
  }
  return out;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:[ \\t]*(?:[ap]\\.?m\\.?))?(?:[ \\t]*(?:GMT|BST|ET|EST|EDT|UTC|PT|CET))?';

/**
 * A publication stamp opening a unit ('Tuesday, September 30, 2008; 10:10 AM Most Americans …', 'January 28,
 * 2011 06:17 pm at 6:17 pm | Of course …', 'February 1st, 2011 5:40 pm ET It is …'): a date with its clock time,
 * or a live entry's time and colon ('7.57 pm: Jan …'). The words start after it.
 */
const STAMP = new RegExp(`^(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}[;,]?[ \\t]+${CLOCK}(?:[ \\t]+at[ \\t]+${CLOCK})?|${CLOCK}[ \\t]*:)[ \\t]*[|:;–—-]?[ \\t]*`, 'iu');

/** Units less a publication stamp at their start (STAMP); a unit that is only a stamp is dropped. */
function cutStamps(text: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const c = text.charCodeAt(u.start);
    // every stamp opens with a digit or a month's or weekday's first letter: most units are passed over unmatched
    const m = (c >= 48 && c <= 57) || /[JFMASONDTW]/i.test(text[u.start] ?? '') ? STAMP.exec(text.slice(u.start, Math.min(u.end, u.start + 80))) : null;
    if (!m) {
      out.push(u);
      continue;
    }
    if (u.start + m[0].length < u.end) out.push({ start: u.start + m[0].length, end: u.end });
  }
  return out;
}

/**
 * Takes datelines ("KESSEL FORD, Veloria —", dateline.ts) out of the units: a unit that starts with one starts
 * after it, and a unit holding one further in (a headline run into the first sentence) is split around it, so
 * neither a content span nor a speaker can start inside a dateline.
 */
function cutDatelines(text: string, units: Unit[]): Unit[] {
  const spans = datelineSpans(text);
  if (spans.length === 0) return units;
  const out: Unit[] = [];
  for (const u of units) {
    let pieces: Unit[] = [u];
    for (const [ds, de] of spans) {
      const next: Unit[] = [];
      for (const p of pieces) {
        if (de <= p.start || ds >= p.end) {
          next.push(p);
          continue;
        }
        if (ds > p.start && text.slice(p.start, ds).trim() !== '') next.push({ start: p.start, end: ds });
        if (de < p.end) next.push({ start: de, end: p.end });
      }
      pieces = next;
    }
    out.push(...pieces);
  }
  return out;
}

/** True when the sentence at `start` goes on with a comma, semicolon or lower-case word in the paragraph of `prevEnd`. */
function continuesSentence(text: string, prevEnd: number, start: number): boolean {
  const gap = text.slice(prevEnd, start);
  return !gap.includes('\n') && /^[ \t]*(?:[,;]|\p{Ll})/u.test(text.slice(start, start + 4)) && /\.\s*$/.test(text.slice(prevEnd - 2, prevEnd) + gap);
}

/** A dash and a capitalised word opening a short line: the sign-off after a quotation. */
const SIGN_OFF = /^[ \t]*[―—–][ \t]*\p{Lu}[^\n]{0,100}$/u;
const QUOTE_END = /[?!]\s*(?:[”"]|'')\s*$/;
const QUOTE_END_STOP = /\.\s*(?:[”"]|'')\s*$/;
const LEAD_WORDS = /[\p{L}][\p{L}'’-]*/gu;

/**
 * True when the sentence [start, end) continues a quotation that ended the previous unit (at prevEnd): the
 * previous unit ends with punctuation and a closing mark, and the sentence starts in lower case or has a
 * lower-case cue word among its first six words (and does not open a quotation of its own).
 */
function tailOfQuote(text: string, prevEnd: number, start: number, end: number): boolean {
  const prevTail = text.slice(Math.max(0, prevEnd - 6), prevEnd);
  // '“…” ― Sonya Herridge': a sign-off naming who wrote the quotation, on its line
  if (/[”"]\s*$/.test(prevTail) && SIGN_OFF.test(text.slice(prevEnd, end)) && !/\n/.test(text.slice(prevEnd, start))) return true;
  if (!QUOTE_END.test(prevTail)) {
    // '“… missing.” Trump said.': after a full stop only a short sentence made of a speaker and a cue
    if (!QUOTE_END_STOP.test(prevTail) || /\n/.test(text.slice(prevEnd, start))) return false;
    const words = text.slice(start, end).match(LEAD_WORDS) ?? [];
    if (words.length > 8 || /[“"]/.test(text.slice(start, end))) return false;
    return words.slice(0, 5).some((w) => CUE_WORDS.has(w));
  }
  const head = text.slice(start, Math.min(end, start + 80));
  const c0 = head.trimStart()[0];
  if (!c0 || c0 === '“' || c0 === '"' || c0 === "'") return false;
  if (c0 !== c0.toUpperCase()) return true;
  let n = 0;
  for (const m of head.matchAll(LEAD_WORDS)) {
    if (++n > 6) break;
    if (CUE_WORDS.has(m[0])) return true; // written in lower case: a verb, not a capitalised name
  }
  return false;
}
