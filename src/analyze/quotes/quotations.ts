// Quotations: spans between paired quotation marks inside one paragraph.
//   “…” and «…» pair by their direction; straight "…" pair in order. Quotation marks nested inside an
//   open quotation are part of it. A quotation still open at the end of a paragraph ends there (the
//   convention for quotes that run over several paragraphs). Single quotes are left alone: they are
//   apostrophes far more often than quotation marks.

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end). */
  close: number;
  /** The quoted text, without marks and outer spaces. */
  innerStart: number;
  innerEnd: number;
}

const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

const MARKS = /[“"«„\n]/g;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const push = (open: number, close: number, innerEnd: number): void => {
    let s = open + 1;
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
    // scan to the matching closer, the paragraph end, or the text end
    let depth = 0;
    let i = open + 1;
    let closed = false;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') break;
      if (c === want) {
        if (depth > 0) {
          depth--;
          continue;
        }
        push(open, i + 1, i);
        closed = true;
        break;
      }
      if (want !== '"' && c === opener) depth++;
    }
    if (!closed) push(open, i, i);
    MARKS.lastIndex = closed ? i + 1 : i;
  }
  return out;
}
