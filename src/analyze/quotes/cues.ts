// Cues: the words that introduce speech. Which words are cues is learned: the table models/quotes/cues.tsv
// (format in cueTable.ts; `chronicle eval quotes <polnear/train> --learn-cues` regenerates it) is loaded once
// here. Around a cue word in a unit this module finds the cue group (auxiliaries and adverbs before it, a
// particle after it) that the attribution patterns work from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../util/paths.js';
import { parseCueTable } from './cueTable.js';
import { ADJUNCT_WORDS, CLAUSE_ONLY, CUE_PREFIX, IRREGULAR_PARTICIPLES, NOT_SPEECH, PASSIVE_AUX, STANCE_FAMILIES } from './lexicon.js';
import type { Tok } from './tokens.js';

export const CUE_TABLE_PATH = resolve(repoRoot, 'models', 'quotes', 'cues.tsv');

/** Learned cue words (lower case) and their precision as a cue, in table order, less those that are no speech. */
export const CUE_WORDS: ReadonlyMap<string, number> = new Map(
  parseCueTable(readFileSync(CUE_TABLE_PATH, 'utf8')).filter((r) => !NOT_SPEECH.has(r.word)).map((r) => [r.word, r.precision]));

/** Stance verbs (lexicon.ts) that are cues here: not a learned speech cue, and only with a clause after them. */
export const STANCE_WORDS: ReadonlySet<string> = new Set(Object.values(STANCE_FAMILIES).flat().filter((w) => !CUE_WORDS.has(w)));

/** Any cue word, to skip units that cannot hold an attribution without tokenising them. */
const CUE_RE = new RegExp(`\\b(?:${[...CUE_WORDS.keys(), ...STANCE_WORDS].flatMap((w) => [w, title(w)]).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

function title(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Offsets, in order, where a cue word starts anywhere in the text (lower case, or title case for headlines). */
export function cueOffsets(text: string): number[] {
  const out: number[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) out.push(m.index);
  return out;
}

/** A lower-case -ly word between a subject and its cue: 'Clinton has forcefully condemned'. */
export function isAdverb(t: Tok): boolean {
  return !t.cap && t.low.length > 4 && t.low.endsWith('ly') && !NOT_ADVERBS.has(t.low);
}

/** Words before a noun, never before a finite verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

const NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'italy', 'assembly', 'supply', 'reply', 'july', 'anomaly', 'monopoly', 'belly', 'bully', 'folly', 'jelly']);

export interface CueGroup {
  /** Index of the token just before the group's auxiliaries and adverbs; -1 at the unit start. */
  g: number;
  /** Index just after the cue and its particle ("according to", "pointed out"). */
  after: number;
}

/**
 * The cue group of token i, or undefined when token i is no cue here: not a learned word, "according" without
 * "to", or a passive ("was said to", "is expected"), which attributes nothing to its subject.
 */
export function cueGroup(toks: Tok[], i: number): CueGroup | undefined {
  const cue = toks[i]!;
  const stance = STANCE_WORDS.has(cue.low);
  if (!cue.word || !(stance || CUE_WORDS.has(cue.low))) return undefined;
  if (cue.low === 'according' && toks[i + 1]?.low !== 'to') return undefined;
  // After a determiner the word is a noun ("called for the recall of parliament", "their claims were
  // rejected"): it introduces speech only with a clause of its own ("the claim that …").
  if (i > 0 && DETERMINERS.has(toks[i - 1]!.low) && !clauseFollows(toks, i + 1, false)) return undefined;
  // inside a unit a capitalised cue is one only in a title-case headline, after a capitalised subject ('Clinton
  // Says Russians Hacked DNC'); one opening the unit is a fronted participle or an inversion ('Asked about it, …')
  if (cue.cap && i > 0 && !toks[i - 1]!.cap && toks[i - 1]!.word) return undefined;
  let g = i - 1;
  while (g >= 0 && toks[g]!.word && (CUE_PREFIX.has(toks[g]!.low) || isAdverb(toks[g]!))) g--;
  // 'Kim did not say that …', 'I don't think that …': a denied saying or belief attributes nothing
  for (let k = Math.max(g, 0); k < i; k++) if (/^(?:not|never)$|n['’]t$/.test(toks[k]!.low)) return undefined;
  if (g >= 0 && PASSIVE_AUX.has(toks[g]!.low) && (cue.low.endsWith('ed') || cue.low === 'said' || IRREGULAR_PARTICIPLES.has(cue.low))) return undefined;
  let after = i + 1;
  if (cue.low === 'according' && toks[after]?.low === 'to') after++;
  else if (toks[after]?.low === 'out' || toks[after]?.low === 'up') after++;
  if ((stance || CLAUSE_ONLY.has(cue.low)) && !clauseFollows(toks, after)) return undefined;
  return { g, after };
}

/**
 * A that-clause, a quotation or a colon after a cue, past time and place adjuncts ("found on Monday that"), or
 * nothing: the cue ends its sentence after the clause it attributes ("…, the report found.").
 */
function clauseFollows(toks: Tok[], from: number, endsSentence = true): boolean {
  if (from >= toks.length || /^[.!?;]$/.test(toks[from]!.low)) return endsSentence;
  for (let k = from; k < toks.length && k < from + 6; k++) {
    const t = toks[k]!;
    if (t.quote || t.low === 'that' || t.low === ':') return true;
    if (!(t.word && (ADJUNCT_WORDS.has(t.low) || t.cap)) && t.low !== ',') return false;
  }
  return false;
}
