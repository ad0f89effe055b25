// Canonical names: cleaning a mention's text into a name, folding names into lookup keys, and joining the
// mentions of one document that name the same thing ("Kovrig" and "Michael Kovrig").
import type { EntityKind, EntityMention } from '../../types.js';
import { own } from '../../util/own.js';

/**
 * Titles, honorifics and office words that come before a person's name. Stripped only from the front of
 * PERSON names, and only while a word remains ("Foreign Minister Wang Yi" → "Wang Yi").
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'president', 'vice', 'prime',
  'minister', 'foreign', 'finance', 'defence', 'defense', 'interior', 'trade', 'justice', 'health', 'deputy',
  'secretary', 'state', 'general', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope',
  'emperor', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'gen',
  'col', 'colonel', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant', 'maj', 'major', 'adm', 'admiral',
  'cmdr', 'commander', 'judge', 'chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'sheikh', 'ayatollah', 'imam', 'rev', 'reverend', 'father',
  'bishop', 'archbishop', 'cardinal', 'prof', 'professor', 'attorney', 'ombudsman', 'envoy', 'director',
  'presiding', 'former', 'late', 'acting', 'new', 'then', 'us', 'u.s', 'chinese', 'canadian', 'british', 'american',
]);

/** Words that join parts of one organisation name and carry no initial in its acronym. */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', '&', 'on', 'in', 'la']);

/**
 * Well-known alternative names of a few places and organisations that news text uses interchangeably
 * (written for Chronicle; keys are folded forms).
 */
const ALIASES: Record<string, string> = {
  'us': 'united states', 'usa': 'united states', 'united states of america': 'united states', 'america': 'united states',
  'uk': 'united kingdom', 'britain': 'united kingdom', 'great britain': 'united kingdom',
  'un': 'united nations', 'eu': 'european union', 'uae': 'united arab emirates', 'prc': 'china',
  "people's republic of china": 'china', 'ussr': 'soviet union',
};

/** A mention's text as a name: spaces collapsed, a leading "the" and a trailing possessive dropped. */
export function cleanName(s: string): string {
  if (isCleanAscii(s)) return s;
  let name = CLEAN.get(s);
  if (name === undefined) {
    if (CLEAN.size >= FOLD_CACHE_MAX) CLEAN.clear();
    name = s.replace(/\s+/g, ' ').trim()
      .replace(/^the\s+/i, '')
      .replace(/['’]s?$/, '')
      .trim();
    CLEAN.set(s, name);
  }
  return name;
}

/**
 * True when cleanName leaves `s` as it is, told from its characters alone (most names): printable ASCII words
 * joined by single spaces, not opening with "the" and a space, not ending in an apostrophe or a possessive "'s".
 */
function isCleanAscii(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 33 || c > 126) return false;
  }
  const last = s.charCodeAt(n - 1);
  if (last === 39 /* ' */ || (last === 115 /* s */ && n >= 2 && s.charCodeAt(n - 2) === 39)) return false;
  // "the" (any case) then a space
  return !(n > 3 && s.charCodeAt(3) === 32 && (s.charCodeAt(0) | 32) === 116 && (s.charCodeAt(1) | 32) === 104 &&
    (s.charCodeAt(2) | 32) === 101);
}

/** Cleaned names: every mention's text is cleaned, and names repeat. */
const CLEAN = new Map<string, string>();

/**
 * Drops leading titles ("Mr.", "Foreign Minister") from a person's name while at least one word remains, what follows a
 * possessive inside it, and titles run in at its end.
 */
export function stripTitles(name: string): string {
  if (!name.includes(' ')) return name; // one word: nothing to strip
  let stripped = STRIPPED.get(name);
  if (stripped === undefined) {
    if (STRIPPED.size >= FOLD_CACHE_MAX) STRIPPED.clear();
    stripped = stripTitlesUncached(name);
    STRIPPED.set(name, stripped);
  }
  return stripped;
}

