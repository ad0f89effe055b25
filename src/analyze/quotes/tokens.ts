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
    scanSegment(text, pos, segEnd, out);
    if (!q) break;
    out.push({ start: q.open, end: Math.min(q.close, end), low: '"', quote: q, word: false, cap: false });
    pos = Math.min(q.close, end);
    k++;
  }
  return out;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where TOKEN's match at `p` (the first non-space position) ends, when the ASCII characters there make that
 * plain, else -1: a run of ASCII letters and digits ended by an ASCII character that cannot join it to more
 * (none of - ' & .), or one ASCII punctuation mark. Everything else goes through the pattern.
 */
function plainEnd(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (isAsciiAlnum(c)) {
    let e = p + 1;
    while (e < to && isAsciiAlnum(text.charCodeAt(e))) e++;
    if (e === to) return e;
    const n = text.charCodeAt(e);
    return n >= 128 || n === 45 || n === 39 || n === 38 || n === 46 ? -1 : e;
  }
  return c < 128 && c > 32 ? p + 1 : -1;
}

/** Appends the tokens of text[from, to), a stretch holding no quotation. */
function scanSegment(text: string, from: number, to: number, out: Tok[]): void {
  let slice: string | undefined;
  let p = from;
  for (;;) {
    let c = text.charCodeAt(p);
    while (p < to && (c === 32 || (c >= 9 && c <= 13))) c = text.charCodeAt(++p);
    if (p >= to) return;
    const end = plainEnd(text, p, to);
    if (end >= 0) {
      const w = text.slice(p, end);
      const word = isAsciiAlnum(c);
      out.push({ start: p, end, low: w.toLowerCase(), word, cap: c >= 65 && c <= 90 });
      p = end;
      continue;
    }
    slice ??= text.slice(from, to);
    TOKEN.lastIndex = p - from;
    const m = TOKEN.exec(slice);
    if (m === null) return;
    const s = from + m.index;
    const w = m[0];
    const c0 = w.charCodeAt(0);
    const word = /[\p{L}\p{N}]/u.test(w[0]!);
    out.push({ start: s, end: s + w.length, low: w.toLowerCase(), word, cap: word && w[0] !== w[0]!.toLowerCase() && c0 > 0 });
    p = s + w.length;
  }
}
