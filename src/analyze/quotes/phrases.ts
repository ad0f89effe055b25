// Phrase helpers over a unit's tokens: the noun phrase on either side of a cue, and the content span a cue
// introduces (where it starts after an object or adjunct, where it ends, and its character offsets).
import { ADJUNCT_WORDS, CLAUSE_BEGUN, NP_BOUNDARY, NP_INNER } from './lexicon.js';
import { CUE_WORDS } from './cues.js';
import { speechNoun } from './objects.js';
import type { Tok } from './tokens.js';

/** Index just after the noun phrase starting at i (for "said X", "according to X"). */
export function npRight(toks: Tok[], i: number): number {
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
export function npLeft(toks: Tok[], last: number, floor: number): number {
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

export function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Content tokens [a, b) as character spans: a quotation token contributes its inside. */
export function contentSpan(text: string, toks: Tok[], a: number, b: number): Array<[number, number]> {
  while (a < b && !toks[a]!.word && !toks[a]!.quote) a++;
  while (b > a && !toks[b - 1]!.word && !toks[b - 1]!.quote) b--;
  if (a >= b) return [];
  if (b - a === 1 && toks[a]!.quote) return [[toks[a]!.quote!.innerStart, toks[a]!.quote!.innerEnd]];
  const [s, e] = trimSpan(text, toks[a]!.start, toks[b - 1]!.end);
  return e > s ? [[s, e]] : [];
}

/** Skips an object and adjuncts after a cue: returns the index where the content starts. */
export function contentStart(toks: Tok[], i: number, end: number): number {
  // "that" or ":" within the next few tokens (before any quotation) starts the content
  for (let j = i; j < end && j < i + 14; j++) {
    const t = toks[j]!;
    if (t.quote) return j;
    // a complementiser "that" is followed by its clause; "… for that." is a pronoun inside the content
    if (t.low === ':' || (t.low === 'that' && (toks[j + 1]?.word || toks[j + 1]?.quote))) {
      // 'dismissed suggestions that C', 'expressed concern that C': the clause is what the noun says (others'
      // suggestion, a worry), so the noun stays in the words; the one spoken to ('told reporters that') does not
      return t.low === 'that' && nounClause(toks, i, j) ? i : j + 1;
    }
    if (t.low === ',' && toks[j + 1]?.quote) return j + 1;
    if (!t.word && t.low !== '.' && t.low !== "'" && t.low !== '’') break;
    // a subject pronoun or a finite verb: the content clause has already begun ("says it is hard to … that")
    if (j > i && CLAUSE_BEGUN.has(t.low)) break;
    // another cue: the content is a report of its own ("said Obama hopes that …" reports Obama's hope)
    if (j > i && t.word && !t.cap && CUE_WORDS.has(t.low)) break;
    // a verb in -ing: a "that" further on belongs to its phrase ("accused her of playing a role in a company
    // that helped …" is no that-clause of "accused")
    if (j > i && !t.cap && t.low.length > 4 && t.low.endsWith('ing')) break;
  }
  // 'told CNN it will …', 'tells us what he saw': the one spoken to stands before the words
  if (i > 0 && TELL.has(toks[i - 1]!.low)) {
    const k = skipAdjuncts(toks, addresseeEnd(toks, i, end), end);
    if (k > i && k < end && clauseOpens(toks[k]!)) return k;
  }
  return skipAdjuncts(toks, i, end);
}

/** True when tokens [i, j) before a "that" are the cue's object and hold a noun of speech or stance. */
function nounClause(toks: Tok[], i: number, j: number): boolean {
  const first = toks[i]!;
  // 'pointed to the fact that C', 'said in a statement that C': a preposition's phrase is no object of the cue
  if (j === i || TELL.has(toks[i - 1]?.low ?? '') || !first.word || TIME_WORDS.has(first.low) ||
    /^(?:of|for|at|in|on|from|by|with|to|about|into|over|against|as|after|before|during)$/.test(first.low)) return false;
  for (let k = i; k < j; k++) if (toks[k]!.word && !toks[k]!.cap && speechNoun(toks[k]!.low)) return true;
  return false;
}

/** Verbs of saying whose first object is the one spoken to. */
const TELL = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'reminded', 'reminds', 'informed', 'informs']);

