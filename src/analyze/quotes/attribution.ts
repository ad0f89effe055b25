// What an attribution pattern sees and what it returns. A unit pattern looks at a whole unit (a headline
// 'Name: C'); a cue pattern looks at one cue group of a unit (cues.ts) with the subject before it (subject.ts).
// The content helpers here are the two ways a pattern takes content: the quotation or clause before the
// speaker ('“C,” X said' / 'C, X said'), or what follows the cue ('X said (that) C').
import { cueGroup, type CueGroup } from './cues.js';
import { clauseStart, contentEnd, contentSpan, contentStart } from './phrases.js';
import { subjectBefore, type Subject } from './subject.js';
import type { Tok } from './tokens.js';

/** One attribution found in a unit, as character offsets; the speaker is resolved to an entity later. */
export interface Attribution {
  speakerStart?: number;
  speakerEnd?: number;
  cue: Tok;
  cueEnd: number;
  content: Array<[number, number]>;
  direct: boolean;
}

export interface UnitContext {
  text: string;
  toks: Tok[];
  /** Attributions already found in this unit, in order (a participle or coordinated cue reuses their speaker). */
  found: readonly Attribution[];
}

export interface CueContext extends UnitContext, CueGroup {
  /** Index of the cue token. */
  i: number;
  cue: Tok;
  /** The token just before the cue group (toks[g]), if any. */
  before: Tok | undefined;
  /** The subject phrase before the cue group, computed on first use. */
  subject(): Subject | undefined;
}

/** The context of token i of a unit when it is a cue (cueGroup), else undefined. */
export function cueContext(unit: UnitContext, i: number): CueContext | undefined {
  const group = cueGroup(unit.toks, i);
  return group ? new CueSite(unit, i, group) : undefined;
}

/** A class rather than a literal with a closure: one is made per cue, and the patterns read it in a hot loop. */
class CueSite implements CueContext {
  readonly text: string;
  readonly toks: Tok[];
  readonly found: readonly Attribution[];
  readonly cue: Tok;
  readonly g: number;
  readonly after: number;
  readonly before: Tok | undefined;
  private subjectFound: Subject | undefined | null = null;

  constructor(unit: UnitContext, readonly i: number, group: CueGroup) {
    this.text = unit.text;
    this.toks = unit.toks;
    this.found = unit.found;
    this.cue = unit.toks[i]!;
    this.g = group.g;
    this.after = group.after;
    this.before = group.g >= 0 ? unit.toks[group.g] : undefined;
  }

  subject(): Subject | undefined {
    if (this.subjectFound === null) this.subjectFound = subjectBefore(this.toks, this.g, this.cue.low.endsWith('ing'));
    return this.subjectFound;
  }
}

export interface UnitPattern {
  name: string;
  match(unit: UnitContext): Attribution | undefined;
}

/**
 * A cue pattern either does not apply (undefined: the next pattern is tried) or takes the cue: its attribution
 * is kept when it has content, and no later pattern sees the cue either way.
 */
export interface CuePattern {
  name: string;
  match(c: CueContext): Attribution | undefined;
}

export type Content = Pick<Attribution, 'content' | 'direct'>;

/** Content made only of quotations (at most two words around them) is direct speech. */
export function isDirect(toks: Tok[], a: number, b: number): boolean {
  let quotes = 0;
  let words = 0;
  for (let k = a; k < b; k++) {
    if (toks[k]!.quote) quotes++;
    else if (toks[k]!.word) words++;
  }
  return quotes > 0 && words <= 2;
}

/** Content of tokens [a, b). */
export function contentOf(c: UnitContext, a: number, b: number): Content {
  return { content: contentSpan(c.text, c.toks, a, b), direct: isDirect(c.toks, a, b) };
}

/**
 * Content before a speaker that follows the mark at token m: the quotation at m (or just before it: '“C,” X')
 * or else the clause from the unit start to m.
 */
export function contentBefore(c: UnitContext, m: number): Content {
  const { text, toks } = c;
  const q = toks[m]!.quote ? m : (toks[m - 1]?.quote ? m - 1 : -1);
  if (q >= 0) return { content: contentSpan(text, toks, q, q + 1), direct: true };
  return contentOf(c, clauseStart(toks, m), m);
}

/**
 * Content after a cue: from past its object and adjuncts ('told reporters on Monday that C') up to a
 * participle cue that continues the speaker ('…, adding D'), or to the unit end when `toEnd`.
 */
export function contentAfter(c: CueContext, toEnd = false): Content {
  const from = contentStart(c.toks, c.after, c.toks.length);
  return contentOf(c, from, toEnd ? c.toks.length : contentEnd(c.toks, from));
}

/** An attribution of the context's cue. */
export function attribution(c: CueContext, speaker: readonly [number, number] | undefined, content: Content): Attribution {
  const a: Attribution = { cue: c.cue, cueEnd: c.toks[c.after - 1]!.end, ...content };
  if (speaker) {
    a.speakerStart = speaker[0];
    a.speakerEnd = speaker[1];
  }
  return a;
}

/** The character span of tokens first..last (inclusive). */
export function tokenSpan(toks: Tok[], first: number, last: number): [number, number] {
  return [toks[first]!.start, toks[last]!.end];
}
