// Attribution of direct and reported speech: who said what.
//
// The text is cut into units (sentences, merged where a quotation runs across a sentence end). Each unit
// becomes a token stream in which every quotation is one token. A cue is a word of the learned lexicon
// (cues.ts: words PolNeAR annotators marked as cues often enough) outside quotations, not in the passive.
// Around each cue three patterns are tried, in order:
//   according to  — "According to X, C." / "C, according to X."
//   post-posed    — "C,” said X." / "C, X added." (a comma or quotation just before the speaker and cue,
//                   nothing but adjuncts after them): content = the quotation or the clause before.
//   pre-posed     — "X said (that) C." / "X told reporters: “C”": speaker = the noun phrase before the cue,
//                   content = what follows (after an object and "that" when present).
// The subject may carry an appositive or relative clause between commas or dashes ("X, a former aide, said"),
// or a short parenthesis ("Gov. X (R) said"). A sentence that starts with a lower-case cue word right after a
// quotation ending in ?” or !” is joined to it ("“Is it?” X said.").
// A participle cue with no subject ("…, saying C") takes the unit's earlier speaker or first named entity.
// Other subjects: a relative pronoun with its antecedent ("Ted Cruz, who said C"), the clause subject of a
// coordinated cue ("McConnell embraced him and said C"), a name in apposition ("One of the authors, Ari Fleischer,
// said C"). A post-posed reading needs a clause before the cue (not a fronted adjunct: "On Saturday, X called on
// Y") and only adjuncts after it (not "X says it is hard"); verbs that take an object ("told CNN") never invert.
// Units hold no wire dateline (dateline.ts): no content or speaker starts inside one.
// A unit that is only a quotation, right after a unit whose content was a quotation, continues that
// speaker. Speakers are resolved to entities by speaker.ts.
import type { EntityMention, Quote, Sentence } from '../../types.js';
import { CUE_WORDS } from './cues.js';
import { ADJUNCT_WORDS, CUE_PREFIX, NP_BOUNDARY, NP_INNER, ORG_HEADS, PASSIVE_AUX, PERSON_HEADS } from './lexicon.js';
import { findQuotations, type Quotation } from './quotations.js';
import { datelineSpans } from '../../text/dateline.js';
import { resolveSpeakerEntity, type EarlierSpeaker } from './speaker.js';

