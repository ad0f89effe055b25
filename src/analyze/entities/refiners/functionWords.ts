// "I'm", "We", "It's", "Photo", "Let": capitalised function words and common words the tagger took for names.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Lexicon } from '../lexicon.js';
import { isFunctionWordName } from '../closedClass.js';
import type { Refiner } from '../refiner.js';

/**
 * Share of lower-case use (percent, lexicon.ts) from which a one-word name written as a common word with a
 * capital ("Photo", "People", "Presidential") is that common word: the same bound the tagging uses for a
 * capitalised word where case is not free (docContext.ts COMMON_SHARE).
 */
const COMMON_SHARE = 80;

/** A day and month, or a month and year, inside a name: a dateline's source-and-date string, not a name. */
const DATED = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:19|20)\d\d)/;

/** Names already judged by the name-only tests below: an article and a corpus repeat their names many times. */
const NOT_A_NAME = new Map<string, boolean>();
const NOT_A_NAME_MAX = 100_000;

function notAName(name: string): boolean {
  let no = NOT_A_NAME.get(name);
  if (no === undefined) {
    if (NOT_A_NAME.size >= NOT_A_NAME_MAX) NOT_A_NAME.clear();
    no = isFunctionWordName(name) || DATED.test(name) || MONTH.test(name);
    NOT_A_NAME.set(name, no);
  }
  return no;
}

/**
 * A month alone ("November", "Dec."): a date the tagger took for a name. Months that are also given names or
 * words (March, April, May, June, August) are left to the other rules.
 */
const MONTH = /^(?:January|February|July|September|October|November|December|Jan|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/**
 * Drops mentions whose name is a month alone or holds a date ("UrduPoint News / Sputnik - 20th June, 2020"), mentions whose name is made only of closed-class words and contractions (closedClass.ts), and one-word
 * mentions of a word that news text writes in lower case at least COMMON_SHARE% of the time where case is free,
 * unless the gazetteer knows it as a name.
 */
export function functionWords(mentions: EntityMention[], lexicon: Lexicon, gazetteer: Gazetteer): EntityMention[] {
  return mentions.filter((m) => {
    if (notAName(m.name)) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(m.name)) return true;
    const share = lexicon.lowerShare(m.name);
    return share === undefined || share < COMMON_SHARE || gazetteer.kindOf(m.name) !== undefined;
  });
}

export const functionWordsRefiner: Refiner = {
  name: 'functionWords',
  refine: (c) => {
    c.mentions = functionWords(c.mentions, c.lexicon, c.gazetteer);
  },
};
