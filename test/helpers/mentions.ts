// Hand-made entity mentions for tests that pin quote rules rather than the entity tagger.
import type { EntityKind, EntityMention } from '../../src/types.js';

/** A mention for every occurrence of each surface form in `text` (name = the given name or the surface), in text order. */
export function ents(text: string, list: Array<[string, EntityKind, string?]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, kind, name] of list) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      out.push({ kind, name: name ?? surface, start: i, end: i + surface.length, text: surface });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
