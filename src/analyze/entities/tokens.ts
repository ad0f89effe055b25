// Word tokens for the entity tagger. The tokenisation imitates spaCy's English rules closely enough that a
// tagger trained on spaCy-tokenised silver data sees the same units at run time: possessive 's and hyphens
// are split off, "U.S." and abbreviations such as "Mr." stay whole.

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that keep their period (as spaCy's tokenizer exceptions do). Lowercased, no period. */
const PERIOD_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'inc', 'corp', 'ltd', 'co', 'bros', 'messrs', 'rev', 'mt', 'ft', 'adm', 'maj', 'cpl', 'no', 'vs',
]);

// Alternatives, in order: dotted acronyms (U.S., N.V.); numbers with inner separators (2,000 / 3.5 / 14:03) not
// run into letters ("3G", "A380" are words, as in spaCy);
// words with inner apostrophes but not a final possessive (O'Brien); PTB quotes `` and '' whole, as spaCy keeps
// them; possessive / clitic; any other character.
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|''|``|['’][sS]\b|\S/gu;

function isCapitalCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isCapitalCode(w.charCodeAt(i))) return false;
  return w.length > 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where TOKEN_RE's match at `p` (the first non-space position) ends, when the character there makes that plain
 * without running the pattern, else -1. The common cases: a run of ASCII letters ended by an ASCII character
 * that cannot continue a word (no digit, apostrophe or period after a single letter, which may be an
 * acronym), and ASCII punctuation other than quote marks, which is one token.
 */
function plainEnd(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (isAsciiLetter(c)) {
    let e = p + 1;
    while (e < to && isAsciiLetter(text.charCodeAt(e))) e++;
    if (e === to) return e;
    const n = text.charCodeAt(e);
    if (n >= 128 || (n >= 48 && n <= 57) || n === 39 /* ' */ || (n === 46 /* . */ && e === p + 1)) return -1;
    return e;
  }
  if (c >= 48 && c <= 57) return digitsEnd(text, p, to);
  if (c < 128 && c > 32 && c !== 39 && c !== 96 /* ` */) return p + 1;
  // Quotes, dashes and the ellipsis are no letter, mark or number: one token each (not ’, which opens "’s").
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2013 || c === 0x2014 || c === 0x2026) return p + 1;
  return -1;
}

/**
 * A run of ASCII digits is a number token by itself when the pattern's number alternative takes it whole: no
 * letter or digit after it, and no separator followed by a digit ("2,000", "3.5" go to the pattern).
 */
function digitsEnd(text: string, p: number, to: number): number {
  let e = p + 1;
  while (e < to && isDigitCode(text.charCodeAt(e))) e++;
  if (e === to) return e;
  const n = text.charCodeAt(e);
  if (n >= 128 || isAsciiLetter(n)) return -1;
  if ((n === 44 /* , */ || n === 46 /* . */ || n === 58 /* : */) && e + 1 < to) {
    const after = text.charCodeAt(e + 1);
    if (after >= 128 || isDigitCode(after)) return -1;
  }
  return e;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tokens of text[from, to) with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let slice: string | undefined;
  let p = from;
  for (;;) {
    // Spaces between tokens, then the token: ASCII cases directly, anything else through the pattern.
    let c = text.charCodeAt(p);
    while (p < to && (c === 32 || (c >= 9 && c <= 13))) c = text.charCodeAt(++p);
    if (p >= to) break;
    let end = plainEnd(text, p, to);
    let word: string;
    if (end >= 0) word = text.slice(p, end);
    else {
      slice ??= from === 0 && to === text.length ? text : text.slice(from, to);
      TOKEN_RE.lastIndex = p - from;
      const m = TOKEN_RE.exec(slice);
      if (m === null) break;
      word = m[0];
      p = from + m.index;
      end = p + word.length;
    }
    const tokenStart = p;
    let joined = false;
    // Capitals joined by "&" are one word ("AT&T", "S&P"), as PTB and spaCy keep them.
    if (text.charCodeAt(end) === 38 /* & */ && end + 1 < to && isCapitals(word)) {
      let e = end + 1;
      while (e < to && isCapitalCode(text.charCodeAt(e))) e++;
      if (e > end + 1 && (e >= to || !/[\p{L}\p{N}]/u.test(text[e]!))) {
        end = e;
        joined = true;
      }
    }
    // Keep the period of "Mr." and of initials ("J. Smith") on the word, as spaCy does.
    if (!joined && text.charCodeAt(end) === 46 /* . */ && end < to) {
      if ((word.length === 1 && word >= 'A' && word <= 'Z') || PERIOD_WORDS.has(word.toLowerCase())) end++;
    }
    out.push({ start: tokenStart, end, text: end === tokenStart + word.length ? word : text.slice(tokenStart, end) });
    p = end;
  }
  return out;
}

/** True when a word starts with a capital (of any script). */
export function isUpperWord(w: string): boolean {
  const c = w[0]!;
  return c.toLowerCase() !== c;
}
