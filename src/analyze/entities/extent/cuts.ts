// Where a tagged span stops being a name: lower-case content words, brackets, commas, spaced dashes and line
// breaks cut it, and a name right after a camel-case word belongs to that product name.
import type { EntityKind } from '../../../types.js';
import type { Token } from '../tokens.js';
import { spaced } from './span.js';

/** Lower-case words that occur inside names ("Bank of England", "Alliance for Progress", "Charles de Gaulle"). */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'von', 'van',
  'der', 'den', 'del', 'della', 'da', 'dos', 'das', 'di', 'bin', 'ibn', 'y', 'e', 'on', 'in', 'at', 'upon', 'to', 'a']);

/**
 * A name never contains a lower-case content word, a bracket, a comma, a spaced dash or a line break: a span the
 * tagger runs over one ("Apple releases Macbook", a headline; "Penske Automotive Group (PAG)") is cut there into the
 * pieces around it. Connectors ("Bank of England") and words
 * glued to a capitalised word by a hyphen or a camel case ("Wal-Mart", "eBay") do not cut. A new array is returned.
 */
export function splitAtLowercase<T extends { kind: EntityKind; from: number; to: number }>(tokens: Token[], spans: T[],
  text = ''): T[] {
  if (spans.length === 0) return spans;
  const out: T[] = [];
  for (const s of spans) {
    let from = s.from;
    for (let k = s.from; k < s.to; k++) {
      // a line break ends a name: a headline without a full stop runs into the next line
      const gap = k > from ? tokens[k]!.start - tokens[k - 1]!.end : 0;
      if (gap > 0 && (gap === 1 ? text.charCodeAt(tokens[k - 1]!.end) === 10 : text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n'))) {
        out.push({ ...s, from, to: k });
        from = k;
      }
      const w = tokens[k]!.text;
      const c = w.charCodeAt(0);
      if (c >= 65 && c <= 90) continue; // a capitalised word: the usual case
      // a bracket, a comma or a free-standing dash ends a name too: "the European Central Bank (ECB)", "Launch
      // Systems, Launch Services", "San Jose - Cisco"
      const separator = w === '(' || w === ')' || w === ',' || ((w === '-' || w === '—' || w === '–') && k > s.from &&
        tokens[k - 1]!.end < tokens[k]!.start);
      if (!separator && (!/^\p{Ll}+$/u.test(w) || NAME_CONNECTORS.has(w))) continue;
      if (k > from) out.push({ ...s, from, to: k });
      from = k + 1;
    }
    if (from === s.from) out.push(s);
    else if (s.to > from) out.push({ ...s, from, to: s.to });
  }
  return withoutTrailingConnectors(tokens, out);
}

/**
 * A connector joins two parts of a name and never ends one: the tagger's "Security Council on" (before "on
 * Thursday") is "Security Council". Pieces left with nothing go.
 */
function withoutTrailingConnectors<T extends { from: number; to: number }>(tokens: Token[], spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let to = s.to;
    while (to > s.from && NAME_CONNECTORS.has(tokens[to - 1]!.text)) to--;
    if (to === s.to) out.push(s);
    else if (to > s.from) out.push({ ...s, to });
  }
  return out;
}

/**
 * A name right after a word in camel case that starts in lower case ("iPod Nano", "iTunes Music Store",
 * "iPhone Developer Program") continues that product or brand name: it is not a mention of its own.
 */
export function continuesCamelCase(text: string, tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before === undefined || before.text.length < 2) return false;
  const c = before.text[0]!;
  if (c === c.toUpperCase()) return false; // the usual case, decided without a regular expression
  return /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(before.text) && spaced(text, before, tokens[from]!);
}
