// Subjects: the noun phrase that speaks, found on the left of a cue group. Besides the plain phrase before the
// cue ("X said") it may carry an appositive or relative clause between commas or dashes ("X, a former aide,
// said"), be a name in apposition ("One of the authors, Ari Fleischer, said") or a relative pronoun with its
// antecedent ("Ted Cruz, who said"). A cue without one of these may take the clause's subject
// (clauseSubject: "McConnell embraced him and said") or the unit's first named subject (firstSubject).
import { CUE_PREFIX, ORG_HEADS, PERSON_HEADS, PRONOUN_SUBJECTS } from './lexicon.js';
import { clauseStart, npLeft } from './phrases.js';
import type { Tok } from './tokens.js';

/** A subject phrase as token indices, both inclusive. */
export interface Subject {
  first: number;
  last: number;
}

/** Marks that close an appositive just before a cue: 'X, a teacher, says' / 'X — a teacher — says'. */
const APPOSITIVE_MARKS = new Set([',', '—', '–']);

/** Relative pronouns that can be the subject of a cue: 'X, who said C'. */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * The subject before a cue group whose left edge is token g (the strategies of the header, tried in order).
 * A participle ("…, saying") takes only a plain phrase: its subject is usually elsewhere.
 */
export function subjectBefore(toks: Tok[], g: number, participle: boolean): Subject | undefined {
  if (g < 0) return undefined;
  const plain = npLeft(toks, g, 0);
  if (plain >= 0) {
    const first = phraseStart(toks, plain, g);
    // 'Sources close to the president said', 'Those close to him say': the president is who they are close to
    if (first >= 3 && toks[first - 1]!.low === 'to' && CLOSE_TO.has(toks[first - 2]!.low)) {
      const outer = npLeft(toks, first - 2, 0);
      if (outer >= 0 && outer < first - 2) return { first: outer, last: g };
    }
    return { first, last: g };
  }
  if (participle || g === 0) return undefined;
  if (APPOSITIVE_MARKS.has(toks[g]!.low)) {
    const first = appositiveSubject(toks, g);
    if (first >= 0) return { first, last: g - 1 };
  }
  if (g > 1 && toks[g]!.low === ',') {
    // 'One of the authors of that report, Ari Fleischer, said C': a name in apposition just before the cue
    let k = g - 1;
    while (k > 0 && k >= g - 5 && (toks[k]!.cap || (toks[k]!.low === '.' && toks[k - 1]!.cap))) k--;
    if (k < g - 1 && toks[k]!.low === ',' && toks[k + 1]!.cap) return { first: k + 1, last: g - 1 };
  }
  if (RELATIVE_PRONOUNS.has(toks[g]!.low)) {
    // 'Ted Cruz, who said C': the speaker is the pronoun with its antecedent ("Ted Cruz, who")
    const k = toks[g - 1]!.low === ',' ? g - 2 : g - 1;
    let first = k >= 0 ? npLeft(toks, k, 0) : -1;
    // a name inside the phrase starts it ("out-brutalizing Ted Cruz, who" → "Ted Cruz, who")
    for (let j = first; first >= 0 && j <= k; j++) {
      if (!toks[j]!.cap) continue;
      if (j > first) first = toks[j - 1]!.low === 'the' ? j - 1 : j;
      break;
    }
    if (first >= 0) return { first, last: g };
  }
  return undefined;
}

/** Adjectives whose "to" phrase qualifies the subject before them: 'aides close to X', 'lawmakers loyal to X'. */
const CLOSE_TO = new Set(['close', 'closest', 'closer', 'near', 'loyal', 'allied', 'linked', 'connected', 'friendly', 'sympathetic']);

/** Words that may stand before "the" inside one noun phrase: "all the", "half the". */
const PREDETERMINERS = new Set(['all', 'both', 'half', 'of', 'by', 'for', 'at', 'in', 'on', 'from', 'with', 'to']);

/**
 * Where a subject phrase found by npLeft really starts: a subject pronoun right before the cue is the whole
 * subject ("… got cards in the mail they said"), and a determiner after a word that cannot precede it starts
 * a new phrase ("the 600 fighters the Americans said" → "the Americans").
 */
function phraseStart(toks: Tok[], first: number, last: number): number {
  if (PRONOUN_SUBJECTS.has(toks[last]!.low)) return last;
  for (let k = last; k > first; k--) {
    const t = toks[k]!.low;
    if ((t === 'the' || t === 'a' || t === 'an') && toks[k - 1]!.word && !PREDETERMINERS.has(toks[k - 1]!.low)) return k;
  }
  return first;
}

/** Prepositions that open a fronted adjunct: 'On Saturday, X called on Y to resign'. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'with', 'during', 'after', 'before', 'for', 'from', 'by', 'since',
  'as', 'amid', 'despite', 'following', 'under', 'over', 'earlier', 'later', 'last', 'this']);

/**
 * True when the unit before token `end` (a comma) is only a short fronted adjunct, not a clause that could be
 * the content of a post-posed cue: 'On Saturday, X called on Y' / 'With such a thin margin, X could have asked'.
 */
export function adjunctBefore(toks: Tok[], end: number): boolean {
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

/**
 * The subject at the start of the clause that ends before token `end`: a capitalised or pronoun-led noun
 * phrase at the unit start (after a conjunction or adverb), followed by a word (its verb). Returns offsets.
 */
export function clauseSubject(toks: Tok[], end: number): [number, number] | undefined {
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

const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'then', 'still', 'yet', 'meanwhile', 'however', 'instead', 'now', 'later']);

/** Words that open an appositive or relative clause after a name: 'X, a former aide, said'. */
const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'one',
  'former', 'then', 'now', 'also', 'both', 'each', 'another', 'herself', 'himself', 'themselves', 'itself']);

/** Conjunctions that open a clause after a comma, never an appositive. */
const NOT_APPOSITIVE = new Set(['but', 'and', 'or', 'yet', 'so', 'while', 'although', 'though', 'because', 'if', 'when', 'as']);

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
    // 'X, but few expect change, writes Y': a clause, not an appositive of X
    if (!inner.word || NOT_APPOSITIVE.has(inner.low)) continue;
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

/**
 * The first named subject of a unit: a run of capitalised words (or a pronoun) before token `end`. Units hold
 * no dateline (cutDatelines), so a capitalised place before a dash is not taken for a subject.
 */
export function firstSubject(toks: Tok[], end: number): [number, number] | undefined {
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
