// Place extents: "City, Region" pairs, and a place with its government ("US government", "the government of Canada").
import type { Token } from '../tokens.js';
import { isLowerWord, isUpper, lower, spaced, type ExtentSpan } from './span.js';

/**
 * "Mobile, Alabama", "Toulouse, France": a place followed by a comma and a second place is one mention of the
 * first, located by the second (the NewsReader extent covers both; the name stays the first), and the second
 * stays a mention of its own inside it. Not inside a list
 * ("France, Germany, Italy and Spain"): no comma or conjunction may follow the pair, and no place with a comma
 * may precede it. `spans` are in token order; a new array is returned.
 */
export function joinPlaceRegion(text: string, tokens: Token[], spans: ExtentSpan[]): ExtentSpan[] {
  if (spans.length < 2) return spans;
  const out: ExtentSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const prev = spans[i - 1];
    const comma = tokens[s.to];
    if (s.kind !== 'PLACE' || !next || next.kind !== 'PLACE' || next.from !== s.to + 1 || comma?.text !== ',' ||
      comma.start !== tokens[s.to - 1]!.end || !spaced(text, comma, tokens[next.from]!)) {
      out.push(s);
      continue;
    }
    const after = tokens[next.to];
    // a list goes on with a comma and another name, or a conjunction; "Long Beach, California, bringing" does not
    const listGoesOn = after !== undefined && (/^(?:and|or|&)$/i.test(after.text) ||
      (after.text === ',' && (tokens[next.to + 1] === undefined || isUpper(tokens[next.to + 1]!))));
    if (listGoesOn) {
      out.push(s);
      continue;
    }
    if (prev && prev.to + 1 === s.from && tokens[prev.to]!.text === ',') {
      out.push(s);
      continue;
    }
    // the region is also a mention of its own (MEANTIME nests them: "Mobile, Alabama" and "Alabama")
    out.push({ ...s, to: next.to }, next);
    i++;
  }
  return out;
}

/** Words that make a country's name the mention of its government ("the US government"), as ACE and MEANTIME count it. */
const GOVERNMENT = new Set(['government', 'governments', 'administration']);

/**
 * A place followed by "government" ("US government", "the Canadian Government") is one place mention with it, and
 * so is "the [provincial] government of" before a place ("the government of Canada"), whose name is not nested.
 */
export function withGovernment(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan {
  if (s.kind !== 'PLACE') return s;
  const next = tokens[s.to];
  if (next && spaced(text, tokens[s.to - 1]!, next) && GOVERNMENT.has(lower(next))) return { ...s, to: s.to + 1 };
  // "the government of Canada", "the provincial government of Ontario", "the governments of Canada"
  let k = s.from - 1;
  if (k < 2 || lower(tokens[k]!) !== 'of' || !GOVERNMENT.has(lower(tokens[k - 1]!))) return s;
  k -= 2;
  if (k > 0 && isLowerWord(tokens[k]!) && lower(tokens[k]!) !== 'the') k--;
  if (lower(tokens[k]!) !== 'the') return s;
  for (let j = k; j < s.from; j++) if (!spaced(text, tokens[j]!, tokens[j + 1]!)) return s;
  return { ...s, from: k, noNestedName: true };
}
