// What the tagging of one document knows about its words: where case is free, and which capitalised words are
// common words rather than names.
import type { Token } from './tokens.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';

/**
 * Tokens after which a capital letter says nothing about a name: an opening quote, a colon, a dash, a bracket, and
 * the bar of page furniture ("7:53 am | Report abuse").
 */
const CASE_RESET = new Set(['|', '"', '“', "'", '‘', '`', ':', '-', '—', '–', '(', '[']);

/** Share of lower-case use (percent, lexicon.ts) from which a capitalised sentence-initial word is a common word. */
const COMMON_SHARE = 80;
/** Share of lower-case use (percent) below which a capitalised word is taken for (part of) a name. */
const NAME_SHARE = 10;

/**
 * What the tagging of one document knows about it. Decides whether a capitalised word where case is not free (the
 * first word of a sentence: "Inspectors said") is a common word rather than a name: the unlabeled-news lexicon sees
 * it in lower case at least COMMON_SHARE% of the time, or, for a word the lexicon does not know, the same document
 * writes it in lower case elsewhere. Collects words found not to be names (nonNames).
 */
export class DocContext {
  private docLower: Set<string> | undefined;
  /** Words found not to be names anywhere in the document (an event's acronym). */
  readonly nonNames = new Set<string>();

  constructor(private readonly chunks: readonly Token[][], private readonly lexicon: Lexicon, private readonly gazetteer: Gazetteer,
    readonly nestedNames: boolean) {}

  /** True when tokens[i] stands where case is not free. */
  caseBound(tokens: Token[], i: number): boolean {
    return i === 0 || CASE_RESET.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === '``';
  }

  /**
   * A capitalised word the lexicon knows (almost) only capitalised, or does not know and the document never writes
   * in lower case, and that the gazetteer does not give a kind other than PERSON.
   */
  isNameLike(word: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    const kind = this.gazetteer.kindOf(word);
    if (kind !== undefined && kind !== 'PERSON') return false;
    return this.isCapitalisedWord(word);
  }

  /** A word the lexicon (almost) only sees capitalised, or does not know and the document never writes in lower case. */
  isCapitalisedWord(word: string): boolean {
    const share = this.lexicon.lowerShare(word);
    return share === undefined ? !this.isCommon(word) : share < NAME_SHARE;
  }

  isCommon(word: string): boolean {
    // Only a word written as a common word with a capital: "AirTanker", "UAW", "iPod" are names whatever else.
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    const share = this.lexicon.lowerShare(word);
    if (share !== undefined) return share >= COMMON_SHARE;
    if (!this.docLower) {
      this.docLower = new Set();
      for (const chunk of this.chunks) {
        for (const t of chunk) {
          const c = t.text.charCodeAt(0);
          if ((c >= 97 && c <= 122) || (c > 127 && t.text[0] !== t.text[0]!.toUpperCase())) this.docLower.add(t.text);
        }
      }
    }
    return this.docLower.has(word.toLowerCase());
  }
}
