// "the city of Homs", "in Aleppo": the words around a name say it is a place, whatever the tagger and the
// silver gazetteer made of it.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { foldKey } from '../names.js';
import type { Refiner } from '../refiner.js';
import { AGENT_VERB } from './actingPlaces.js';

/**
 * "the city of X", "the southern town of X", "the Bab Tadmur neighbourhood of X", "parts of X": only a place
 * follows these lowercase words (so "Bank of X" is not one). Words that also name other things ("the stock
 * capital of Apple") count only as "the [one word] capital of".
 */
const PLACE_OF = /(?:\b(?:cities|towns|villages|province|governorate|district|suburbs?|neighbou?rhoods?|outskirts|streets|areas|parts)|\bthe\s+(?:[a-z-]+\s+)?(?:city|town|village|region|capital|port))\s+of\s+(?:the\s+)?$/;
/** "X province", "X countryside": a lowercase land word right after the name. */
const PLACE_AFTER = /^\s+(?:province|governorate|countryside|suburbs?|outskirts|district|city centre|city center)\b/;
/** "central Homs", "besieged Misrata": a lowercase word of position or siege right before the name. */
const PLACE_ADJECTIVE = /\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|besieged|rebel-held|downtown|coastal|neighbou?ring)\s+$/;
/** "in X", "near X": a preposition of location right before the name (weaker: "a stake in Chrysler"). */
const LOCATIVE = /\b(?:in|near|outside|around|across|throughout|inside|towards?)\s+$/i;
/** "a stake in X", "Republicans in X": "in" after these words tells of a share or a seat, not a location. */
const HELD_IN = /\b(?:stakes?|shares?|investments?|interests?|holdings?|confidence|jobs?|roles?|positions?|seats?|majority|minority|votes?|members?|hearings?|Democrats|Republicans|leaders|lawmakers|executives|analysts|officials)\s+in\s+$/i;
/** What joins the names of a list: "Hama, Homs and Deir al-Zour". */
const COORDINATION = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/;
/** A company's legal form ends its name: never a place. */
const CORPORATE = /\b(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh|group|company|corporation)$/;

/**
 * Cheap tests each of the patterns above that end the text before a name needs: that text ends in white space (the
 * same set as \s) after these letters. Most mentions fail them, so the patterns, which a regular expression engine
 * tries at every position of the 40 characters, seldom run.
 */
const PLACE_OF_ENDS = ['of', 'the'];
const PLACE_ADJECTIVE_ENDS = ['ern', 'al', 'ged', 'held', 'town', 'ring'];
const LOCATIVE_ENDS = new Set(['in', 'ar', 'de', 'nd', 'ss', 'ut', 'rd', 'ds']);

/** How the words around one name's mentions in a document speak for a place or for an actor. */
interface Cues {
  strong: number;
  locative: number;
  listed: number;
  acting: number;
  mentions: number;
}

/**
 * A name the tagger typed ORG becomes PLACE in all the document when the words around it say so, none of its
 * mentions being the subject of an acting verb ("X said"): one strong cue ("the city of X", "X province",
 * "central X", "X, France"); or weak cues (a preposition of location before it, not "a stake in X", or a place the gazetteer
 * knows listed next to it: "Idlib and X") on at least two of its mentions and half of them. Against a silver kind
 * ORG (the silver data calls "Homs" an organisation) the weak cues must include a listing with a place. The first
 * word of a longer organisation name of the document ("Northrop" of "Northrop Grumman") is an organisation, unless
 * the gazetteer knows it ("Washington" of "Washington Post").
 */
export function placeCues(mentions: EntityMention[], gazetteer: Gazetteer, text: string): void {
  const cues = new Map<string, Cues>();
  const listedWithPlace = (i: number): boolean => {
    for (const j of [i - 1, i + 1]) {
      const n = mentions[j];
      if (!n || n.kind === 'PERSON' || gazetteer.kindOf(n.name) !== 'PLACE') continue;
      const gap = j < i ? text.slice(n.end, mentions[i]!.start) : text.slice(mentions[i]!.end, n.start);
      if (COORDINATION.test(`${gap.trimEnd()} `)) return true;
    }
    return false;
  };
  // "Toulouse, France": a name followed by a comma and a place the gazetteer knows, which ends its own phrase
  // (not "Airbus, France's biggest", not a list "EADS, Germany and Spain").
  const withinPlace = (i: number): boolean => {
    const m = mentions[i]!;
    const n = mentions[i + 1];
    if (!n || n.kind === 'PERSON' || text.slice(m.end, n.start) !== ', ' || gazetteer.kindOf(n.name) !== 'PLACE') return false;
    return !/^\s*(?:['’]s\b|,?\s+(?:and|or)\b|,\s*\p{Lu})/u.test(text.slice(n.end, n.end + 12));
  };
  for (const [i, m] of mentions.entries()) {
    if (m.kind === 'PERSON') continue;
    const key = foldKey(m.name);
    let c = cues.get(key);
    if (!c) cues.set(key, (c = { strong: 0, locative: 0, listed: 0, acting: 0, mentions: 0 }));
    c.mentions++;
    // The words before the mention's name, not its extent: "the" may open the span ("the besieged city").
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 24);
    // the word before the spaces that end `before` ('' when none do: then no pattern on `before` matches)
    const trimmed = before.trimEnd();
    const word = trimmed.length < before.length ? trimmed : '';
    if ((PLACE_OF_ENDS.some((e) => word.endsWith(e)) && PLACE_OF.test(before)) || PLACE_AFTER.test(after) ||
      (PLACE_ADJECTIVE_ENDS.some((e) => word.endsWith(e)) && PLACE_ADJECTIVE.test(before)) || withinPlace(i)) c.strong++;
    else if (listedWithPlace(i)) c.listed++;
    else if (LOCATIVE_ENDS.has(word.slice(-2).toLowerCase()) && LOCATIVE.test(before) && !HELD_IN.test(before)) c.locative++;
    const verb = /^\s+([a-z]+)\b/.exec(after);
    if (verb && AGENT_VERB.has(verb[1]!)) c.acting++;
  }
  // "Northrop" after "Northrop Grumman": the short form of an organisation the document names in full.
  const orgFirstWords = new Set<string>();
  for (const m of mentions) {
    const sp = m.name.indexOf(' ');
    if (m.kind === 'ORG' && sp > 0) orgFirstWords.add(foldKey(m.name.slice(0, sp)));
  }
  const places = new Set<string>();
  for (const [key, c] of cues) {
    if (c.acting > 0 || CORPORATE.test(key) || orgFirstWords.has(key)) continue;
    const known = gazetteer.kindOf(key);
    if (known === 'PLACE' || known === 'PERSON' || known === 'OTHER') continue;
    const weak = c.locative + c.listed >= 2 && 2 * (c.locative + c.listed) >= c.mentions;
    // Against the silver kind ORG, "in X" alone is not enough ("in Congress"): X must also be listed with places.
    if (c.strong > 0 || (weak && (known === undefined || c.listed > 0))) places.add(key);
  }
  for (const m of mentions) {
    const key = foldKey(m.name);
    if (m.kind === 'ORG' && places.has(key)) m.kind = 'PLACE';
    else if (m.kind === 'PLACE' && orgFirstWords.has(key) && !key.includes(' ') && gazetteer.kindOf(key) === undefined) m.kind = 'ORG';
  }
}

export const placeCuesRefiner: Refiner = {
  name: 'placeCues',
  refine: (c) => placeCues(c.mentions, c.gazetteer, c.text),
};
