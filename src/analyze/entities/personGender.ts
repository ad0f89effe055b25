// What the corpus knows of a person's gender, for keeping "Mrs Assad" from Bashar al-Assad and "Mr Obama" from
// Michelle Obama: the first name's gender where text/gender.ts knows it, else the gendered titles ("Mr",
// "Mrs", "King") of the mentions that reached the person, when one clearly outnumbers the other.
import { nameGender, type Gender } from '../../text/gender.js';

/** Mentions with a female and with a male title or first name, in that order. */
export type GenderCounts = [number, number];

/** Honorifics that make any mention a person's, whatever kind the tagger gave it ("Mrs Assad" typed ORG). */
const PERSONAL_HONORIFIC = /^(?:mrs?|ms|miss|madame?|sir|lady|lord)\.?\s/i;

/**
 * The gender a mention's own words give, or undefined: a person's by a title or first name ("Mrs Assad",
 * "Hillary Clinton"); another kind's only by a personal honorific (not "Martha Stewart Living").
 */
export function mentionGender(text: string, person: boolean): Gender | undefined {
  return person || PERSONAL_HONORIFIC.test(text) ? nameGender(text) : undefined;
}

/** The person's gender from the name, else from the counts when one side has at least twice the other. */
export function personGender(name: string, counts: GenderCounts | undefined): Gender | undefined {
  const own = nameGender(name);
  if (own !== undefined || counts === undefined) return own;
  const [f, m] = counts;
  if (f > 0 && f >= 2 * m) return 'f';
  if (m > 0 && m >= 2 * f) return 'm';
  return undefined;
}

/**
 * Of the people a lone name could be, those a mention of gender `g` may join: when some are known to have that
 * gender, only they; when none is, all of them unless one is known to have the other (the name is then no
 * longer clear: "Mrs Assad" is not the next Assad after Bashar).
 */
export function genderFit(keys: Set<string>, g: Gender | undefined, genderOf: (key: string) => Gender | undefined): Set<string> {
  if (g === undefined || keys.size === 0) return keys;
  const agree = new Set([...keys].filter((k) => genderOf(k) === g));
  if (agree.size > 0) return agree;
  return [...keys].some((k) => genderOf(k) !== undefined) ? new Set() : keys;
}
