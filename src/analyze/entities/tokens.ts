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

/** Tokens of text[from, to) with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const start = from + m.index;
    let end = start + m[0].length;
    let joined = false;
    // Capitals joined by "&" are one word ("AT&T", "S&P"), as PTB and spaCy keep them.
    if (text.charCodeAt(end) === 38 /* & */ && end + 1 < to && isCapitals(m[0])) {
      let e = end + 1;
      while (e < to && isCapitalCode(text.charCodeAt(e))) e++;
      if (e > end + 1 && (e >= to || !/[\p{L}\p{N}]/u.test(text[e]!))) {
        TOKEN_RE.lastIndex += e - end;
        end = e;
        joined = true;
      }
    }
    // Keep the period of "Mr." and of initials ("J. Smith") on the word, as spaCy does.
    if (!joined && text.charCodeAt(end) === 46 /* . */ && end < to) {
      const w = m[0];
      if ((w.length === 1 && w >= 'A' && w <= 'Z') || PERIOD_WORDS.has(w.toLowerCase())) {
        end++;
        TOKEN_RE.lastIndex++;
      }
    }
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** True when a word starts with a capital (of any script). */
export function isUpperWord(w: string): boolean {
  const c = w[0]!;
  return c.toLowerCase() !== c;
}
