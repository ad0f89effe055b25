// Who a definite role description ("the spokesman", "the minister", "Canada's top diplomat", "the company's
// chief executive") stands for: the person the text introduced with that role, next to the name ("Foreign
// Minister X", "Minister of Foreign Affairs X", "X, the foreign minister,"). Unattributed is better than wrong,
// so the description must agree with the introduction on everything it says:
//   the role: its head word, or for a journalistic epithet the roles it stands for ("top diplomat": a foreign
//     minister or secretary of state; "chief executive": a CEO or boss);
//   the portfolio: a word such as "foreign" or "finance" in the description must be in the introduction ("the
//     foreign minister" is not the finance minister introduced before);
//   the country: a place word in the description ("Canada's", "Chinese") must not contradict the one the
//     introduction puts right before the role ("Chinese counterpart Wang Yi" is not Canada's top diplomat).
//     An introduction naming no country is accepted.
import type { EntityMention } from '../../types.js';
import { PERSON_HEADS } from './lexicon.js';

/** Epithets and the role words an introduction may use for them (the epithet itself always counts). */
const EPITHETS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:top|chief)\s+diplomat$/, /\bforeign\s+(?:minister|secretary|affairs)\b|\bminister\s+(?:of|for)\s+(?:foreign|external)\b|\bsecretary\s+of\s+state\b|\b(?:top|chief)\s+diplomat\b|\bcounterpart\b/i],
  [/\bchief\s+executive$|^(?:ceo|boss)$/, /\bchief\s+executive\b|\bceo\b|\bboss\b|\bchief\s+exec\b/i],
  [/\b(?:top|chief)\s+prosecutor$/, /\battorney[-\s]general\b|\bprosecutor\b/i],
];

/** Words that narrow a role to one office: when the description has one, the introduction must have it too. */
const PORTFOLIO = new Set(['foreign', 'finance', 'defence', 'defense', 'interior', 'health', 'justice', 'energy', 'trade',
  'environment', 'prime', 'deputy', 'vice', 'press', 'home', 'treasury', 'transport', 'education', 'agriculture',
  'economy', 'labour', 'labor', 'immigration', 'security', 'intelligence', 'military', 'army', 'navy', 'police']);

/** Words of a description that name no country: determiners, ranks and the like, capitalised or not. */
const NOT_A_COUNTRY = new Set(['the', 'its', 'his', 'her', 'their', 'this', 'that', 'top', 'chief', 'senior', 'new', 'former',
  'then', 'acting', 'interim', 'company', 'group', 'firm', 'party', 'government', 'ministry', 'department', 'agency']);

export interface RoleDescription {
  /** The description's head words, lower-case, possessive "'s" removed ("canada", "top", "diplomat"). */
  words: string[];
  /** The same words as written (to tell a capitalised country word). */
  written: string[];
  /** Capitalised words of a qualifier after the head ("of Qatar", "at Alder Oil"), as written. */
  of?: string[];
}

/** Two words for one country when they share their first four letters ("Canada" / "Canadian", "China" / "Chinese"). */
function sameCountry(a: string, b: string): boolean {
  const n = Math.min(4, a.length, b.length);
  return n >= 2 && a.slice(0, n).toLowerCase() === b.slice(0, n).toLowerCase();
}

/** A capitalised word that says whose the role is: not a rank, a portfolio or the office itself. */
function owner(word: string): boolean {
  const low = word.toLowerCase().replace(/['’]s$/, '');
  return !NOT_A_COUNTRY.has(low) && !PORTFOLIO.has(low) && !/^(?:minister|secretary|state|affairs|of|for)$/.test(low);
}

/**
 * A test telling whether a PERSON mention was introduced with the described role (see the header), or undefined
 * when the description is no role this module reads. `before`/`after` give the introduction's text on either
 * side of the mention (the sentence up to it; the apposition after it).
 */
export function roleIntroduction(d: RoleDescription): ((before: string, after: string) => boolean) | undefined {
  const head = d.words[d.words.length - 1];
  if (!head) return undefined;
  const phrase = d.words.join(' ');
  const epithet = EPITHETS.find(([desc]) => desc.test(phrase));
  const role = epithet ? epithet[1] : new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')}\\b`, 'iu');
  const portfolio = d.words.filter((w) => PORTFOLIO.has(w));
  // capitalised words before the head that say whose role it is: "Canada" in "Canada's top diplomat"
  const owners = d.written.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w) && owner(w));
  const of = (d.of ?? []).filter(owner);
  return (before, after) => {
    const intro = [before, after].find((side) => role.test(side));
    if (intro === undefined) return false;
    if (portfolio.some((p) => !new RegExp(`\\b${p}\\b`, 'i').test(intro))) return false;
    // "the chief executive of X": X must be in the introduction
    if (of.length > 0 && !of.some((w) => `${before} ${after}`.split(/[^\p{L}]+/u).some((x) => x.length > 1 && sameCountry(x, w)))) return false;
    if (owners.length === 0) return true;
    // the capitalised words right before the role ("Chinese counterpart", "Canada's foreign minister")
    const run = /(?:\p{Lu}[\p{L}.]*(?:['’]s)?\s+)+$/u.exec(intro.slice(0, intro.search(role)))?.[0].split(/\s+/).filter((w) => w && owner(w)) ?? [];
    return run.length === 0 || run.some((w) => owners.some((o) => sameCountry(w, o)));
  };
}

/**
 * The text around a PERSON mention that may introduce its role: the title right before it ("Chinese foreign
 * ministry spokesman"), an apposition after it. The title is the run of words before the name that a title may
 * hold; a verb ends it, so "an official said Egyptian President Hosni Mubarak …" does not make Mubarak the official.
 */
export function introductionOf(text: string, e: EntityMention, until: number): { before: string; after: string } {
  const window = text.slice(Math.max(0, e.start - 60), e.start);
  const sentence = window.slice(Math.max(0, window.search(/[^.!?]*$/)));
  const words = [...sentence.matchAll(/[\p{L}\p{N}'’.-]+/gu)];
  let from = sentence.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    if (!/^[\p{Lu}\p{N}]/u.test(w) && !TITLE_RUN.has(w.toLowerCase().replace(/['’]s$/, ''))) break;
    from = words[i]!.index;
  }
  const after = text.slice(e.end, Math.min(until, e.end + 40));
  return {
    before: sentence.slice(from),
    after: after.startsWith(',') ? after.split(/[.!?]/)[0]! : '',
  };
}

/** Lower-case words of a title before a name: roles, portfolios, ranks and the words that join them. */
const TITLE_RUN = new Set([...PERSON_HEADS, ...PORTFOLIO, ...NOT_A_COUNTRY, 'of', 'for', 'and', 'to', 'a', 'an', 'state',
  'affairs', 'general', 'senior', 'top', 'chief', 'ministry', 'spokesperson',
  // particles inside a name the tagger may have cut ("Mayor Bill de [Blasio]")
  'de', 'da', 'di', 'del', 'der', 'du', 'van', 'von', 'la', 'le', 'al', 'bin', 'ibn']);
