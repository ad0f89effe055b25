// Undo Penn-Treebank tokenisation (as in Timeline17, tilse and news-tls files) so text reads like the original:
// "Cairo , Egypt -LRB- CNN -RRB- - He said `` we ca n't '' ." → "Cairo, Egypt (CNN) - He said "we can't"."
//
// Built from a few whole-text regex passes rather than a token-by-token loop: V8's regex engine does the
// common cases (glue punctuation left, brackets right) natively, and only quote marks, which need context
// and state, go through a callback. This runs T17 (~47 MB) several times faster than splitting into tokens.
// Line breaks are kept (in T17 each line is one sentence); blank lines stay (paragraph breaks).

const BRACKETS: Record<string, string> = {
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
};
const BRACKET_TOKEN = /-[LR][RSC]B-/g;
/** "\/" and "\*" are escaped by PTB tokenisers; other backslashes are data. */
const ESCAPED = /\\([/*])/g;
/** A line break with spaces around it. */
const LINE_BREAK = /[ \t]*\n[ \t]*/g;
const SPACE_RUN = / {2,}/g;
/** Tokens written with no space before them: punctuation, closing brackets, clitics ("do n't", "it 's"). */
const GLUE_LEFT = / (\.\.\.|[,.;:?!%)\]}]|'(?:s|re|ve|ll|d|m)|n't)(?=[ "'])/gi;
/** Tokens written with no space after them: opening brackets, currency ("$ 5", "US$ 5"), hash. */
const GLUE_RIGHT = / ([([{#]|[A-Z]{0,3}\$) (?=[^ \n])/g;
/** Words the tokeniser splits in two: "can not" → "cannot", "gon na" → "gonna". */
const SPLIT_WORDS = / (can|gon|wan|got) (not|na|ta)(?= )/gi;
const SPLIT_PAIRS = new Set(['can not', 'gon na', 'wan na', 'got ta']);
/** A standalone quote token (text is padded, so a space is always on both sides). */
const QUOTE_TOKEN = / (``|''|`|')(?= )/g;
/** Marks the space after an opening quote for removal; a private-use character never found in news text. */
const GLUE_MARK = '\uE000';
/** A token that starts like a word or number: a quote before it opens, a quote after "s" before it is possessive. */
const WORDLIKE = /^[\p{L}\p{N}]/u;
const ENDS_IN_PUNCT = /[.,;:?!]$/;
const OPENS_AFTER = /(?:^|[,:;(-])$/;

/** The space-delimited token that ends just before `end` (exclusive); '' at a line start. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--;
  const token = text.slice(start, end);
  return token === '\n' ? '' : token;
}

/** The space-delimited token that starts at `start`; '' at a line end. */
function tokenAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 32) end++;
  const token = text.slice(start, end);
  return token === '\n' ? '' : token;
}

/**
 * Decide, left to right, whether each quote token opens or closes, and glue it to its word.
 * A double quote opened in one sentence may close in the next, so its state survives line breaks (not blank
 * lines); single quotes are mostly apostrophes and possessives, so their state resets every line.
 */
function resolveQuotes(text: string): string {
  let doubleOpen = false;
  let singleOpen = false;
  let lastLineStart = 0;
  let opened = false;
  const out = text.replace(QUOTE_TOKEN, (_m, quote: string, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset);
    if (lineStart !== lastLineStart) {
      singleOpen = false;
      if (lineStart >= 3 && text.charCodeAt(lineStart - 3) === 10) doubleOpen = false; // blank line before
      lastLineStart = lineStart;
    }
    const prev = tokenBefore(text, offset);
    const next = tokenAt(text, offset + quote.length + 2);
    const nextIsWord = next !== '' && WORDLIKE.test(next);
    let closes: boolean;
    if (quote === '``') {
      closes = false;
      doubleOpen = true;
    } else if (quote === "''") {
      // '' normally closes; some sources also open with it ("with '' flu-like symptoms ''").
      closes = prev !== '' && (doubleOpen || ENDS_IN_PUNCT.test(prev) || !nextIsWord);
      doubleOpen = !closes;
    } else if (quote === '`') {
      closes = false;
      singleOpen = true;
    } else if (singleOpen) {
      closes = true;
      singleOpen = false;
    } else if (/[sSzZ]$/.test(prev) && nextIsWord) {
      closes = true; // plural possessive: "Giffords ' doctors" → "Giffords' doctors"
    } else if (OPENS_AFTER.test(prev) && nextIsWord) {
      closes = false; // an opening quote written as '
      singleOpen = true;
    } else {
      closes = true;
    }
    const mark = quote.length === 2 ? '"' : "'";
    if (closes) return mark;
    opened = true;
    return ' ' + mark + GLUE_MARK;
  });
  return opened ? out.replaceAll(GLUE_MARK + ' ', '').replaceAll(GLUE_MARK, '') : out;
}

/** Quick check: does this text look PTB-tokenised (worth detokenising)? Looks at the first few KB only. */
export function looksTokenized(text: string): boolean {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  return /-[LR][RSC]B-|``| n't | 's | , [\p{L}\p{N}]| \.(?:\n| ?$)/u.test(head);
}

/** Turn PTB-tokenised text back into ordinary text. */
export function detokenize(text: string): string {
  let s = text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('\t')) s = s.replace(/\t/g, ' ');
  // Pad so that every token has a space on both sides; the passes below rely on it. Plain string
  // replaceAll is much faster than a regex here, and T17 lines all end in " \n".
  s = s.replaceAll(' \n', '\n');
  if (s.includes('  ') || s.includes(' \n') || s.includes('\n ')) s = s.replace(LINE_BREAK, '\n').replace(SPACE_RUN, ' ');
  s = ' ' + s.replaceAll('\n', ' \n ') + ' ';
  if (s.includes('B-')) s = s.replace(BRACKET_TOKEN, (b) => BRACKETS[b] ?? b);
  if (s.includes('\\')) s = s.replace(ESCAPED, '$1');
  // Quotes first, while every quote is still a standalone token; a closing quote then glues to the token
  // before it, so GLUE_LEFT also accepts a quote mark after punctuation ('stop ."' → 'stop."').
  if (s.includes("'") || s.includes('`')) s = resolveQuotes(s);
  s = s.replace(GLUE_LEFT, '$1');
  s = s.replace(GLUE_RIGHT, ' $1');
  if (/ (?:can not|gon na|wan na|got ta) /i.test(s)) {
    s = s.replace(SPLIT_WORDS, (m, a: string, b: string) => (SPLIT_PAIRS.has(m.slice(1).toLowerCase()) ? ' ' + a + b : m));
  }
  s = s.replaceAll(' \n ', '\n');
  if (s.includes(' \n') || s.includes('\n ')) s = s.replace(LINE_BREAK, '\n');
  return s.trim();
}
