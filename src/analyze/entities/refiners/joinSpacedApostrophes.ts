// "Michael O' Leary": a family name written with a space after its apostrophe joins the person before it.
import type { EntityMention } from '../../../types.js';
import type { Refiner } from '../refiner.js';

/**
 * Irish and Romance family names ("O'Leary", "D'Alema") written with a space after the apostrophe, as tokenised
 * news text has them ("Michael O' Leary"): the tagger stops before "O'"; a PERSON mention directly followed by a
 * one-letter capital, an apostrophe and a capitalised word takes them in. Changes `mentions` in place.
 */
export function joinSpacedApostrophes(text: string, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'PERSON') continue;
    const rest = /^ ([A-Z]['’] ?\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 40));
    if (!rest) continue;
    const end = m.end + 1 + rest[1]!.length;
    const next = mentions[i + 1];
    if (next && next.start < end) {
      if (next.end > end || next.kind !== 'PERSON') continue;
      mentions.splice(i + 1, 1);
    }
    m.name = `${m.name} ${rest[1]!}`;
    m.text = text.slice(m.start, end);
    m.end = end;
  }
}

export const joinSpacedApostrophesRefiner: Refiner = {
  name: 'joinSpacedApostrophes',
  refine: (c) => joinSpacedApostrophes(c.text, c.mentions),
};