/** Names without their titles: each refiner strips the names of the same mentions again. */
const STRIPPED = new Map<string, string>();

function stripTitlesUncached(name: string): string {
  let words = name.split(' ');
  // "Hosni Mubarak's Egypt": a possessive ends a person's name, what follows is what the person has.
  const owner = words.findIndex((w, k) => k > 0 && k < words.length - 1 && /['’]s$/i.test(w));
  if (owner > 0) words = [...words.slice(0, owner), words[owner]!.replace(/['’]s$/i, '')];
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  // "King Hussein" is a king known by his given name, not a Hussein by surname: the title stays.
  if (i === words.length - 1 && REGNAL.has(words[i - 1]!.toLowerCase())) i--;
  let j = words.length;
  while (j - i > 2 && TRAILING_TITLES.has(words[j - 1]!.toLowerCase())) j--;
  return words.slice(i, j).join(' ');
}

/** Titles of those known by one given name ("King Hussein", "Pope Benedict"), kept before that one name. */
const REGNAL = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress']);

/** "King Hussein" for a mention named "Hussein" whose text has the title the tagger left out of the name. */
function regnalName(m: EntityMention): string | undefined {
  if (m.name.includes(' ')) return undefined;
  const words = cleanName(m.text).split(' ');
  const title = words[words.length - 2];
  return words[words.length - 1] === m.name && title !== undefined && REGNAL.has(title.toLowerCase()) ? `${title} ${m.name}` : undefined;
}

/** Whether a (folded) word is a title kept before a given name ("king" in "King Hussein"). */
export function isRegnalTitle(word: string): boolean {
  return REGNAL.has(word);
}

/**
 * Titles that run into a name from the next phrase ("George Bush President of ..."): dropped from the end of a
 * person's name of three or more words. Words that end real names ("John Major", "Martin Luther King") are not here.
 */
const TRAILING_TITLES = new Set(['president', 'minister', 'secretary', 'chairman', 'chairwoman', 'ceo', 'spokesman',
  'spokeswoman', 'senator', 'governor', 'mayor', 'premier', 'ambassador']);

/** Honorifics that never belong to a name of any kind ("Mr Assad" typed an organisation is still "Assad"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen']);

/** Drops leading honorifics ("Mr.", "Dr") from a name of any kind while at least one word remains. */
export function stripHonorifics(name: string): string {
  const words = name.split(' ');
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

/** The acronym a multi-word name spells with its initials ("British Petroleum" → "BP"); '' for one word. */
export function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return '';
  // "BP Plc", "General Motors Corporation (GM)": a legal form after the name is not in its acronym.
  while (words.length > 1 && LEGAL_FORM.test(words[words.length - 1]!)) words.pop();
  return words.map(initialsOfWord).join('');
}

/**
 * What a word gives its name's acronym: its initial, or all its letters when it is itself an acronym ("BBC
 * Proms" is no "BP", "BNP Paribas" none either).
 */
function initialsOfWord(word: string): string {
  const letters = word.replace(/\./g, '');
  return /^\p{Lu}{2,}$/u.test(letters) ? letters : word[0]!.toUpperCase();
}

/** Names repeat within a document and across a corpus; folding one takes six passes over it. */
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** The lookup form of a name: no accents, lowercase, no periods, hyphens as spaces, "the" dropped, aliases mapped. */
export function foldKey(name: string): string {
  let folded = FOLD_CACHE.get(name);
  if (folded === undefined) {
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    folded = foldUncached(name);
    FOLD_CACHE.set(name, folded);
  }
  return folded;
}

function foldUncached(name: string): string {
  const f = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’]/g, "'").replace(/\./g, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^the /, '');
  return own(ALIASES, f) ?? f;
}

/** Words of folded names: the refiners ask for the words of the same names many times per document. */
const WORDS_CACHE = new Map<string, readonly string[]>();

/** Words of a folded name (shared: not to be changed). */
export function nameWords(folded: string): readonly string[] {
  let words = WORDS_CACHE.get(folded);
  if (words === undefined) {
    if (WORDS_CACHE.size >= FOLD_CACHE_MAX) WORDS_CACHE.clear();
    // foldKey's output has single inner spaces and none at the ends: split alone gives no empty word there
    words = folded.split(' ');
    if (!(folded.length > 0 && folded[0] !== ' ' && folded[folded.length - 1] !== ' ' && !folded.includes('  '))) {
      words = words.filter((w) => w.length > 0);
    }
    WORDS_CACHE.set(folded, words);
  }
  return words;
}

function initials(name: string): string {
  return acronymOf(name) || initialsOfWord(name);
}

/** "General Motors Corporation" → "General Motors": the name an acronym spells, without a legal form after it. */
function withoutLegalForm(name: string): string {
  const words = name.split(' ');
  while (words.length > 2 && LEGAL_FORM.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Words of a company's legal form, which its acronym may leave out. */
const LEGAL_FORM = /^(?:corporation|corp|company|co|inc|incorporated|plc|ltd|limited|llc)\.?$/i;

/** Participles and nouns after a hyphen that turn a name into an adjective: "U.S.-led", "London-based". */
export const MODIFIER_SUFFIX = /-(?:led|based|backed|born|owned|run|made|built|funded|sponsored|allied|aligned|linked|controlled|held|style|era|type|bound|centric|friendly|leaning|oriented|related|registered|listed|brokered)$/i;

/** "Craiova-based", "U.S.-led": a modifier made from a place or an organisation, never from a person. */
export function isPlaceOrOrgModifier(text: string): boolean {
  return MODIFIER_SUFFIX.test(text);
}

/**
 * Gives the mentions of one document their canonical names, in place:
 *  1. titles are stripped from PERSON names;
 *  2. a one-word name that is the last word of a longer PERSON name in the document becomes that person
 *     (the most mentioned one when several share it, none on a tie); failing that, a one-word PERSON name that
 *     is the first word of one becomes it (family name first, "Meng" → "Meng Wanzhou"); a "-based" or "-led"
 *     modifier is made from a place or an organisation and is left alone;
 *  3. an all-capitals ORG word takes the longer ORG name whose initials it spells where the text ties them
 *     ("British Petroleum (BP)", "BP - formerly British Petroleum", "BP Plc"), or where the long name introduces
 *     it, mentioned before it, the headline aside ("General Motors … GM"): a name with those initials met after the acronym is
 *     something else ("BP … Barataria Pass", "Big Petroleum");
 *  4. every mention of one name takes the kind most of them have (the earliest on a tie).
 */
export function canonicalizeDocument(mentions: EntityMention[], text?: string): void {
  const folds = new Map<string, string>();
  const fold = (name: string): string => {
    let f = folds.get(name);
    if (f === undefined) folds.set(name, (f = foldKey(name)));
    return f;
  };
  for (const m of mentions) if (m.kind === 'PERSON') m.name = regnalName(m) ?? stripTitles(m.name);

  const fullByLast = new Map<string, Map<string, number>>();
  const fullByFirst = new Map<string, Map<string, number>>();
  const orgs = new Map<string, string>();
  /**
   * All-capitals names mentioned so far below the first line: an expansion introduces its acronym in the body,
   * before it there ("US automaker GM" / "General Motors … GM"); a headline or caption does not.
   */
  const seen = new Set<string>();
  const headline = text === undefined ? 0 : Math.max(0, text.indexOf('\n'));
  const bump = (map: Map<string, Map<string, number>>, w: string, name: string): void => {
    let inner = map.get(w);
    if (!inner) map.set(w, (inner = new Map()));
    inner.set(name, (inner.get(name) ?? 0) + 1);
  };
  for (const m of mentions) {
    const words = nameWords(fold(m.name));
    if (m.kind === 'PERSON' && words.length >= 2) {
      bump(fullByLast, words[words.length - 1]!, m.name);
      bump(fullByFirst, words[0]!, m.name);
    }
    if (m.kind === 'ORG' && words.length >= 2) {
      const ini = initials(m.name);
      if (ini.length >= 2 && !orgs.has(ini) && !seen.has(ini) && m.start >= headline) orgs.set(ini, withoutLegalForm(m.name));
    }
    if (/^[A-Z]{2,6}$/.test(m.name) && m.start >= headline) seen.add(m.name);
  }
  const tied = text === undefined ? new Map<string, string>() : acronymTies(mentions, text);
  const pick = (candidates: Map<string, number> | undefined): string | undefined => {
    if (!candidates) return undefined;
    const ranked = [...candidates].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return undefined;
    return ranked[0]![0];
  };
  for (const m of mentions) {
    const words = nameWords(fold(m.name));
    if (words.length !== 1 || isPlaceOrOrgModifier(m.text)) continue;
    // An organisation's acronym is no one's surname ("BP" after a tagger's "Tony Hayward BP").
    const acronym = m.kind === 'ORG' && /^[A-Z]{2,6}$/.test(m.name);
    const full = acronym ? undefined : pick(fullByLast.get(words[0]!)) ?? (m.kind === 'PERSON' ? pick(fullByFirst.get(words[0]!)) : undefined);
    if (full) {
      m.name = full;
      m.kind = 'PERSON';
      continue;
    }
    if (m.kind === 'ORG' && /^[A-Z]{2,6}$/.test(m.name)) {
      const org = tied.get(m.name) ?? orgs.get(m.name);
      if (org) m.name = org;
    }
  }

  const kinds = new Map<string, Map<EntityKind, number>>();
  const firstKind = new Map<string, EntityKind>();
  for (const m of mentions) {
    const k = fold(m.name);
    let c = kinds.get(k);
    if (!c) kinds.set(k, (c = new Map()));
    c.set(m.kind, (c.get(m.kind) ?? 0) + 1);
    if (!firstKind.has(k)) firstKind.set(k, m.kind);
  }
  for (const m of mentions) {
    const k = fold(m.name);
    const c = kinds.get(k)!;
    if (c.size < 2) continue;
    let best = firstKind.get(k)!;
    for (const [kind, n] of c) if (n > c.get(best)!) best = kind;
    m.kind = best;
  }
}

/**
 * What comes between a name and its acronym when the text gives one for the other: a bracket, "or", "as",
 * "formerly", "known as", "stands for" ("BP - formerly British Petroleum -", "referring to BP as `` British
 * Petroleum ''"), quotes and dashes around them.
 */
const TIE = /^[\s,`'"‘’“”-]*(?:\(|(?:or|as|formerly|(?:also\s+)?known\s+as|stands\s+for|short\s+for)\b)[\s,`'"‘’“”-]*$/i;

/**
 * Acronyms the text ties to a name (acronym → the first such name): an all-capitals mention and a neighbouring ORG mention
 * whose initials it spells, with only a tie (TIE) between them, in either order; and the acronym and a name
 * that is the acronym with its legal form ("BP Plc").
 */
function acronymTies(mentions: readonly EntityMention[], text: string): Map<string, string> {
  const out = new Map<string, string>();
  const tie = (short: string, long: string): void => {
    if (!out.has(short)) out.set(short, long);
  };
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (!TIE.test(text.slice(a.end, b.start))) continue;
    for (const [short, long] of [[b, a], [a, b]] as const) {
      if (/^[A-Z]{2,6}$/.test(short.name) && long.kind === 'ORG' && initials(long.name) === short.name) tie(short.name, withoutLegalForm(long.name));
    }
  }
  for (const m of mentions) {
    if (m.kind !== 'ORG' || !m.name.includes(' ')) continue;
    const [first, ...rest] = m.name.split(' ');
    if (/^[A-Z]{2,6}$/.test(first!) && rest.every((w) => LEGAL_FORM.test(w))) tie(first!, m.name);
  }
  return out;
}
