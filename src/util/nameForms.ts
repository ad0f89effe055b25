// Whether two written names can be one name: the shorter form of it ("Obama" / "Barack Obama", "Mr Hayward" /
// "Tony Hayward"), its acronym ("UN" / "United Nations") or a spelling of it ("Moammar Gadhafi" / "Muammar
// Gaddafi"). Used where a link made elsewhere by fuzzier evidence is shown to a reader as "the same speaker":
// corpus entity resolution also ties "Martha" to "John Murtha" or "Tories" to "Vicente Torres", and a quote list
// that files words under the wrong person is worse than one that files them under the name the article wrote.
// In util/ because the stores decide with it which entity a stored quote is filed under.

/** Titles a name may carry or drop ("Mr Blair", "Dr. Murray"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'rev', 'sen', 'rep',
  'gov', 'gen', 'adm', 'col', 'capt', 'sgt', 'lt', 'president', 'prime', 'minister', 'secretary', 'king', 'queen', 'prince']);

/** Words an acronym leaves out ("Bureau of Ocean Energy Management" → BOEM). */
const LINK_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'de', 'du', 'des']);

/** A spelling variant: the same word with one letter changed, added or dropped, in a word long enough for that to be rare by chance. */
const VARIANT_MIN_LENGTH = 7;

function words(name: string): string[] {
  return name.toLowerCase().replace(/[.'’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Levenshtein distance of at most one. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= VARIANT_MIN_LENGTH && withinOneEdit(a, b));
}

/** Every word of `part` is a word of `whole`, each a different one. */
function wordsWithin(part: string[], whole: string[]): boolean {
  const free = [...whole];
  for (const w of part) {
    const i = free.findIndex((x) => sameWord(w, x));
    if (i < 0) return false;
    free.splice(i, 1);
  }
  return true;
}

/** `short` written as the capitals of `long`'s words ("UN", "U.N." for "United Nations"). */
function acronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[.\s]/g, '');
  if (letters.length < 2 || !/^\p{Lu}+$/u.test(letters)) return false;
  const significant = long.split(/[\s-]+/).filter((w) => w && !LINK_WORDS.has(w.toLowerCase()));
  // every word of the long form a capitalised name word ("BBB-plus" is no "B… P…")
  if (significant.length < 2 || !significant.every((w) => /^\p{Lu}/u.test(w))) return false;
  return significant.map((w) => w[0]).join('').toUpperCase() === letters.toUpperCase();
}

/** Can `a` and `b` be written forms of one name (see the header)? */
export function sameNameForms(a: string, b: string): boolean {
  if (a === b) return true;
  if (acronymOf(a, b) || acronymOf(b, a)) return true;
  const wa = words(a).filter((w) => !TITLES.has(w));
  const wb = words(b).filter((w) => !TITLES.has(w));
  if (wa.length === 0 || wb.length === 0) return false;
  return wa.length <= wb.length ? wordsWithin(wa, wb) : wordsWithin(wb, wa);
}
