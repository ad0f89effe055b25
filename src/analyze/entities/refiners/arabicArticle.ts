// "al Qaeda", "al Jazeera": the Arabic article written in lower case and apart belongs to the name after it.
import type { EntityMention } from '../../../types.js';
import type { Refiner } from '../refiner.js';

/**
 * A mention directly after a lower-case "al" or "el" (a word of its own, as in "al Qaeda" or "el Baradei") takes it
 * in: the tagger, trained on capitalised names, stops after the article, leaving "Qaeda" apart from "Al Qaeda".
 * Changes `mentions` in place.
 */
export function arabicArticle(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    const before = /(?:^|[\s"“(])((?:al|el) )$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (!before || !/^\p{Lu}/u.test(m.text)) continue;
    const start = m.start - before[1]!.length;
    m.name = `${before[1]!}${m.name}`;
    m.text = text.slice(start, m.end);
    m.start = start;
  }
}

export const arabicArticleRefiner: Refiner = {
  name: 'arabicArticle',
  refine: (c) => arabicArticle(c.text, c.mentions),
};
