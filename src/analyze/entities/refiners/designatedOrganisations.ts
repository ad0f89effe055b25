// "The Kelvaro Mining Company said …": a run of capitalised words that ends in an organisation word is an
// organisation's name, whether or not the tagger knew its words. The tagger learned names from the words it saw
// in training; a company, authority or ministry it never saw, opening a sentence after "The", went untagged, or
// only its first word was taken ("Velmora" of "the Velmora Port Authority", as a person).
import type { EntityMention } from '../../../types.js';
import { isClosedClassWord } from '../closedClass.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Lexicon } from '../lexicon.js';
import type { Refiner } from '../refiner.js';
import { isUpperWord, type Token } from '../tokens.js';

/**
 * Last words that make a run of capitalised words an organisation's name: the unambiguous part of lastWords.ts's
 * ORG_LAST (not "Air", "Times" or "Court", which end products, papers and places as often, nor "Federation", which ends
 * states: "Russian Federation").
 */
const DESIGNATORS = new Set(['company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.',
  'group', 'holdings', 'airlines', 'airways', 'motors', 'bank', 'agency', 'ministry', 'department', 'council', 'party',
  'university', 'association', 'commission', 'committee', 'foundation', 'institute', 'organization', 'organisation',
  'authority', 'industries', 'technologies', 'office', 'force']);

/**
 * By length, a bit for each letter a designator of that length starts with: a token whose length and first letter
 * fit no designator is passed over without being lowercased (every token of every unit is looked at). Lowercasing
 * keeps the length of a word that can become a designator, whose letters are all ASCII.
 */
const DESIGNATOR_STARTS: number[] = [];
for (const d of DESIGNATORS) DESIGNATOR_STARTS[d.length] = (DESIGNATOR_STARTS[d.length] ?? 0) | (1 << (d.charCodeAt(0) - 97));

function isDesignator(word: string): boolean {
  const c = word.charCodeAt(0) | 32;
  if (c < 97 || c > 122 || ((DESIGNATOR_STARTS[word.length] ?? 0) & (1 << (c - 97))) === 0) return false;
  return DESIGNATORS.has(word.toLowerCase());
}

/**
 * Lower-case words allowed inside a name between capitalised words ("Bank of England", "Ministry for Trade");
 * not "and", which joins two names as often as it sits in one.
 */
const INNER = new Set(['of', 'for', '&']);

/**
 * Share of lower-case use (percent, lexicon.ts) from which a capitalised word opening a sentence is that common
 * word and not part of the name after it ("Yesterday Kelvaro Mining Company said").
 */
const COMMON_SHARE = 80;

/**
 * A unit written mostly in capitals is a headline or a list of names ("Oil Company Shares Fall"), where a capital
 * tells nothing: runs are looked for only in units where at most this share of the words are capitalised.
 */
const TITLE_SHARE = 0.6;

const isWord = (t: Token): boolean => /^[\p{L}][\p{L}\p{N}.'’-]*$/u.test(t.text);

/** Capitalised, a word, and not a closed-class word ("The", "We", "In"). */
const isNameWord = (t: Token): boolean => isWord(t) && isUpperWord(t.text) && !isClosedClassWord(t.text);

/** Token ranges [from, to) of the runs in one unit that name an organisation by their last word. */
export function designatedRuns(text: string, unit: readonly Token[], lexicon: Lexicon): [number, number][] {
  // Every unit of every article passes here and few hold an organisation word: look for one before anything else.
  if (!unit.some((t) => isDesignator(t.text))) return [];
  const words = unit.filter(isWord);
  if (words.length === 0 || words.filter((t) => isUpperWord(t.text)).length > TITLE_SHARE * words.length) return [];
  const runs: [number, number][] = [];
  let i = 0;
  while (i < unit.length) {
    if (!isNameWord(unit[i]!)) { i++; continue; }
    let j = i + 1;
    // Words of one run follow each other with a single space; an inner connector needs a name word after it.
    while (j < unit.length && unit[j]!.start - unit[j - 1]!.end === 1) {
      if (isNameWord(unit[j]!)) j++;
      else if (INNER.has(unit[j]!.text) && j + 1 < unit.length && isNameWord(unit[j + 1]!) &&
        unit[j + 1]!.start - unit[j]!.end === 1) j += 2;
      else break;
    }
    let from = i;
    // A sentence's first word is capitalised whatever it is: a common word there is not part of the name.
    const opens = from === 0 || /[.!?:"“]\s*$/.test(text.slice(unit[from - 1]!.start, unit[from]!.start));
    if (opens && (lexicon.lowerShare(unit[from]!.text) ?? 0) >= COMMON_SHARE) from++;
    while (from < j && INNER.has(unit[from]!.text)) from++;
    if (j - from >= 2 && DESIGNATORS.has(unit[j - 1]!.text.toLowerCase())) runs.push([from, j]);
    i = j;
  }
  return runs;
}

/**
 * Adds each designated run as an ORG mention, taking the place of the mentions inside it (a part the tagger
 * found, "Port Authority" or "Velmora"), unless the gazetteer knows it as something else. A run that a mention reaches beyond is left to that mention, and so is
 * one whose designator ends a mention already: the tagger found that name ("AirTran Airways" in "Chairman of
 * AirTran Airways"), and the words before it are more likely a title than part of it.
 */
export function designatedOrganisations(text: string, chunks: readonly (readonly Token[])[], mentions: EntityMention[],
  lexicon: Lexicon, gazetteer: Gazetteer): EntityMention[] {
  const added: EntityMention[] = [];
  for (const unit of chunks) {
    for (const [from, to] of designatedRuns(text, unit, lexicon)) {
      const start = unit[from]!.start;
      const end = unit[to - 1]!.end;
      const crossing = mentions.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end));
      const found = mentions.some((m) => m.end === end && m.start >= start);
      const name = text.slice(start, end);
      const known = gazetteer.kindOf(name);
      if (crossing || found || (known !== undefined && known !== 'ORG')) continue;
      added.push({ kind: 'ORG', name, start, end, text: name });
    }
  }
  if (added.length === 0) return mentions;
  const inside = (m: EntityMention): boolean => added.some((a) => m.start >= a.start && m.end <= a.end);
  return [...mentions.filter((m) => !inside(m)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

export const designatedOrganisationsRefiner: Refiner = {
  name: 'designatedOrganisations',
  refine: (c) => {
    c.mentions = designatedOrganisations(c.text, c.chunks, c.mentions, c.lexicon, c.gazetteer);
  },
};
