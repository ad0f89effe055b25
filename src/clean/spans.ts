// Character ranges of page furniture, and the masked text analysis reads: furniture becomes blanks of the
// same length, so every offset analysis produces stays valid against the stored article text.

/** A half-open character range [start, end) of the article text. */
export type Span = [number, number];

/** Sorts and merges overlapping or touching spans. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The text with every span blanked. A blanked span opens with a paragraph break when it has room, because
 * furniture sits between pieces of text that belong to different sentences (a headline and its body, a
 * speaker tag and the words before it); the sentence splitter then never joins them.
 */
export function maskText(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(at, s));
    const len = e - s;
    parts.push(len >= 2 ? `\n\n${' '.repeat(len - 2)}` : ' ');
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Every text line as [start, end) (without its line break). */
export function lineRanges(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push([start, end]);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;

/**
 * The sentence of `line` (a [start, end) range of `text`) around `[from, to)`: from the last sentence end
 * before it to the first one after it, both within the line.
 */
export function sentenceAround(text: string, line: Span, from: number, to: number): Span {
  const [ls, le] = line;
  let start = ls;
  SENTENCE_END.lastIndex = ls;
  for (let m = SENTENCE_END.exec(text); m && m.index < from && m.index < le; m = SENTENCE_END.exec(text)) {
    start = m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = Math.max(to - 1, ls);
  const m = SENTENCE_END.exec(text);
  const end = m && m.index < le ? m.index + m[0].length - 1 : le;
  return [start, end];
}
