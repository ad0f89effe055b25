// Where a pronoun's antecedent may be: in the same sentence or the two before it, within the paragraph. A
// paragraph ends at a blank line; a single line break ends one too, unless the text puts one sentence on each
// line (tokenised corpora), where line breaks say nothing about paragraphs.
import type { Sentence } from '../../types.js';

/** For a text and its sentences, a function from an offset to the first offset its antecedents may start at. */
export function antecedentWindow(text: string, sentences: Sentence[]): (at: number) => number {
  const lines = text.split('\n').filter((l) => l.trim() !== '').length;
  const lineBreaks = !/\n[^\S\n]*\n/.test(text) && lines < sentences.length * 0.7;
  const paragraphEnd = lineBreaks ? /\n/g : /\n[^\S\n]*\n/g;
  return (at: number): number => {
    // the sentence holding `at` (binary search), then two back
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
    const from = sentences.length ? sentences[Math.max(0, k - 2)]!.start : 0;
    let para = 0;
    const back = text.slice(from, at);
    paragraphEnd.lastIndex = 0;
    for (let m = paragraphEnd.exec(back); m !== null; m = paragraphEnd.exec(back)) para = from + m.index + m[0].length;
    return Math.max(from, para);
  };
}
