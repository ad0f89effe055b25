// "Kovrig and Spavor": one tagged span over two people of the document is two mentions.
import type { EntityMention } from '../../../types.js';
import { foldKey, nameWords, stripTitles } from '../names.js';
import type { Refiner } from '../refiner.js';

/**
 * "Kovrig and Spavor": a span the tagger ran over two names joined by "and" is two people when each side is a
 * person of the document (a word of a full person name, or a person name itself). Replaced in place, in order.
 */
export function splitCoordinatedPeople(mentions: EntityMention[]): void {
  if (!mentions.some((m) => m.text.includes(' and '))) return;
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = foldKey(stripTitles(m.name));
    people.add(bare);
    for (const w of nameWords(bare)) people.add(w);
  }
  if (people.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.text.includes(' and ')) continue;
    const parts = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*) and (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)$/u.exec(m.text);
    if (!parts || !people.has(foldKey(parts[1]!)) || !people.has(foldKey(parts[2]!))) continue;
    const rightAt = m.start + m.text.length - parts[2]!.length;
    mentions.splice(i, 1,
      { kind: 'PERSON', name: parts[1]!, start: m.start, end: m.start + parts[1]!.length, text: parts[1]! },
      { kind: 'PERSON', name: parts[2]!, start: rightAt, end: m.end, text: parts[2]! });
    i++;
  }
}

export const splitCoordinatedPeopleRefiner: Refiner = {
  name: 'splitCoordinatedPeople',
  refine: (c) => splitCoordinatedPeople(c.mentions),
};
