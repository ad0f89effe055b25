// "Wang Yi … Wang said": a one-word name that is the family name of a person named in full earlier in the
// document is that person, whatever kind the tagger gave it; "the Government of Canada" is an organisation.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { foldKey, isPlaceOrOrgModifier, nameWords, stripTitles } from '../names.js';
import type { Refiner } from '../refiner.js';

/** Bodies named "<Body> of <Place>": an organisation whatever the place in its name suggests. */
const BODY_OF = /^(?:Government|Ministry|Department|Embassy|Parliament|Bank|Council|Office|Court|Senate|Cabinet)\s+of\s/;

/**
 * A one-word PLACE or ORG mention whose word is the first or last word of a multi-word PERSON name mentioned
 * before it becomes PERSON, unless the gazetteer knows the word as a place or an organisation ("Jordan" the
 * country after "Michael Jordan") or the mention is a "-based"/"-led" modifier ("Craiova-based"). A "Government of
 * X" name becomes ORG.
 */
export function surnamesOfPeople(mentions: EntityMention[], gazetteer: Gazetteer): void {
  const parts = new Set<string>();
  for (const m of mentions) {
    if (BODY_OF.test(m.name)) m.kind = 'ORG';
    const words = nameWords(foldKey(m.kind === 'PERSON' ? stripTitles(m.name) : m.name));
    if (m.kind === 'PERSON' && words.length > 1) {
      parts.add(words[0]!);
      parts.add(words[words.length - 1]!);
      continue;
    }
    if (m.kind === 'PERSON' || words.length !== 1 || !parts.has(words[0]!) || isPlaceOrOrgModifier(m.text)) continue;
    const known = gazetteer.kindOf(m.name);
    if (known === undefined || known === 'PERSON') m.kind = 'PERSON';
  }
}

export const surnamesOfPeopleRefiner: Refiner = {
  name: 'surnamesOfPeople',
  refine: (c) => surnamesOfPeople(c.mentions, c.gazetteer),
};
