// Quotations: spans between paired quotation marks inside one paragraph.
//   “…” and «…» pair by their direction; straight "…" pair in order. Quotation marks nested inside an
//   open quotation are part of it. A quotation still open at the end of a paragraph ends there (the
//   convention for quotes that run over several paragraphs). Two straight apostrophes '' (the typewriter
//   double quote some wires and the NYT archive use) pair like ". Single quotes are left alone: they are
//   apostrophes far more often than quotation marks.
//   A paragraph may open with a closing mark (”Fear. I am …”, a typesetting slip): it opens a quotation.
//   Mixed marks pair too: text pasted together from several tools often opens with a straight " and closes
//   with a curly ” (or the reverse), and pairing only like with like would run the quotation on to the next
//   straight mark, across the attribution between them.

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end). */
  close: number;
  /** The quoted text, without marks and outer spaces. */
  innerStart: number;
  innerEnd: number;
}

// `` … '' is the double quotation of tokenised (Penn Treebank style) text, as in benchmark corpora
const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', "''": "''", '``': "''", '”': '”' };

/** The other closer a double-quote opener accepts: a curly one after a straight opener, and the reverse. */
const MIXED_CLOSER: Record<string, string> = { '"': '”', '“': '"', '”': '"' };

// a closing mark that opens a paragraph before a word opens a quotation: '”Fear. I am truly afraid …”'. The mark
// comes before the look-behind, so the look-behind runs only at a ” (run at every position it walked back over
// every space of a long run again: a page padded with 60,000 spaces took seconds).
const MARKS = /[“"«„\n]|''|``|”(?<=(?:^|\n)[ \t]*”)(?=[\p{L}\p{N}])/gu;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const push = (open: number, close: number, innerEnd: number, markLength: number): void => {
    let s = open + markLength;
    let e = innerEnd;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ open, close, innerStart: s, innerEnd: e });
  };
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text)) !== null) {
    const open = m.index;
    const opener = m[0];
    if (opener === '\n') continue;
    const want = CLOSER[opener]!;
    const straight = want === opener;
    // scan to the matching closer, the paragraph end, or the text end
    let depth = 0;
    let i = open + opener.length;
    let closed = false;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') break;
      if ((c === want[0] && (want.length === 1 || text.startsWith(want, i))) || (c === MIXED_CLOSER[opener] && depth === 0)) {
        if (depth > 0) {
          depth--;
          continue;
        }
        push(open, i + want.length, i, opener.length);
        closed = true;
        break;
      }
      if (!straight && opener.length === 1 && c === opener) depth++;
    }
    if (!closed) push(open, i, i, opener.length);
    MARKS.lastIndex = closed ? i + want.length : i;
  }
  return out;
}
