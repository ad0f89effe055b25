// The silver gazetteer's kinds: a name it knows takes its kind, and a name it knows as no entity is dropped.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { stripTitles } from '../names.js';
import type { Refiner } from '../refiner.js';

/**
 * Kinds from the silver gazetteer (gazetteer.ts): a name the silver data gives one kind for at least 80% of
 * its mentions takes that kind, and a name it calls something else (a product, an event, a nationality) is
 * not a mention; nor is a rarer nationality adjective derived from a known place (isDemonym).
 */
export function applyGazetteer(mentions: EntityMention[], gazetteer: Gazetteer): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const kind = gazetteer.kindOf(m.kind === 'PERSON' ? stripTitles(m.name) : m.name);
    if (kind === 'OTHER') continue;
    if (kind === undefined && isDemonym(m.name, gazetteer)) continue;
    if (kind !== undefined) m.kind = kind;
    out.push(m);
  }
  return out;
}

/** Nationality endings and the place-name endings they replace: "Romanian" → "Romania", "Chinese" → "China". */
const DEMONYM_ENDINGS: ReadonlyArray<[string, string]> = [['n', ''], ['ian', ''], ['ian', 'a'], ['ian', 'y'],
  ['ese', ''], ['ese', 'a'], ['ean', 'e'], ['an', 'o'], ['i', '']];

/**
 * A one-word name that is a nationality adjective the silver data saw too rarely to list ("Romanian" where it
 * lists "Indonesian" as a nationality): taking off a nationality ending gives a place the gazetteer knows.
 */
export function isDemonym(name: string, gazetteer: Gazetteer): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return false;
  let known = DEMONYMS.get(gazetteer);
  if (!known) DEMONYMS.set(gazetteer, (known = new Map()));
  let found = known.get(name);
  if (found === undefined) {
    if (known.size >= DEMONYMS_MAX) known.clear();
    found = DEMONYM_ENDINGS.some(([ending, place]) =>
      name.endsWith(ending) && gazetteer.kindOf(name.slice(0, name.length - ending.length) + place) === 'PLACE');
    known.set(name, found);
  }
  return found;
}

/** Answers of isDemonym by gazetteer: the same capitalised words come back in every document. */
const DEMONYMS = new WeakMap<Gazetteer, Map<string, boolean>>();
const DEMONYMS_MAX = 50_000;

export const applyGazetteerRefiner: Refiner = {
  name: 'applyGazetteer',
  refine: (c) => {
    c.mentions = applyGazetteer(c.mentions, c.gazetteer);
  },
};
