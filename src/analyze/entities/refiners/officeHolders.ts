// "Secretary of State Hillary Clinton": the tagger takes "State Hillary Clinton" for an organisation; the office's
// last words and a person's full name after them are a person.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { EVENT_LAST, ORG_LAST, PLACE_LAST } from '../lastWords.js';
import { foldKey, nameWords, stripTitles } from '../names.js';
import { nameGender } from '../../../text/gender.js';
import type { Refiner } from '../refiner.js';

/** Last words of buildings and institutions named after a person ("Queen Elizabeth Hospital"). */
const FACILITY_LAST = new Set(['hospital', 'school', 'college', 'stadium', 'center', 'centre', 'museum', 'park',
  'hall', 'library', 'memorial', 'prize', 'award', 'trust', 'fund', 'line', 'building', 'tower']);

/**
 * An organisation or place mention that is titles ("State", "Prime Minister") followed by a name of two or more words
 * starting with a given name is that person: the titles are stripped from its name (names.ts) once it is a PERSON.
 * Names ending like an organisation, place, event or building ("King Abdullah University", "Queen Elizabeth
 * Hospital") and names the gazetteer knows are left alone. Changes `mentions` in place.
 */
export function officeHolders(mentions: EntityMention[], gazetteer: Gazetteer): void {
  const firstNames = gazetteer.firstNames();
  for (const m of mentions) {
    if (m.kind === 'PERSON') continue;
    const person = stripTitles(m.name);
    if (person === m.name) continue;
    const words = nameWords(foldKey(person));
    const last = words[words.length - 1]!;
    if (words.length < 2 || ORG_LAST.has(last) || PLACE_LAST.has(last) || EVENT_LAST.has(last) || FACILITY_LAST.has(last)) continue;
    if (!firstNames.has(words[0]!) && nameGender(words[0]!) === undefined) continue;
    if (gazetteer.kindOf(m.name) !== undefined) continue;
    m.kind = 'PERSON';
  }
}

export const officeHoldersRefiner: Refiner = {
  name: 'officeHolders',
  refine: (c) => officeHolders(c.mentions, c.gazetteer),
};
