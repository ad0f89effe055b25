// "Cisco sues Apple": a name that acts or speaks is an organisation, not a place.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { foldKey } from '../names.js';
import type { Refiner } from '../refiner.js';

/**
 * Verbs whose subject acts, speaks or goes to law: a person or an organisation, not a piece of land ("Cisco sues
 * Apple", "The union refused"). A country that "said" something is a government, but countries are in the
 * gazetteer and keep their kind.
 */
export const AGENT_VERB = new Set(['said', 'says', 'sues', 'sued', 'announced', 'announces', 'refused', 'refuses', 'claims',
  'claimed', 'argued', 'argues', 'denied', 'denies', 'agreed', 'agrees', 'declined', 'declines', 'insisted',
  'insists', 'confirmed', 'confirms', 'stated', 'states', 'hired', 'hires', 'employs', 'acquired', 'acquires']);

/** Words before a name that make it a place in a phrase, not the subject of the next verb ("officials in Lyon said"). */
const PLACE_PREP = new Set(['in', 'at', 'from', 'of', 'near', 'to', 'into', 'across', 'outside', 'inside', 'around',
  'throughout', 'within', 'for', 'by', 'on', 'over', 'via']);

/**
 * A name the gazetteer does not know as a place, written as the subject of an acting or speaking verb (the verb
 * right after it, no preposition before it), names an organisation: every PLACE mention of the same name in the
 * document becomes ORG ("Cisco sues Apple" … "based in San Jose - Cisco"; "The UAW refused" after "the United
 * Auto Workers (UAW)" was taken for a place).
 */
export function actingPlaces(mentions: EntityMention[], gazetteer: Gazetteer, text: string): void {
  const acting = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'PERSON') continue;
    const verb = /^\s+([a-z]+)\b/.exec(text.slice(m.end, m.end + 16));
    if (!verb || !AGENT_VERB.has(verb[1]!)) continue;
    const before = /([\p{L}]+)\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before && PLACE_PREP.has(before[1]!.toLowerCase())) continue;
    if (gazetteer.kindOf(m.name) === 'PLACE') continue;
    acting.add(foldKey(m.name));
  }
  if (acting.size === 0) return;
  for (const m of mentions) if (m.kind === 'PLACE' && acting.has(foldKey(m.name))) m.kind = 'ORG';
}

export const actingPlacesRefiner: Refiner = {
  name: 'actingPlaces',
  refine: (c) => actingPlaces(c.mentions, c.gazetteer, c.text),
};
