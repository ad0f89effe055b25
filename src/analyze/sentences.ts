// Sentence splitting for news text. A single left-to-right scan with a few rules is far cheaper than a
// tokenizer-based splitter and good enough for wire copy: a sentence ends at . ! ? (optionally followed by
// closing quotes/brackets) when the next non-space character starts a new sentence, and always at a blank line.
import type { Sentence } from '../types.js';
import { isAbbreviationPeriod } from '../text/abbreviations.js';

/** Longest run of characters one sentence may hold before it is cut at a space (guards huge paragraphs). */
export const MAX_SENTENCE_CHARS = 1500;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function isUpperStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '"' || c === '“' || c === "'" || c === '‘' ||
    c === '(' || c === '[' || (c.toLowerCase() !== c);
}

/** Splits `text` into sentences with offsets into `text`. Whitespace around sentences is excluded. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;

  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };

  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A blank line (paragraph break) always ends a sentence; so does a line break after a headline-like
      // line with no final punctuation followed by a capitalised line.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        push(i);
        continue;
      }
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < n && CLOSERS.has(text[j]!)) j++;
      if (j < n && !isSpace(text[j]!)) continue; // "3.5", "U.S.-led", "example.com"
      let k = j;
      while (k < n && isSpace(text[k]!)) k++;
      if (k >= n) {
        push(n);
        i = n;
        break;
      }
      const next = text[k]!;
      if (!isUpperStart(next)) continue;
      if (c === '.' && j === i + 1 && isAbbreviationPeriod(text, i)) continue;
      push(j);
      i = j - 1;
      continue;
    }
    if (i - start >= MAX_SENTENCE_CHARS && isSpace(c)) push(i);
  }
  if (start < n) push(n);
  return out;
}