interface Tok {
  start: number;
  end: number;
  /** Lower-cased text; '"' for a quotation token. */
  low: string;
  /** Set for a quotation token. */
  quote?: Quotation;
  word: boolean;
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|\S/gu;

function tokenize(text: string, start: number, end: number, quotes: Quotation[], qi: number): Tok[] {
  const out: Tok[] = [];
  let pos = start;
  let k = qi;
  while (pos < end) {
    while (k < quotes.length && quotes[k]!.open < pos) k++;
    const q = k < quotes.length && quotes[k]!.open < end ? quotes[k]! : undefined;
    const segEnd = q ? q.open : end;
    TOKEN.lastIndex = 0;
    const seg = text.slice(pos, segEnd);
    for (const m of seg.matchAll(TOKEN)) {
      const s = pos + m.index;
      const w = m[0];
      const c0 = w.charCodeAt(0);
      const word = /[\p{L}\p{N}]/u.test(w[0]!);
      out.push({ start: s, end: s + w.length, low: w.toLowerCase(), word, cap: word && w[0] !== w[0]!.toLowerCase() && c0 > 0 });
    }
    if (!q) break;
    out.push({ start: q.open, end: Math.min(q.close, end), low: '"', quote: q, word: false, cap: false });
    pos = Math.min(q.close, end);
    k++;
  }
  return out;
}

interface Unit {
  start: number;
  end: number;
}

/** Sentences merged so that no quotation crosses a unit boundary. */
function buildUnits(text: string, sentences: Sentence[], quotes: Quotation[]): Unit[] {
  const units: Unit[] = [];
  const list = sentences.length > 0 ? sentences : [{ index: 0, start: 0, end: text.length, text }];
  let qi = 0;
  for (const s of list) {
    const last = units[units.length - 1];
    while (qi < quotes.length && quotes[qi]!.close <= s.start) qi++;
    // a quotation that opened in the previous unit and still runs here joins the two
    if (last && qi < quotes.length && quotes[qi]!.open < s.start && quotes[qi]!.open >= last.start && quotes[qi]!.close > s.start) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    // '“Is it?” Freddy Ortega said.' — the splitter ends a sentence after ?” or !”; the speaker comes next
    if (last && tailOfQuote(text, last.end, s.start, s.end)) {
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
  return cutDatelines(text, merged);
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

interface Found {
  speakerStart?: number;
  speakerEnd?: number;
  cue: Tok;
  cueEnd: number;
  content: Array<[number, number]>;
  direct: boolean;
}

/** Any cue word, to skip units that cannot hold an attribution without tokenising them. */
const CUE_RE = new RegExp(`\\b(?:${[...CUE_WORDS.keys(), 'According'].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

function isCueWord(t: Tok): boolean {
  return t.word && CUE_WORDS.has(t.low);
}

/** Index just after the noun phrase starting at i (for "said X", "according to X"). */
function npRight(toks: Tok[], i: number): number {
  let j = i;
  let n = 0;
  while (j < toks.length && n < 10) {
    const t = toks[j]!;
    if (t.quote) break;
    if (!t.word) {
      // a short parenthesis after a name: 'said Rep. Jim Clyburn (D-S.C.), a member'
      if (t.low === '(' && j > i && toks[j - 1]!.cap) {
        let c = j + 1;
        while (c < toks.length && c <= j + 8 && toks[c]!.low !== ')' && !toks[c]!.quote) c++;
        if (c < toks.length && toks[c]!.low === ')') {
          j = c + 1;
          continue;
        }
      }
      if ((t.low === '.' && j > i && toks[j - 1]!.cap && toks[j - 1]!.low.length <= 3 && j + 1 < toks.length && toks[j + 1]!.cap)) {
        j++;
        continue;
      }
      if (t.low === "'" || t.low === '’' || t.low === '-') {
        j++;
        continue;
      }
      break;
    }
    if (j > i && (NP_BOUNDARY.has(t.low) && !NP_INNER.has(t.low))) break;
    if (j > i && NP_INNER.has(t.low) && !(toks[j + 1]?.cap)) break;
    if (j > i && CUE_WORDS.has(t.low)) break;
    j++;
    n++;
  }
  return j;
}

/** Index of the first token of the noun phrase that ends at token `last` (inclusive), or -1. */
function npLeft(toks: Tok[], last: number, floor: number): number {
  let i = last;
  let n = 0;
  while (i >= floor && n < 12) {
    const t = toks[i]!;
    if (t.quote) break;
    if (!t.word) {
      if ((t.low === "'" || t.low === '’' || t.low === '-' || t.low === '.' || t.low === '%') && i > floor && toks[i - 1]!.word) {
        i--;
        continue;
      }
      // a short parenthesis inside the phrase: 'Gov. Phil Bryant (R)'
      if (t.low === ')') {
        let o = i - 1;
        while (o > floor && o >= i - 5 && toks[o]!.low !== '(' && !toks[o]!.quote) o--;
        if (o > floor && toks[o]!.low === '(' && toks[o - 1]!.word) {
          i = o - 1;
          continue;
        }
      }
      break;
    }
    if (NP_BOUNDARY.has(t.low) && !(NP_INNER.has(t.low) && i < last && toks[i - 1]?.word)) break;
    if (i < last && CUE_WORDS.has(t.low)) break;
    i--;
    n++;
  }
  const first = i + 1;
  if (first > last) return -1;
  // do not start on an inner function word
  let f = first;
  while (f <= last && NP_INNER.has(toks[f]!.low) && toks[f]!.low !== 'the' && toks[f]!.low !== 'a' && toks[f]!.low !== 'an') f++;
  return f <= last ? f : -1;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Content tokens [a, b) as character spans: a quotation token contributes its inside. */
function contentSpan(text: string, toks: Tok[], a: number, b: number): Array<[number, number]> {
  while (a < b && !toks[a]!.word && !toks[a]!.quote) a++;
  while (b > a && !toks[b - 1]!.word && !toks[b - 1]!.quote) b--;
  if (a >= b) return [];
  if (b - a === 1 && toks[a]!.quote) return [[toks[a]!.quote!.innerStart, toks[a]!.quote!.innerEnd]];
  const [s, e] = trimSpan(text, toks[a]!.start, toks[b - 1]!.end);
  return e > s ? [[s, e]] : [];
}

/** Skips an object and adjuncts after a cue: returns the index where the content starts. */
function contentStart(toks: Tok[], i: number, end: number): number {
  // "that" or ":" within the next few tokens (before any quotation) starts the content
  for (let j = i; j < end && j < i + 14; j++) {
    const t = toks[j]!;
    if (t.quote) return j;
    // a complementiser "that" is followed by its clause; "… for that." is a pronoun inside the content
    if (t.low === ':' || (t.low === 'that' && (toks[j + 1]?.word || toks[j + 1]?.quote))) return j + 1;
    if (t.low === ',' && toks[j + 1]?.quote) return j + 1;
    if (!t.word && t.low !== '.' && t.low !== "'" && t.low !== '’') break;
    // a subject pronoun or a finite verb: the content clause has already begun ("says it is hard to … that")
    if (j > i && CLAUSE_BEGUN.has(t.low)) break;
  }
  // time words ("said Tuesday") and preposition-led adjuncts ("said in a statement", "on Thursday")
  let j = i;
  for (;;) {
    const t = toks[j];
    if (!t || j >= end) break;
    if (TIME_WORDS.has(t.low)) j++;
    else if (PREPOSITIONS.has(t.low) && toks[j + 1] && ADJUNCT_WORDS.has(toks[j + 1]!.low)) {
      j += 2;
      while (j < end && ADJUNCT_WORDS.has(toks[j]!.low) && !PREPOSITIONS.has(toks[j]!.low)) j++;
    } else break;
  }
  if (toks[j]?.low === ',') j++;
  return j;
}

function cueExtent(toks: Tok[], i: number): number {
  // particles and fixed parts: "according to", "pointed out", "said in a statement"
  let j = i + 1;
  if (toks[i]!.low === 'according' && toks[j]?.low === 'to') j++;
  else if (toks[j]?.low === 'out' || toks[j]?.low === 'up') j++;
  return j;
}

/** Labels that open a line with a colon but name no speaker. */
const NOT_SPEAKER = new Set(['update', 'watch', 'note', 'editor', 'photo', 'video', 'read', 'related', 'source',
  'sources', 'breaking', 'exclusive', 'live', 'listen', 'correction', 'warning', 'question', 'answer', 'q', 'a',
  'analysis', 'opinion', 'poll', 'report', 'the', 'here', 'why', 'what', 'how', 'when', 'who']);

/** 'Name Surname: C' — a headline or line that gives a speaker, a colon and what they said. */
function colonAttribution(text: string, toks: Tok[]): Found | undefined {
  let k = 0;
  while (k < toks.length && k < 6 && (toks[k]!.cap || (k > 0 && toks[k]!.low === '.'))) k++;
  if (k === 0 || toks[k]?.low !== ':' || k + 1 >= toks.length) return undefined;
  if (NOT_SPEAKER.has(toks[0]!.low) || CUE_WORDS.has(toks[0]!.low)) return undefined;
  const content = contentSpan(text, toks, k + 1, toks.length);
  if (content.length === 0) return undefined;
  return { speakerStart: toks[0]!.start, speakerEnd: toks[k - 1]!.end, cue: toks[k]!, cueEnd: toks[k]!.end, content,
    direct: toks.length === k + 2 && toks[k + 1]!.quote !== undefined };
}

function analyseUnit(text: string, toks: Tok[], found: Found[]): void {
  const unitFound: Found[] = [];
  const claimed = new Set<number>(); // quotation tokens already used as content
  const colon = colonAttribution(text, toks);
  if (colon) {
    found.push(colon);
    return;
  }
  for (let i = 0; i < toks.length; i++) {
    const cue = toks[i]!;
    if (!isCueWord(cue)) continue;
    if (cue.low === 'according' && toks[i + 1]?.low !== 'to') continue;
    // the cue group: auxiliaries and adverbs to the left
    let g = i - 1;
    while (g >= 0 && toks[g]!.word && (CUE_PREFIX.has(toks[g]!.low) || isAdverb(toks[g]!))) g--;
    if (g >= 0 && PASSIVE_AUX.has(toks[g]!.low) && cue.low.endsWith('ed') || (g >= 0 && PASSIVE_AUX.has(toks[g]!.low) && cue.low === 'said')) continue;
    const after = cueExtent(toks, i);
    const f: Found = { cue, cueEnd: toks[after - 1]!.end, content: [], direct: false };

    if (cue.low === 'according') {
      const npEnd = npRight(toks, after);
      if (npEnd === after) continue;
      f.speakerStart = toks[after]!.start;
      f.speakerEnd = toks[npEnd - 1]!.end;
      let cStart = 0;
      let cEnd = g + 1;
      if (g < 0 || (g === 0 && !toks[0]!.word)) {
        cStart = npEnd;
        cEnd = toks.length;
      }
      f.content = contentSpan(text, toks, cStart, cEnd);
      markDirect(f, toks, cStart, cEnd, claimed);
      if (f.content.length) unitFound.push(f);
      continue;
    }

    const before = g >= 0 ? toks[g]! : undefined;
    // inverted post-posed: ',” said X' / '. said X'
    if (before && (before.low === ',' || before.quote || before.low === '—') && !cue.low.endsWith('ing') && !OBJECT_CUES.has(cue.low) && toks[after]?.word &&
      !CUE_WORDS.has(toks[after]!.low) && (toks[after]!.cap || (SUBJECT_START.has(toks[after]!.low) && !PRONOUN_SUBJECTS.has(toks[after]!.low)) ||
        // '“C,” said former secretary of state X': after a quotation any noun phrase may follow the cue
        ((before.quote !== undefined || toks[g - 1]?.quote !== undefined) && !NP_BOUNDARY.has(toks[after]!.low)))) {
      const npEnd = npRight(toks, after);
      const tailOk = npEnd >= toks.length || [',', '.', ';', '!', '?', 'in', 'on', 'at', 'during', 'who', 'after', 'before', 'when', '—', 'as', 'adding', 'according'].includes(toks[npEnd]!.low) || toks[npEnd]!.quote !== undefined;
      if (npEnd > after && tailOk) {
        f.speakerStart = toks[after]!.start;
        f.speakerEnd = toks[npEnd - 1]!.end;
        const qIdx = before.quote ? g : (g >= 1 && toks[g - 1]!.quote ? g - 1 : -1);
        if (qIdx >= 0) {
          f.content = contentSpan(text, toks, qIdx, qIdx + 1);
          claimed.add(qIdx);
          f.direct = true;
        } else {
          const from = clauseStart(toks, g);
          f.content = contentSpan(text, toks, from, g);
          markDirect(f, toks, from, g, claimed);
        }
        if (f.content.length) unitFound.push(f);
        continue;
      }
    }

    // the subject noun phrase before the cue group
    let npFirst = g >= 0 ? npLeft(toks, g, 0) : -1;
    let subjEnd = g;
    if (npFirst < 0 && g > 0 && APPOSITIVE_MARKS.has(toks[g]!.low) && !cue.low.endsWith('ing')) {
      npFirst = appositiveSubject(toks, g);
      subjEnd = g - 1;
    }
    if (npFirst < 0 && g > 1 && toks[g]!.low === ',' && !cue.low.endsWith('ing')) {
      // 'One of the authors of that report, Ari Fleischer, said C': a name in apposition just before the cue
      let k = g - 1;
      while (k > 0 && k >= g - 5 && (toks[k]!.cap || (toks[k]!.low === '.' && toks[k - 1]!.cap))) k--;
      if (k < g - 1 && toks[k]!.low === ',' && toks[k + 1]!.cap) {
        npFirst = k + 1;
        subjEnd = g - 1;
      }
    }
    if (npFirst < 0 && g > 0 && RELATIVE_PRONOUNS.has(toks[g]!.low) && !cue.low.endsWith('ing')) {
      // 'Ted Cruz, who said C': the speaker is the pronoun with its antecedent ("Ted Cruz, who")
      const k = toks[g - 1]!.low === ',' ? g - 2 : g - 1;
      let first = k >= 0 ? npLeft(toks, k, 0) : -1;
      // a name inside the phrase starts it ("out-brutalizing Ted Cruz, who" → "Ted Cruz, who")
      for (let j = first; first >= 0 && j <= k; j++) {
        if (!toks[j]!.cap) continue;
        if (j > first) first = toks[j - 1]!.low === 'the' ? j - 1 : j;
        break;
      }
      if (first >= 0) {
        npFirst = first;
        subjEnd = g;
      }
    }
    if (npFirst < 0 && g > 0 && (toks[g]!.low === 'and' || toks[g]!.low === 'but') && !cue.low.endsWith('ing')) {
      // 'McConnell was quick to embrace him and said C': the clause's subject (or the unit's earlier speaker)
      const prev = unitFound[unitFound.length - 1];
      const subj = prev?.speakerStart !== undefined ? [prev.speakerStart, prev.speakerEnd!] as const : clauseSubject(toks, g);
      if (subj) {
        f.speakerStart = subj[0];
        f.speakerEnd = subj[1];
        const cs = contentStart(toks, after, toks.length);
        const ce = contentEnd(toks, cs);
        f.content = contentSpan(text, toks, cs, ce);
        markDirect(f, toks, cs, ce, claimed);
        if (f.content.length) unitFound.push(f);
        continue;
      }
    }
    if (npFirst < 0) {
      // participle with no subject: "…, saying C" takes the unit's speaker
      if (cue.low.endsWith('ing') && before && before.low === ',') {
        const prev = unitFound[unitFound.length - 1];
        if (prev?.speakerStart !== undefined) {
          f.speakerStart = prev.speakerStart;
          f.speakerEnd = prev.speakerEnd;
        } else {
          const subj = clauseSubject(toks, g) ?? firstSubject(toks, g);
          if (subj) {
            f.speakerStart = subj[0];
            f.speakerEnd = subj[1];
          }
        }
        const cs = contentStart(toks, after, toks.length);
        f.content = contentSpan(text, toks, cs, toks.length);
        markDirect(f, toks, cs, toks.length, claimed);
        // a participle continues the speaker: same mention → a separate attribution in PolNeAR, so keep its own group
        if (f.content.length) unitFound.push(f);
      }
      continue;
    }
    f.speakerStart = toks[npFirst]!.start;
    f.speakerEnd = toks[subjEnd]!.end;
    const preceding = npFirst > 0 ? toks[npFirst - 1]! : undefined;
    const rest = after;
    // post-posed: 'C, X said.' / '“C,” X said.' — nothing but adjuncts after the cue
    // the tail ends where a participle cue continues the speaker: '“C,” he said, adding that D'
    const tail = toks.slice(rest, contentEnd(toks, rest)).filter((t) => t.word || t.quote);
    const tailFree = !tail.some((t) => t.quote || t.low === 'that' || t.low === ':');
    // a tail opening with a subject pronoun is the content clause itself: 'Asked about it, X says it is hard'
    const tailIsClause = tail.length > 1 && tail[0] === toks[rest] && !preceding?.quote &&
      (PRONOUN_SUBJECTS.has(tail[0]!.low) || tail.slice(1, 4).some((t) => CLAUSE_BEGUN.has(t.low)));
    const tailIsAdjunct = tailFree && !tailIsClause && (tail.length <= 6 || preceding?.quote !== undefined || TAIL_START.has(toks[rest]?.low ?? ''));
    if (preceding && (preceding.quote || (npFirst >= 2 && (preceding.low === ',' || preceding.low === '—'))) && tailIsAdjunct &&
      !adjunctBefore(toks, npFirst - 1)) {
      const qIdx = preceding.quote ? npFirst - 1 : (toks[npFirst - 2]?.quote ? npFirst - 2 : -1);
      if (qIdx >= 0) {
        f.content = contentSpan(text, toks, qIdx, qIdx + 1);
        claimed.add(qIdx);
        f.direct = true;
      } else {
        const from = clauseStart(toks, npFirst - 1);
        f.content = contentSpan(text, toks, from, npFirst - 1);
        markDirect(f, toks, from, npFirst - 1, claimed);
      }
      if (f.content.length) unitFound.push(f);
      continue;
    }
    // pre-posed: 'X said (that) C'
    const cs = contentStart(toks, rest, toks.length);
    const ce = contentEnd(toks, cs);
    f.content = contentSpan(text, toks, cs, ce);
    markDirect(f, toks, cs, ce, claimed);
    if (f.content.length) unitFound.push(f);
  }
  found.push(...unitFound);
}

/** Words after which a "that" further on no longer introduces the content: the content clause has begun. */
const CLAUSE_BEGUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'is', 'was', 'are', 'were', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'did', 'do']);

/** Cues whose next noun phrase is their object, never an inverted subject: '“C,” X told CNN'. */
const OBJECT_CUES = new Set(['told', 'tells', 'urged', 'accused', 'called', 'calls', 'thanked', 'praised', 'criticized', 'endorsed']);

/** Prepositions that open a fronted adjunct: 'On Saturday, X called on Y to resign'. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'with', 'during', 'after', 'before', 'for', 'from', 'by', 'since',
  'as', 'amid', 'despite', 'following', 'under', 'over', 'earlier', 'later', 'last', 'this']);

/**
 * True when the unit before token `end` (a comma) is only a short fronted adjunct, not a clause that could be
 * the content of a post-posed cue: 'On Saturday, X called on Y' / 'With such a thin margin, X could have asked'.
 */
function adjunctBefore(toks: Tok[], end: number): boolean {
  const from = clauseStart(toks, end);
  const first = toks[from];
  if (!first || !ADJUNCT_OPENERS.has(first.low)) return false;
  let words = 0;
  for (let k = from; k < end; k++) {
    if (toks[k]!.quote) return false;
    if (toks[k]!.word) words++;
  }
  return words <= 6;
}

/** A lower-case -ly word between a subject and its cue: 'Clinton has forcefully condemned'. */
function isAdverb(t: Tok): boolean {
  return !t.cap && t.low.length > 4 && t.low.endsWith('ly') && !NOT_ADVERBS.has(t.low);
}

const NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'italy', 'assembly', 'supply', 'reply', 'july', 'anomaly', 'monopoly', 'belly', 'bully', 'folly', 'jelly']);

/** Relative pronouns that can be the subject of a cue: 'X, who said C'. */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * The subject at the start of the clause that ends before token `end`: a capitalised or pronoun-led noun
 * phrase at the unit start (after a conjunction or adverb), followed by a word (its verb). Returns offsets.
 */
function clauseSubject(toks: Tok[], end: number): [number, number] | undefined {
  let s = frontedAdjunctEnd(toks, end);
  while (s < end && (!toks[s]!.word || CLAUSE_OPENERS.has(toks[s]!.low))) {
    if (toks[s]!.quote) return undefined;
    s++;
  }
  if (s >= end) return undefined;
  let e = s;
  if (PRONOUN_SUBJECTS.has(toks[s]!.low)) e = s + 1;
  else {
    // a name: a run of capitalised words, with abbreviation stops ("Sen. Harry Reid")
    if (toks[e]!.low === 'the') e++;
    while (e < end && (toks[e]!.cap || (toks[e]!.low === '.' && e > s && toks[e - 1]!.cap && toks[e + 1]?.cap))) e++;
    if (e === s || !toks[e - 1]!.cap) return undefined;
  }
  const subjectEnd = e;
  // an appositive may stand between the name and its verb: 'Gary Emineth, a former chairman, became …'
  if (toks[e]?.low === ',' && e > s && toks[e - 1]!.cap) {
    let c = e + 1;
    while (c < end && c <= e + 12 && toks[c]!.low !== ',' && !toks[c]!.quote) c++;
    if (c < end && toks[c]!.low === ',' && c > e + 1 && APPOSITIVE_START.has(toks[e + 1]!.low)) e = c + 1;
  }
  // its verb follows: a lower-case word
  if (e >= end || !toks[e]!.word || toks[e]!.cap) return undefined;
  return [toks[s]!.start, toks[subjectEnd - 1]!.end];
}

/** Index after a short fronted adjunct and its comma ('On Sunday,' / 'Hours later,'), else 0. */
function frontedAdjunctEnd(toks: Tok[], end: number): number {
  const first = toks[0];
  if (!first) return 0;
  for (let k = 1; k < end && k <= 7; k++) {
    const t = toks[k]!;
    if (t.quote) return 0;
    if (t.low !== ',') continue;
    const timeTail = ['later', 'earlier', 'ago', 'before', 'after'].includes(toks[k - 1]!.low);
    return ADJUNCT_OPENERS.has(first.low) || timeTail ? k + 1 : 0;
  }
  return 0;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'then', 'still', 'yet', 'meanwhile', 'however', 'instead', 'now', 'later']);

/** Words that open an appositive or relative clause after a name: 'X, a former aide, said'. */
const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'one',
  'former', 'then', 'now', 'also', 'both', 'each', 'another', 'herself', 'himself', 'themselves', 'itself']);

/** Marks that close an appositive just before a cue: 'X, a teacher, says' / 'X — a teacher — says'. */
const APPOSITIVE_MARKS = new Set([',', '—', '–']);

/** Tokens that may stand before a subject that carries an appositive: the unit start, a quotation, a clause mark. */
const SUBJECT_BEFORE = new Set([',', '—', '–', 'and', 'but', '(', ';']);

/**
 * 'X, a former aide to Y, said' / 'X, 70, said' / 'X, who …, said': the cue group is preceded by a comma (or a
 * dash: 'X — a teacher — says'). Walks left (at most 40 tokens) to the same mark that opens an appositive (a determiner, relative pronoun, number
 * or capitalised word after it) and has a capitalised or role-noun phrase before it that starts a clause.
 * Returns the index of the phrase's first token, or -1.
 */
function appositiveSubject(toks: Tok[], comma: number): number {
  const mark = toks[comma]!.low;
  let fallback = -1;
  for (let k = comma - 1; k > 0 && k >= comma - 40; k--) {
    const t = toks[k]!;
    if (t.quote || t.low === ';' || t.low === ':' || t.low === '"') break;
    if (t.low === 'said' || t.low === 'says' || t.low === 'told') break;
    if (t.low !== mark || k + 1 >= comma) continue;
    const inner = toks[k + 1]!;
    let lastIdx = k - 1;
    if (toks[lastIdx]!.low === ')') {
      // 'Rep. Elijah Cummings (D-Md.), chair of the committee, said': the name is before the parenthesis
      let o = lastIdx - 1;
      while (o > 0 && o >= lastIdx - 8 && toks[o]!.low !== '(' && !toks[o]!.quote) o--;
      if (o > 0 && toks[o]!.low === '(') lastIdx = o - 1;
    }
    const last = toks[lastIdx]!;
    if (!last.word) continue;
    // after a name anything may follow ('X, refugee rights director, said'); after a role noun, a determiner
    if (!last.cap && !((PERSON_HEADS.has(last.low) || ORG_HEADS.has(last.low)) && (inner.cap || APPOSITIVE_START.has(inner.low)))) continue;
    if (!inner.word) continue;
    const first = npLeft(toks, k - 1, 0);
    if (first < 0) continue;
    const pre = first > 0 ? toks[first - 1]! : undefined;
    if (!pre || pre.quote) return first; // the unit start or right after a quotation: the best place for a subject
    // only sentence adverbs and conjunctions before it: 'Even Rendell, a Clinton supporter, said'
    if (toks.slice(0, first).every((t) => CLAUSE_OPENERS.has(t.low) || CUE_PREFIX.has(t.low) || t.low === ',')) return first;
    if (SUBJECT_BEFORE.has(pre.low) && fallback < 0) fallback = first;
  }
  return fallback;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight', 'earlier', 'later', 'recently', 'also', 'again', 'repeatedly', 'publicly', 'privately']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during']);

/** Words that open an adjunct after a post-posed cue: '“C,” X said during a news conference'. */
const TAIL_START = new Set(['during', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'as', ',', '.', 'to', 'from', 'via', 'with', 'of']);

const SUBJECT_START = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its',
  'several', 'many', 'some', 'most', 'two', 'three', 'both', 'other', 'others', 'few']);

/** Content after a cue ends before a participle cue that continues it: '“C,” adding D'. */
function contentEnd(toks: Tok[], from: number): number {
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.word && t.low.endsWith('ing') && CUE_WORDS.has(t.low) && (toks[k - 1]!.low === ',' || toks[k - 1]!.quote)) return k;
  }
  return toks.length;
}

/** Start of the clause that ends before token `end`: the unit start, or after an earlier cue's speaker. */
function clauseStart(toks: Tok[], end: number): number {
  let s = 0;
  while (s < end && (toks[s]!.low === 'but' || toks[s]!.low === 'and' || toks[s]!.low === 'so')) s++;
  return s;
}

/** Marks content made only of quotations as direct, and claims them. */
function markDirect(f: Found, toks: Tok[], a: number, b: number, claimed: Set<number>): void {
  let quotes = 0;
  let words = 0;
  for (let k = a; k < b; k++) {
    if (toks[k]!.quote) {
      quotes++;
      claimed.add(k);
    } else if (toks[k]!.word) words++;
  }
  f.direct = quotes > 0 && words <= 2;
}

/**
 * The first named subject of a unit: a run of capitalised words (or a pronoun) before token `end`. Units hold
 * no dateline (cutDatelines), so a capitalised place before a dash is not taken for a subject.
 */
function firstSubject(toks: Tok[], end: number): [number, number] | undefined {
  for (let k = 0; k < end; k++) {
    const t = toks[k]!;
    if (t.low === 'he' || t.low === 'she' || t.low === 'they') return [t.start, t.end];
    if (t.cap && k + 1 < toks.length && !toks[k + 1]!.cap) {
      let s = k;
      while (s > 0 && toks[s - 1]!.cap) s--;
      return [toks[s]!.start, t.end];
    }
  }
  return undefined;
}

/** Finds direct and reported speech and resolves speakers (see the header). */
export function extractQuotes(text: string, sentences: Sentence[], entities: EntityMention[]): Quote[] {
  if (text.length === 0) return [];
  const quotations = findQuotations(text);
  const units = buildUnits(text, sentences, quotations);
  const found: Found[] = [];
  const cueAt: number[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) cueAt.push(m.index);
  let ci = 0;
  let qi = 0;
  let lastDirect: { found: Found; unitEnd: number } | undefined;
  for (const u of units) {
    while (qi < quotations.length && quotations[qi]!.close <= u.start) qi++;
    const hasQuote = qi < quotations.length && quotations[qi]!.open < u.end;
    while (ci < cueAt.length && cueAt[ci]! < u.start) ci++;
    const colonNear = text.slice(u.start, Math.min(u.end, u.start + 80)).includes(':');
    if (!hasQuote && (ci >= cueAt.length || cueAt[ci]! >= u.end) && !colonNear) {
      lastDirect = undefined;
      continue;
    }
    const toks = tokenize(text, u.start, u.end, quotations, qi);
    const n = found.length;
    analyseUnit(text, toks, found);
    if (found.length === n) {
      // a unit that is only a quotation continues the previous direct speaker
      const real = toks.filter((t) => t.word || t.quote);
      if (lastDirect && real.length === 1 && real[0]!.quote && /^\s*$/.test(text.slice(lastDirect.unitEnd, u.start).replace(/[\s]+/g, ''))) {
        const q = real[0]!.quote!;
        const prev = lastDirect.found;
        const f: Found = { cue: prev.cue, cueEnd: prev.cueEnd, content: [[q.innerStart, q.innerEnd]], direct: true };
        if (prev.speakerStart !== undefined) {
          f.speakerStart = prev.speakerStart;
          f.speakerEnd = prev.speakerEnd;
        }
        found.push(f);
        lastDirect = { found: f, unitEnd: u.end };
        continue;
      }
      lastDirect = undefined;
    } else {
      const lastF = found[found.length - 1]!;
      lastDirect = lastF.direct ? { found: lastF, unitEnd: u.end } : undefined;
    }
  }
  const out: Quote[] = [];
  const speakers: EarlierSpeaker[] = [];
  const byEnd = entities.length > 0 && found.length > 0 ? [...entities].sort((a, b) => a.end - b.end || a.start - b.start) : entities;
  for (const f of found) {
    for (const [s0, e0] of f.content) {
      const [s, e] = trimSpan(text, s0, e0);
      if (e <= s) continue;
      const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: f.direct, cue: text.slice(f.cue.start, f.cueEnd) };
      if (f.speakerStart !== undefined && f.speakerEnd !== undefined) {
        q.speakerStart = f.speakerStart;
        q.speakerEnd = f.speakerEnd;
        q.speakerText = text.slice(f.speakerStart, f.speakerEnd);
        const entity = resolveSpeakerEntity(text, f.speakerStart, f.speakerEnd, byEnd, quotations, speakers.length > 20 ? speakers.slice(-20) : speakers);
        if (entity) q.speaker = entity.name;
        const prev = speakers[speakers.length - 1];
        if (!prev || prev.start !== f.speakerStart || prev.end !== f.speakerEnd) {
          speakers.push(entity ? { start: f.speakerStart, end: f.speakerEnd, entity } : { start: f.speakerStart, end: f.speakerEnd });
        }
      }
      out.push(q);
    }
  }
  return out;
}
