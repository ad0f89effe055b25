// "Northrop Grumman": a two-word "person" that nothing in the document vouches for is an organisation.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Lexicon } from '../lexicon.js';
import { foldKey, nameWords, stripTitles } from '../names.js';
import { nameGender } from '../../../text/gender.js';
import { isPersonRole } from '../extent/index.js';
import type { Refiner } from '../refiner.js';

/**
 * A person's full name starts with a given name. A PERSON name of two or more words is taken for an organisation
 * (the tagger's slip on company names it never saw: "Northrop Grumman", "Aer Lingus") when nothing in the document
 * vouches for a person: its first word is not a given name (learnt from the gazetteer's people, or on the list
 * in text/gender.ts), no mention of it carries a title or role word, the gazetteer does not know the name as a
 * person, and its last word never stands alone as a mention elsewhere in the document ("Forgeard said"); a name
 * said to speak as "she" or "he", listed next to a person vouched for, or introduced by an organisation's possessive
 * ("CNN's Ivan Watson") is a person.
 */
export function unlikelyPeople(mentions: EntityMention[], gazetteer: Gazetteer, text = '', lexicon?: Lexicon): void {
  const firstNames = gazetteer.firstNames();
  const groups = new Map<string, EntityMention[]>();
  const alone = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = stripTitles(m.name);
    const words = nameWords(foldKey(bare));
    if (words.length === 1) {
      // a common word standing alone ("Report" of "Report abuse") vouches for nothing (lonePeople drops it)
      if (m.text === m.name && (lexicon?.lowerShare(m.name) ?? 0) < 50) alone.add(words[0]!);
      continue;
    }
    const key = words.join(' ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(m);
  }
  // People vouched for by their given name; a name listed next to one of them is a person too ("Richard Roth,
  // Arwa Damon, Nic Robertson and Ivan Watson contributed"), and so on along the list.
  const vouched = new Set<EntityMention>();
  for (const [key, group] of groups) {
    const first = key.split(' ')[0]!;
    if (firstNames.has(first) || nameGender(first) !== undefined) for (const m of group) vouched.add(m);
  }
  // "CNN's Ivan Watson": a two-word name an organisation's possessive introduces is one of its people.
  const ownedBy = new Set<EntityMention>();
  for (const [i, m] of mentions.entries()) {
    const prev = mentions[i - 1];
    if (m.kind === 'PERSON' && prev?.kind === 'ORG' && /^['’]s\s+$/.test(text.slice(prev.end, m.start))) ownedBy.add(m);
  }
  const listed = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [i, m] of mentions.entries()) {
      if (m.kind !== 'PERSON' || vouched.has(m)) continue;
      const next = mentions[i + 1];
      const prev = mentions[i - 1];
      if ((next && vouched.has(next) && LIST_GAP.test(text.slice(m.end, next.start))) ||
        (prev && vouched.has(prev) && LIST_GAP.test(text.slice(prev.end, m.start)))) {
        vouched.add(m);
        listed.add(nameWords(foldKey(stripTitles(m.name))).join(' '));
        grew = true;
      }
    }
  }
  for (const [key, group] of groups) {
    const words = key.split(' ');
    const first = words[0]!;
    if (firstNames.has(first) || nameGender(first) !== undefined || listed.has(key)) continue;
    if (alone.has(words[words.length - 1]!)) continue;
    // an initial ("George W. Bush", "J. Smith") or a title or role word in any mention marks a person
    if (words.some((w) => w.length === 1)) continue;
    if (group.some((m) => stripTitles(m.name) !== m.name || m.text !== m.name || roleBefore(text, m.start) ||
      roleAfter(text, m.end) || PRONOUN_AFTER.test(text.slice(m.end, m.end + 30)) || ownedBy.has(m))) continue;
    if (gazetteer.kindOf(stripTitles(group[0]!.name)) === 'PERSON') continue;
    for (const m of group) m.kind = 'ORG';
  }
}

/** What separates two names of a list: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,|,?\s+and)\s+$/;

/** "Arwa Damon said she": a verb of saying and a personal pronoun after the name. */
const PRONOUN_AFTER = /^\s+(?:said|says|told|added|wrote|reported)\s+(?:that\s+)?(?:she|he)\b/;

/** True when the word just before `at` (same sentence) is a role or title: "Airbus chief executive [Noel Forgeard]". */
function roleBefore(text: string, at: number): boolean {
  const before = /([\p{L}.-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return before !== null && (isPersonRole(before[1]!) || PERSON_NOUN.has(before[1]!.toLowerCase()));
}

/**
 * True when an apposition after the name says it is a person: ", who ...", or a role or person noun within
 * its first four words (", the chief financial officer of Huawei", ", a lawyer").
 */
function roleAfter(text: string, at: number): boolean {
  const after = /^\s*,\s*([^,.;:()"“”]{0,60})/u.exec(text.slice(at, at + 80));
  if (!after) return false;
  const words = after[1]!.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words[0] === 'who') return true;
  return words.some((w) => isPersonRole(w) || PERSON_NOUN.has(w));
}

/** Nouns that only people are ("his counterpart [Wang Yi]", "lawyer [Jane Doe]"), besides the roles of extent/words.ts. */
const PERSON_NOUN = new Set(['counterpart', 'colleague', 'lawyer', 'wife', 'husband', 'son', 'daughter', 'mother',
  'father', 'brother', 'sister', 'friend', 'actor', 'actress', 'singer', 'writer', 'author', 'journalist',
  'reporter', 'columnist', 'player', 'coach', 'striker', 'candidate', 'activist', 'businessman', 'businesswoman',
  'billionaire', 'entrepreneur', 'diplomat', 'politician', 'lawmaker', 'legislator', 'scientist', 'researcher',
  'doctor', 'dr', 'dr.', 'student', 'teacher', 'victim', 'suspect', 'defendant', 'widow', 'nephew', 'niece', 'uncle',
  'aunt', 'cousin', 'rapper', 'designer', 'engineer', 'pilot', 'spokesman', 'spokeswoman', 'mr.',
  'mr', 'mrs', 'mrs.', 'ms', 'ms.']);


export const unlikelyPeopleRefiner: Refiner = {
  name: 'unlikelyPeople',
  refine: (c) => unlikelyPeople(c.mentions, c.gazetteer, c.text, c.lexicon),
};
