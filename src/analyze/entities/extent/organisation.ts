// Organisation extents: company cue words and legal forms after a name, names joined by "&", and a lone
// organisation word that takes in the name before it.
import type { EntityKind } from '../../../types.js';
import type { Token } from '../tokens.js';
import { isUpper, lower, spaced, type ExtentSpan } from './span.js';
import { CORPORATE_SUFFIX, ORG_CUE, PHRASE_BREAK } from './words.js';

/**
 * Extends a company name over following company cue words ("AirTran Airways", "Aer Lingus Group") and a
 * legal-form word ("Apple Inc.", "Chrysler LLC"); the span becomes ORG.
 */
export function withCorporateSuffix(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan {
  let cue = s.to;
  while (cue < tokens.length && isUpper(tokens[cue]!) && ORG_CUE.has(lower(tokens[cue]!)) &&
    spaced(text, tokens[cue - 1]!, tokens[cue]!)) cue++;
  if (cue > s.to) s = { ...s, kind: 'ORG', to: cue, nameTo: s.nameTo + (cue - s.to) };
  const next = tokens[s.to];
  if (!next || !spaced(text, tokens[s.to - 1]!, next) || !CORPORATE_SUFFIX.has(lower(next))) return s;
  // "SA" and "AG" are also ordinary acronyms: only after a name of two or more letters, and only in capitals.
  if (/^(sa|ag|ab|lp)$/i.test(next.text) && next.text !== next.text.toUpperCase()) return s;
  return { ...s, kind: 'ORG', to: s.to + 1, nameTo: s.nameTo + 1 };
}

/**
 * Names joined by a spaced "&" are one name ("Standard & Poor", "Johnson & Johnson", "Dow Jones & Co."): the
 * tagger often tags the two sides apart. Spans on both sides of the "&" (or a span and one capitalised word
 * after it) are merged into one ORG span. `spans` are token ranges in order; a new array is returned.
 */
export function joinAmpersands<T extends { kind: EntityKind; from: number; to: number }>(text: string, tokens: Token[],
  spans: T[]): T[] {
  if (spans.length === 0) return spans;
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i]!;
    for (;;) {
      const amp = tokens[s.to];
      const after = tokens[s.to + 1];
      if (amp?.text !== '&' || !after || !spaced(text, tokens[s.to - 1]!, amp) || !spaced(text, amp, after) ||
        !isUpper(after)) break;
      const next = spans[i + 1];
      if (next && next.from === s.to + 1) {
        s = { ...s, kind: 'ORG', to: next.to };
        i++;
      } else {
        s = { ...s, kind: 'ORG', to: s.to + 2 };
      }
    }
    out.push(s);
  }
  return out;
}

/** Organisation words that the tagger sometimes tags alone, leaving the name before them out ("Saturn [Corporation]"). */
const ORG_HEAD = new Set(['corporation', 'company', 'group', 'inc.', 'corp.', 'holdings', 'airlines', 'motors']);

/**
 * A span that is nothing but an organisation word takes in the capitalised words just before it ("Saturn
 * Corporation", "The DaimlerChrysler Corporation", "Ford Motor Company") and becomes an ORG; with no such
 * words it is no mention.
 */
export function withOrgHeadName(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan | undefined {
  if (s.to - s.from !== 1 || !ORG_HEAD.has(lower(tokens[s.from]!))) return s;
  let from = s.from;
  while (from > 0 && s.from - from < 3 && isUpper(tokens[from - 1]!) && !PHRASE_BREAK.has(lower(tokens[from - 1]!)) &&
    spaced(text, tokens[from - 1]!, tokens[from]!)) from--;
  if (from === s.from) return undefined;
  return { kind: 'ORG', from, to: s.to, nameFrom: from, nameTo: s.to };
}
