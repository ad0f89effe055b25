// The token stream of a unit: words and punctuation, with every quotation as one token, so that the patterns
// see '“C,” X said' as [quotation, X, said] whatever the quotation holds.
import type { Quotation } from './quotations.js';

export interface Tok {
  start: number;
  end: number;
  /** Lower-cased text; '"' for a quotation token. */
  low: string;
  /** Set for a quotation token. */
  quote?: Quotation;
  word: boolean;
  cap: boolean;
}

// a stop joins letters ("U.S.", "e.g.") but not a word to a capitalised word after it: "said.Trump" is two sentences run together
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’&]|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}]+)*|\S/gu;

/** Tokens of text[start, end); `quotes` sorted, scanned from index `qi` (the first that may lie inside). */
export function tokenize(text: string, start: number, end: number, quotes: Quotation[], qi: number): Tok[] {
  const out: Tok[] = [];
  let pos = start;
  let k = qi;
  while (pos < end) {
    while (k < quotes.length && quotes[k]!.open < pos) k++;
    const q = k < quotes.length && quotes[k]!.open < end ? quotes[k]! : undefined;
    const segEnd = q ? q.open : end;
    for (const m of text.slice(pos, segEnd).matchAll(TOKEN)) {
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
