// "Ryanair": a one-word "person" never introduced by a full name or a title is an organisation.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Lexicon } from '../lexicon.js';
import { foldKey, nameWords, stripTitles } from '../names.js';
import type { Refiner } from '../refiner.js';

/**
 * News introduces a person by full name before using the surname alone. A one-word PERSON name that is not part
 * of any longer person's name in the document, never carries a title there, and that the gazetteer does not know
 * as a person is taken for an organisation (the tagger's usual slip on company names: "Ryanair", "Lufthansa").
 * Such a word that unlabeled news mostly writes in lower case is no name at all and is dropped, whatever the silver
 * gazetteer says ("Report" of "| Report abuse" under reader comments). Changes `mentions` in place.
 */
export function lonePeople(mentions: EntityMention[], gazetteer: Gazetteer, lexicon?: Lexicon): void {
  const folds = new Map<string, string>();
  const fold = (name: string): string => {
    let f = folds.get(name);
    if (f === undefined) folds.set(name, (f = foldKey(name)));
    return f;
  };
  const parts = new Set<string>();
  const titled = new Set<string>();
  const single: EntityMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = stripTitles(m.name);
    if (bare.includes(' ')) {
      for (const w of nameWords(fold(bare))) parts.add(w);
    } else {
      single.push(m);
      if (bare !== m.name || stripTitles(m.text) !== m.text) titled.add(fold(bare));
    }
  }
  const common = new Set<EntityMention>();
  for (const m of single) {
    const key = fold(stripTitles(m.name));
    if (nameWords(key).length !== 1 || parts.has(key) || titled.has(key)) continue;
    if ((lexicon?.lowerShare(m.name) ?? 0) >= COMMON_WORD_SHARE) common.add(m);
    else if (gazetteer.kindOf(m.name) !== 'PERSON') m.kind = 'ORG';
  }
  if (common.size === 0) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (common.has(mentions[i]!)) mentions.splice(i, 1);
}

/** Share of lower-case use (percent, lexicon.ts) from which a lone capitalised "person" is a common word. */
const COMMON_WORD_SHARE = 50;

export const lonePeopleRefiner: Refiner = {
  name: 'lonePeople',
  refine: (c) => lonePeople(c.mentions, c.gazetteer, c.lexicon),
};