const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** Index after the addressee at i: an object pronoun, a name ('CNN', "the BBC's Jim Muir") or a short common noun phrase ('reporters', 'the committee'). */
function addresseeEnd(toks: Tok[], i: number, end: number): number {
  const t = toks[i];
  if (!t?.word) return i;
  if (OBJECT_PRONOUNS.has(t.low)) return i + 1;
  let j = i;
  if (t.low === 'the' || t.low === 'a' || t.low === 'an') j++;
  const first = j;
  while (j < end && j < first + 5 && (toks[j]!.cap || (toks[j]!.low === '.' && toks[j - 1]?.cap && toks[j + 1]?.cap))) j++;
  if (j > first) return j;
  // lower-case: at most three words, none a word that could be the clause's verb or a pronoun
  while (j < end && j < first + 3 && toks[j]!.word && !toks[j]!.cap && !CLAUSE_BEGUN.has(toks[j]!.low) && !CLAUSE_WORDS.has(toks[j]!.low) &&
    !CUE_WORDS.has(toks[j]!.low) && !TIME_WORDS.has(toks[j]!.low) && !NP_INNER.has(toks[j]!.low) && !/^(?:to|about|into|over)$|(?:ed|ing|ly)$/.test(toks[j]!.low)) j++;
  return j;
}

/** Words that open a clause after an addressee: subject pronouns, determiners, question words. */
const CLAUSE_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'his',
  'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'what', 'how', 'why', 'when', 'where', 'whether', 'if',
  'who', 'which', 'one', 'two', 'three', 'several', 'more', 'only', 'nothing', 'everything', 'everyone', 'nobody', 'both']);

/** True when token t may open the clause of the words (after the addressee and any adjuncts). */
function clauseOpens(t: Tok): boolean {
  return t.quote !== undefined || (t.word && (t.cap || CLAUSE_WORDS.has(t.low) || /^\p{N}/u.test(t.low)));
}

/** Index past time words ("said Tuesday") and preposition-led adjuncts ("said in a statement", "on Thursday") at i, and a comma. */
function skipAdjuncts(toks: Tok[], i: number, end: number): number {
  let j = i;
  for (;;) {
    const t = toks[j];
    if (!t || j >= end) break;
    if (TIME_WORDS.has(t.low)) j++;
    else if (PREPOSITIONS.has(t.low) && toks[j + 1] && ADJUNCT_WORDS.has(toks[j + 1]!.low)) {
      j += 2;
      // a determiner goes with the adjunct only before another adjunct word: 'in a statement', not 'on Monday the talks'
      while (j < end && ADJUNCT_WORDS.has(toks[j]!.low) && !PREPOSITIONS.has(toks[j]!.low) &&
        !(DETERMINERS.has(toks[j]!.low) && !ADJUNCT_WORDS.has(toks[j + 1]?.low ?? ''))) j++;
    } else break;
  }
  if (toks[j]?.low === ',') j++;
  return j;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight', 'earlier', 'later', 'recently', 'also', 'again', 'repeatedly', 'publicly', 'privately']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'last']);

/** Content after a cue ends before a participle cue that continues it: '“C,” adding D'. */
export function contentEnd(toks: Tok[], from: number): number {
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.word && t.low.endsWith('ing') && CUE_WORDS.has(t.low) && (toks[k - 1]!.low === ',' || toks[k - 1]!.quote)) return k;
  }
  return toks.length;
}

/** Start of the clause that ends before token `end`: the unit start, or after an earlier cue's speaker. */
export function clauseStart(toks: Tok[], end: number): number {
  let s = 0;
  while (s < end && (toks[s]!.low === 'but' || toks[s]!.low === 'and' || toks[s]!.low === 'so')) s++;
  return s;
}
