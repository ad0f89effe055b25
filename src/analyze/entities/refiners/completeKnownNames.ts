// "Air" + "Canada": a mention that ends a longer name of the document, right after the rest of it, is that name.
import type { EntityKind, EntityMention } from '../../../types.js';
import type { Refiner } from '../refiner.js';

/**
 * A mention that is the end of a longer name found elsewhere in the document, right after the rest of that name
 * in the text, is that name: the tagger's slip on a first word that is also a common word ("Air" before "Canada"
 * at a sentence start, when "Air Canada" is a mention elsewhere) is undone. Only exact word sequences, only words
 * no other mention covers, only mentions whose text is their bare name. Changes `mentions` in place.
 */
export function completeKnownNames(text: string, mentions: EntityMention[]): void {
  const full = new Map<string, { words: string[]; kind: EntityKind; name: string }>();
  for (const m of mentions) {
    if (m.text !== m.name || !m.name.includes(' ')) continue;
    const words = m.name.split(' ');
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue;
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      if (!full.has(tail)) full.set(tail, { words, kind: m.kind, name: m.name });
    }
  }
  if (full.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.text !== m.name) continue;
    const known = full.get(m.name);
    if (!known) continue;
    const head = known.words.slice(0, known.words.length - m.name.split(' ').length).join(' ');
    const from = m.start - head.length - 1;
    if (from < 0 || text.slice(from, m.start) !== `${head} `) continue;
    if (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) continue;
    const prev = mentions[i - 1];
    if (prev && prev.end > from) continue;
    m.start = from;
    m.text = known.name;
    m.name = known.name;
    m.kind = known.kind;
  }
}

export const completeKnownNamesRefiner: Refiner = {
  name: 'completeKnownNames',
  refine: (c) => completeKnownNames(c.text, c.mentions),
};
