// The place a wire dateline names is a place in all of the document, and its agency an organisation.
import type { EntityKind, EntityMention } from '../../../types.js';
import { foldKey } from '../names.js';
import type { Refiner } from '../refiner.js';

/**
 * A name the dateline gives as the place the story was filed from is a place in all of the document ("Kessel
 * Ford" after "KESSEL FORD, Veloria —" is not the car maker, whatever the tagger made of it), and its agency is
 * an organisation (the acronym and gazetteer rules do not apply to it). `kinds`: folded name → dateline kind.
 */
export function datelineKinds(mentions: EntityMention[], kinds: ReadonlyMap<string, EntityKind>): void {
  if (kinds.size === 0) return;
  for (const m of mentions) m.kind = kinds.get(foldKey(m.name)) ?? m.kind;
}

export const datelineKindsRefiner: Refiner = {
  name: 'datelineKinds',
  refine: (c) => datelineKinds(c.mentions, c.datelineKinds),
};
