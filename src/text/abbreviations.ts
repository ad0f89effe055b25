// Periods that end no sentence: after an abbreviation ("Mr.", "Jan.", "Calif.") or an initial ("J.", "U.S."). The
// sentence splitter and the headline's first-sentence cut read this one rule.

/** Words after which a period does not end a sentence. Lowercased, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'adm', 'brig', 'cpl', 'pvt', 'fr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla',
  'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'op', 'cf', 'al', 'fig', 'vol', 'pp',
]);

/** The word (letters and inner periods) that ends just before position `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const c = text[i - 1]!;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '.') i--;
    else break;
  }
  return text.slice(i, end);
}

/** Whether the period at `dot` closes an abbreviation or an initial ("Mr.", "Jan.", "J.", "U.S.") rather than a sentence. */
export function isAbbreviationPeriod(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials such as "J." in "J. Smith" or "U.S." style acronyms.
  if (/^[A-Z]$/.test(word)) return true;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return false;
}
