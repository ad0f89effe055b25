// Where a pronoun's antecedent may be: in the same or an earlier sentence of the paragraph. A paragraph ends at
// a blank line; a single line break ends one too, unless the text puts one sentence on each line (tokenised
// corpora), where line breaks say nothing about paragraphs: there, and in any case, at most five sentences back.
import type { Sentence } from '../../types.js';

/** Sentences back a pronoun may reach: within a paragraph, and where no paragraphs are marked. */
const MAX_BACK = 5;
const LINE_SENTENCES_BACK = 2;

/** For a text and its sentences, a function from an offset to the first offset its antecedents may start at. */
export function antecedentWindow(text: string, sentences: Sentence[]): (at: number) => number {
  const lines = text.split('\n').filter((l) => l.trim() !== '').length;
  const blankLines = /\n[^\S\n]*\n/.test(text);
  const lineBreaks = !blankLines && lines < sentences.length * 0.7;
  const paragraphEnd = lineBreaks ? /\n/g : /\n[^\S\n]*\n/g;
  const back = blankLines || lineBreaks ? MAX_BACK : LINE_SENTENCES_BACK;
  return (at: number): number => {
    // the sentence holding `at` (binary search), then `back` before it
    let lo = 0;
    let hi = sentences.length - 1;
    let k = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const from = sentences.length ? sentences[Math.max(0, k - back)]!.start : 0;
    let para = 0;
    const before = text.slice(from, at);
    paragraphEnd.lastIndex = 0;
    for (let m = paragraphEnd.exec(before); m !== null; m = paragraphEnd.exec(before)) para = from + m.index + m[0].length;
    return Math.max(from, para);
  };
}
