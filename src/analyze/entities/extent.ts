// Mention extents: the rules that turn the tagger's name spans into mention spans, following the extent
// conventions of the NewsReader / MEANTIME entity guidelines (an ENTITY_MENTION covers its whole noun phrase up
// to the head, so premodifiers and titles are part of a named mention: "aircraft manufacturer Boeing",
// "President Vladimir Putin", "the European Central Bank"; a name that only modifies another noun is a
// premodifier of that noun phrase, not a mention with its determiner: "the [US] economy").
//
// Every rule works on token indices of one tagged chunk. The name itself (what the canonical name is made of)
// is kept apart from the extent: `nameFrom`/`nameTo` never move when the extent grows.
import type { EntityKind } from '../../types.js';
import type { Token } from './tokens.js';

export interface ExtentSpan {
  kind: EntityKind;
  /** Token range of the mention extent [from, to). */
  from: number;
  to: number;
  /** Token range of the name inside the extent. */
  nameFrom: number;
  nameTo: number;
  /** The words before the name are not a description of it ("the government of [Canada]"): no nested name. */
  noNestedName?: boolean;
}

/** Legal-form words after a company name ("Apple Inc.", "Chrysler LLC"); lowercased. */
const CORPORATE_SUFFIX = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'n.v.', 'nv',
  'ag', 'sa', 'spa', 'gmbh', 'bv', 'lp', 'llp', 'pty', 'oyj', 'asa', 'ab']);

/** Time-zone abbreviations: capitalised, name-like, never a place or organisation in news text. */
const TIME_ZONES = new Set(['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST',
  'IST', 'JST', 'AEST', 'AEDT', 'HKT', 'SGT']);

/**
 * Closed-class words and common verbs: a lowercase word of this list after a name ends the noun phrase (the
 * name is its head), and a premodifier run never crosses one.
 */
const PHRASE_BREAK = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to',
  'for', 'from', 'by', 'with', 'about', 'as', 'into', 'over', 'after', 'before', 'since', 'until', 'than',
  'under', 'against', 'between', 'during', 'through', 'via', 'per', 'if', 'while', 'when', 'where', 'which', 'who',
  'whom', 'whose', 'what', 'because', 'although', 'though', 'so', 'not', 'also', 'still', 'now', 'then', 'today',
  'yesterday', 'tomorrow', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'said', 'says', 'say', 'told', 'tells', 'announced',
  'reported', 'added', 'wants', 'plans', 'makes', 'made', 'gets', 'got', 'took', 'takes', 'became', 'becomes',
  'expects', 'agreed', 'agrees', 'hopes', 'hoped', 'owns', 'owned', 'led', 'leads', 'won', 'wins', 'lost', 'loses',
  'posted', 'posts', 'sold', 'sells', 'bought', 'buys', 'more', 'most', 'less', 'all', 'some', 'any', 'no', 'each',
  'both', 'either', 'neither', 'other', 'another', 'such', 'only', 'even', 'just', 'again', 'up', 'down', 'out', 'off',
  'there', 'here', 'how', 'why', 'whether', 'like', 'unlike', 'among', 'amid', 'around', 'near', 'without', 'within',
  'including', 'excluding', 'regarding', 'concerning', 'following', 'featuring', 'involving', 'toward', 'towards',
  'across', 'behind', 'beyond', 'upon', 'despite', 'except', 'plus', 'meet', 'meets', 'met', 'told', 'thank', 'thanked',
  // irregular past tenses, which the -ed test misses
  'rose', 'fell', 'grew', 'came', 'went', 'saw', 'gave', 'met', 'sent', 'kept', 'held', 'began', 'spent', 'paid',
  'ran', 'left', 'brought', 'thought', 'found', 'felt', 'stood', 'knew', 'chose', 'fought', 'drew', 'broke', 'became',
]);

/** Head nouns that describe an organisation and take a name in apposition after them ("automaker Chrysler"). */
const ORG_DESCRIPTOR = new Set([
  'automaker', 'automakers', 'carmaker', 'manufacturer', 'maker', 'company', 'firm', 'airline', 'carrier', 'airframer',
  'giant', 'rival', 'retailer', 'insurer', 'parent', 'bank', 'lender', 'conglomerate', 'consortium', 'operator',
  'supplier', 'chipmaker', 'subsidiary', 'corporation', 'group', 'agency', 'regulator', 'broadcaster', 'newspaper',
  'network', 'producer', 'builder', 'contractor', 'partner', 'distributor', 'developer', 'brand', 'label', 'club',
  'party', 'union', 'organisation', 'organization', 'charity', 'university', 'outfit', 'exchange', 'fund', 'investor',
]);

/** Role and title words that come before a person's name ("Prime Minister", "chief executive", "analyst"). */
const PERSON_ROLE = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime',
  'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'sen.',
  'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'general', 'gen.', 'colonel',
  'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'major', 'admiral', 'commander', 'judge',
  'justice', 'chief', 'executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'analysist', 'economist', 'director', 'officer', 'founder',
  'co-founder', 'cofounder', 'head', 'boss', 'manager', 'leader', 'presiding', 'attorney', 'envoy', 'deputy',
  'professor', 'prof.', 'bishop', 'archbishop', 'cardinal', 'reverend', 'rev.', 'sheikh', 'detective', 'inspector',
  'commissioner', 'chancellor', 'official', 'spokesperson', 'engineer', 'scientist', 'researcher', 'lawyer',
]);

function lower(t: Token): string {
  return t.text.toLowerCase();
}

function isUpper(t: Token): boolean {
  const c = t.text[0];
  return c !== undefined && c.toLowerCase() !== c;
}

function isLowerWord(t: Token): boolean {
  return /^\p{Ll}[\p{L}-]*$/u.test(t.text);
}

/** Tokens x and y are separated by exactly one space (a line break or punctuation ends a noun phrase). */
function spaced(text: string, x: Token, y: Token): boolean {
  return y.start === x.end + 1 && text.charCodeAt(x.end) === 32;
}

/** A demonym or nationality adjective ("American", "Australian", "Chinese", "Israeli"). */
function isDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i)$/u.test(t.text);
}

/** Stock market indexes, by their usual short names (MEANTIME and ACE type them as financial entities). */
const STOCK_INDEX = new Set(['dow', 'dow jones', 'djia', 'nikkei', 'ftse', 'dax', 'cac', 'hang seng', 'sensex', 'kospi',
  'stoxx', 'euro stoxx', 'topix', 'nasdaq composite', 'shanghai composite', 's&p', 's&p 500', 'standard & poor\'s 500']);

/**
 * Drops spans that are not mentions: currency prefixes glued to "$" ("US$ 20", "AU$"), time-zone
 * abbreviations, and a maker's name directly before a model number ("Airbus A380", "Boeing 787"): that is
 * a product name, whose maker is only its premodifier.
 */
export function isNonMention(text: string, tokens: Token[], s: ExtentSpan): boolean {
  const last = tokens[s.nameTo - 1]!;
  const next = tokens[s.nameTo];
  // A lone closed-class word ("The" of a headline) or a stock index ("FTSE 100", "the Dow Jones Industrial
  // Average", "the Nikkei index"): MEANTIME and ACE type indexes as financial entities, not organisations.
  if (s.nameTo - s.nameFrom === 1 && PHRASE_BREAK.has(lower(last))) return true;
  if (/^(?:index|indexes|indices|average|composite)$/i.test(last.text) && s.nameTo - s.nameFrom > 1) return true;
  if (next && spaced(text, last, next) && /^(?:index|indexes|indices|average)$/.test(next.text)) return true;
  if (next && next.text === '$' && next.start === last.end) return true;
  if (s.nameTo - s.nameFrom === 1 && TIME_ZONES.has(last.text)) return true;
  // A lone letter ("the letter F") or a number word of a title-case headline ("$7.4 Billion") names nothing.
  if (s.nameTo - s.nameFrom === 1 && (/^\p{Lu}$/u.test(last.text) || /^(?:hundred|thousand|million|billion|trillion)s?$/i.test(last.text))) return true;
  // A model designation on its own ("A380", "the A350s", "B777"): a product, not its maker.
  const name = text.slice(tokens[s.nameFrom]!.start, last.end).replace(/^the\s+/i, '');
  if (/^\p{Lu}{1,2}-?\d{3,}(?:-\d+)?s?$/u.test(name)) return true;
  // The names of the main stock indexes (not "Dow Jones & Co." or "Dow Jones Newswires", the company).
  if (STOCK_INDEX.has(name.toLowerCase()) && !(next && /^(?:&|and|co\.?|newswires|company)$/i.test(next.text))) return true;
  // An organisation-like name that moves by points is a stock index ("The Nasdaq fell 82.65 points").
  if (s.kind === 'ORG' && movesByPoints(tokens, s.nameTo)) return true;
  // An index named with a possessive and a number ("Standard & Poor's 500").
  const after2 = tokens[s.nameTo + 1];
  if (next && after2 && /^['’]s$/i.test(next.text) && /^\d+$/.test(after2.text) &&
    STOCK_INDEX.has(`${name}'s ${after2.text}`.toLowerCase())) return true;
  if (s.kind !== 'PERSON' && next && spaced(text, last, next)) {
    // A model designation: letters and digits ("A380", "A330-200", "787", "737s"), not a year or a count word.
    const after = text.slice(next.start, next.start + 12);
    if (/^(?:\p{Lu}{1,3}-?\d{2,}|\d{3}s?\b(?![.,]\d))/u.test(after) && !/^(?:19|20)\d\d\b/.test(after)) return true;
  }
  return false;
}

/** A number of points within the five words after a name: "[The Nasdaq] fell 82.65 points", "rose by 30 points". */
function movesByPoints(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length - 1 && k < at + 5; k++) {
    const w = tokens[k]!.text;
    if (/^[,.;:()]$/.test(w) || /^\p{Lu}/u.test(w)) return false;
    if (/^\d[\d,.]*$/.test(w) && /^points?$/.test(tokens[k + 1]!.text)) return true;
  }
  return false;
}

/** True for a role or title word that comes before a person's name ("analyst", "chief", "Senator"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLE.has(word.toLowerCase());
}

/**
 * Capitalised words that end many company names; the tagger often stops just before them ("AirTran [Airways]").
 * A span directly followed by one (or a run of them) takes them in and becomes ORG.
 */
const ORG_CUE = new Set(['airlines', 'airways', 'motors', 'group', 'holdings', 'systems', 'technologies', 'bank',
  'petroleum', 'communications', 'electric', 'pharmaceuticals', 'aerospace', 'energy', 'industries', 'corporation',
  'airline', 'telecom', 'insurance', 'networks', 'labs', 'laboratories', 'enterprises', 'partners', 'capital',
  'computer', 'computers']);

/** True for a capitalised company cue word ("Airways", "Computer", "Group"). */
export function isOrgCue(t: Token): boolean {
  return isUpper(t) && ORG_CUE.has(lower(t));
}

/**
 * Extends a company name over following company cue words ("AirTran Airways", "Aer Lingus Group") and a
 * legal-form word ("Apple Inc.", "Chrysler LLC"); the span becomes ORG.
 */
export function withCorporateSuffix(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan {
  let cue = s.to;
  while (cue < tokens.length && isUpper(tokens[cue]!) && ORG_CUE.has(lower(tokens[cue]!)) &&
    spaced(text, tokens[cue - 1]!, tokens[cue]!)) cue++;
  if (cue > s.to) s = { ...s, kind: 'ORG', to: cue, nameTo: s.nameTo + (cue - s.to) };
  const next = tokens[s.to];
  if (!next || !spaced(text, tokens[s.to - 1]!, next) || !CORPORATE_SUFFIX.has(lower(next))) return s;
  // "SA" and "AG" are also ordinary acronyms: only after a name of two or more letters, and only in capitals.
  if (/^(sa|ag|ab|lp)$/i.test(next.text) && next.text !== next.text.toUpperCase()) return s;
  return { ...s, kind: 'ORG', to: s.to + 1, nameTo: s.nameTo + 1 };
}

/**
 * Splits a span that runs an organisation or place, a capitalised title and a person's name together ("Apple CEO
 * Steve Jobs", "Chrysler Chief Executive Robert Nardelli"), or a company's legal form and a person's name of two
 * or three words ("Chrysler LLC Jim Press"): the part before the title keeps the tagger's kind
 * (an organisation when the tagger said person), the name after it is a PERSON, and the title is left to
 * withPremodifiers. Spans without such a title come back unchanged.
 */
export function splitAtTitle(tokens: Token[], s: ExtentSpan): ExtentSpan[] {
  // A legal form ends a company name: "[Chrysler LLC] [Jim Press]" is a company and a person.
  for (let k = s.nameFrom + 1; k < s.nameTo - 2; k++) {
    if (!CORPORATE_SUFFIX.has(lower(tokens[k]!)) || !isUpper(tokens[k]!)) continue;
    const rest = tokens.slice(k + 1, s.nameTo);
    if (rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) break;
    return [{ kind: 'ORG', from: s.from, to: k + 1, nameFrom: s.nameFrom, nameTo: k + 1 },
      { kind: 'PERSON', from: k + 1, to: s.nameTo, nameFrom: k + 1, nameTo: s.nameTo }];
  }
  for (let k = s.nameFrom + 1; k < s.nameTo - 1; k++) {
    if (!isUpper(tokens[k]!) || !PERSON_ROLE.has(lower(tokens[k]!))) continue;
    let j = k;
    while (j < s.nameTo && isUpper(tokens[j]!) && PERSON_ROLE.has(lower(tokens[j]!))) j++;
    if (j >= s.nameTo || !tokens.slice(j, s.nameTo).every(isUpper)) return [s];
    const left: ExtentSpan = { kind: s.kind === 'PERSON' ? 'ORG' : s.kind, from: s.from, to: k, nameFrom: s.nameFrom, nameTo: k };
    return [left, { kind: 'PERSON', from: j, to: s.nameTo, nameFrom: j, nameTo: s.nameTo }];
  }
  return [s];
}

/**
 * Extends a PERSON or ORG mention to the left over its noun-phrase premodifiers when the word just before the
 * name is a role or title ("President", "chief executive", "analyst") or an organisation descriptor
 * ("automaker", "manufacturer", "firm"). The run goes on over further lowercase modifiers ("aircraft
 * manufacturer", "private equity firm"), capitalised title words, demonyms ("American", "Australian") and other
 * names directly before it ("U.S. automaker", "Airbus chief executive"), a common word capitalised at the start of
 * a sentence (`commonAt`: "Aircraft manufacturer Boeing"), and over a leading "the". It never crosses punctuation,
 * a line break, a closed-class word or a verb, and takes at most six words.
 */
export function withPremodifiers(text: string, tokens: Token[], s: ExtentSpan, spans: ExtentSpan[],
  commonAt: (i: number) => boolean = () => false): ExtentSpan {
  if (s.kind === 'PLACE' || s.from === 0) return s;
  const heads = s.kind === 'PERSON' ? PERSON_ROLE : ORG_DESCRIPTOR;
  const before = tokens[s.from - 1]!;
  if (!spaced(text, before, tokens[s.from]!) || !heads.has(lower(before))) return s;
  // A person's title is part of the name's noun phrase when it is written as a title (capitalised: "President
  // Vladimir Putin", "Senator McCain"); a lowercase job description ("founder Steve Jobs") is an apposition.
  if (s.kind === 'PERSON' && !isUpper(before)) return s;
  let from = s.from - 1;
  let words = 1;
  while (from > 0 && words < 6) {
    const t = tokens[from - 1]!;
    if (!spaced(text, t, tokens[from]!)) break;
    const w = lower(t);
    // Another name ends here: take it whole ("Ford Motor Company CEO", "The United States auto manufacturer").
    const name = spans.find((x) => x !== s && x.to === from);
    if (name) {
      from = name.from;
      words += name.to - name.from;
      continue;
    }
    if (PHRASE_BREAK.has(w) || (/(?:ed|ly)$/.test(w) && !heads.has(w))) break;
    if (isLowerWord(t) || heads.has(w) || PERSON_ROLE.has(w) || isDemonym(t) || (isUpper(t) && ORG_DESCRIPTOR.has(w)) ||
      commonAt(from - 1)) {
      from--;
      words++;
      continue;
    }
    break;
  }
  if (from > 0 && lower(tokens[from - 1]!) === 'the' && spaced(text, tokens[from - 1]!, tokens[from]!)) from--;
  return { ...s, from };
}

/**
 * Whether a "the" directly before a name belongs to the name's mention: yes when the name ends its noun phrase
 * (followed by punctuation other than a possessive, the end of the unit, or a closed-class word or verb), no
 * when the name premodifies a following noun ("the US economy", "the Airbus website", "the UK's index").
 */
export function theBelongs(text: string, tokens: Token[], nameTo: number): boolean {
  const after = tokens[nameTo];
  if (after === undefined) return true;
  const last = tokens[nameTo - 1]!;
  if (/^['’][sS]$/.test(after.text)) return false;
  if (!/[\p{L}\p{N}]/u.test(after.text)) return true;
  if (!spaced(text, last, after)) return true;
  if (/^[\p{Lu}\p{N}]/u.test(after.text)) return false;
  const w = lower(after);
  if (PHRASE_BREAK.has(w) || /(?:ed|ly)$/.test(w)) return true;
  // A lowercase word ending in -s after a name is more often a verb ("the US says") than a plural noun.
  if (/[^s]s$/.test(w)) return true;
  return false;
}

/**
 * Names joined by a spaced "&" are one name ("Standard & Poor", "Johnson & Johnson", "Dow Jones & Co."): the
 * tagger often tags the two sides apart. Spans on both sides of the "&" (or a span and one capitalised word
 * after it) are merged into one ORG span. `spans` are token ranges in order; a new array is returned.
 */
export function joinAmpersands<T extends { kind: EntityKind; from: number; to: number }>(text: string, tokens: Token[],
  spans: T[]): T[] {
  if (spans.length === 0) return spans;
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i]!;
    for (;;) {
      const amp = tokens[s.to];
      const after = tokens[s.to + 1];
      if (!amp || amp.text !== '&' || !after || !spaced(text, tokens[s.to - 1]!, amp) || !spaced(text, amp, after) ||
        !isUpper(after)) break;
      const next = spans[i + 1];
      if (next && next.from === s.to + 1) {
        s = { ...s, kind: 'ORG', to: next.to };
        i++;
      } else {
        s = { ...s, kind: 'ORG', to: s.to + 2 };
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * A name right after a word in camel case that starts in lower case ("iPod Nano", "iTunes Music Store",
 * "iPhone Developer Program") continues that product or brand name: it is not a mention of its own.
 */
export function continuesCamelCase(text: string, tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before === undefined || before.text.length < 2) return false;
  const c = before.text[0]!;
  if (c === c.toUpperCase()) return false; // the usual case, decided without a regular expression
  return /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(before.text) && spaced(text, before, tokens[from]!);
}

/**
 * "Mobile, Alabama", "Toulouse, France": a place followed by a comma and a second place is one mention of the
 * first, located by the second (the NewsReader extent covers both; the name stays the first), and the second
 * stays a mention of its own inside it. Not inside a list
 * ("France, Germany, Italy and Spain"): no comma or conjunction may follow the pair, and no place with a comma
 * may precede it. `spans` are in token order; a new array is returned.
 */
export function joinPlaceRegion(text: string, tokens: Token[], spans: ExtentSpan[]): ExtentSpan[] {
  if (spans.length < 2) return spans;
  const out: ExtentSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const prev = spans[i - 1];
    const comma = tokens[s.to];
    if (s.kind !== 'PLACE' || !next || next.kind !== 'PLACE' || next.from !== s.to + 1 || comma?.text !== ',' ||
      comma.start !== tokens[s.to - 1]!.end || !spaced(text, comma, tokens[next.from]!)) {
      out.push(s);
      continue;
    }
    const after = tokens[next.to];
    // a list goes on with a comma and another name, or a conjunction; "Long Beach, California, bringing" does not
    const listGoesOn = after !== undefined && (/^(?:and|or|&)$/i.test(after.text) ||
      (after.text === ',' && (tokens[next.to + 1] === undefined || isUpper(tokens[next.to + 1]!))));
    if (listGoesOn) {
      out.push(s);
      continue;
    }
    if (prev && prev.to + 1 === s.from && tokens[prev.to]!.text === ',') {
      out.push(s);
      continue;
    }
    // the region is also a mention of its own (MEANTIME nests them: "Mobile, Alabama" and "Alabama")
    out.push({ ...s, to: next.to }, next);
    i++;
  }
  return out;
}

/** Lower-case words that occur inside names ("Bank of England", "Alliance for Progress", "Charles de Gaulle"). */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'von', 'van',
  'der', 'den', 'del', 'della', 'da', 'dos', 'das', 'di', 'bin', 'ibn', 'y', 'e', 'on', 'in', 'at', 'upon', 'to', 'a']);

/**
 * A name never contains a lower-case content word, a bracket, a comma, a spaced dash or a line break: a span the
 * tagger runs over one ("Apple releases Macbook", a headline; "Penske Automotive Group (PAG)") is cut there into the
 * pieces around it. Connectors ("Bank of England") and words
 * glued to a capitalised word by a hyphen or a camel case ("Wal-Mart", "eBay") do not cut. A new array is returned.
 */
export function splitAtLowercase<T extends { kind: EntityKind; from: number; to: number }>(tokens: Token[], spans: T[],
  text = ''): T[] {
  if (spans.length === 0) return spans;
  const out: T[] = [];
  for (const s of spans) {
    let from = s.from;
    for (let k = s.from; k < s.to; k++) {
      // a line break ends a name: a headline without a full stop runs into the next line
      const gap = k > from ? tokens[k]!.start - tokens[k - 1]!.end : 0;
      if (gap > 0 && (gap === 1 ? text.charCodeAt(tokens[k - 1]!.end) === 10 : text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n'))) {
        out.push({ ...s, from, to: k });
        from = k;
      }
      const w = tokens[k]!.text;
      const c = w.charCodeAt(0);
      if (c >= 65 && c <= 90) continue; // a capitalised word: the usual case
      // a bracket, a comma or a free-standing dash ends a name too: "the European Central Bank (ECB)", "Launch
      // Systems, Launch Services", "San Jose - Cisco"
      const separator = w === '(' || w === ')' || w === ',' || ((w === '-' || w === '—' || w === '–') && k > s.from &&
        tokens[k - 1]!.end < tokens[k]!.start);
      if (!separator && (!/^\p{Ll}+$/u.test(w) || NAME_CONNECTORS.has(w))) continue;
      if (k > from) out.push({ ...s, from, to: k });
      from = k + 1;
    }
    if (from === s.from) out.push(s);
    else if (s.to > from) out.push({ ...s, from, to: s.to });
  }
  return out;
}

/**
 * "new" before a company-like name makes it a product ("the new MacBook Pro", "their new 787 Dreamliner", "new
 * Intel-based Mac", "new long-haul Airbus jets"): news calls products new, not the organisations that make them.
 * Between "new" and the name may stand a model number or a hyphenated adjective. Only for ORG spans.
 */
export function isNewProduct(tokens: Token[], s: { kind: EntityKind; from: number }): boolean {
  if (s.kind !== 'ORG') return false;
  let k = s.from - 1;
  for (let skipped = 0; k >= 0 && skipped < 2; skipped++) {
    const w = tokens[k]!.text;
    if (/^\d+$/.test(w)) k--;
    else if (k >= 2 && tokens[k - 1]!.text === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end &&
      tokens[k]!.start === tokens[k - 1]!.end) k -= 3; // "long-haul", "Intel-based": three tokens
    else break;
  }
  return k >= 0 && tokens[k]!.text === 'new';
}

/** Words that make a country's name the mention of its government ("the US government"), as ACE and MEANTIME count it. */
const GOVERNMENT = new Set(['government', 'governments', 'administration']);

/**
 * A place followed by "government" ("US government", "the Canadian Government") is one place mention with it, and
 * so is "the [provincial] government of" before a place ("the government of Canada"), whose name is not nested.
 */
export function withGovernment(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan {
  if (s.kind !== 'PLACE') return s;
  const next = tokens[s.to];
  if (next && spaced(text, tokens[s.to - 1]!, next) && GOVERNMENT.has(lower(next))) return { ...s, to: s.to + 1 };
  // "the government of Canada", "the provincial government of Ontario", "the governments of Canada"
  let k = s.from - 1;
  if (k < 2 || lower(tokens[k]!) !== 'of' || !GOVERNMENT.has(lower(tokens[k - 1]!))) return s;
  k -= 2;
  if (k > 0 && isLowerWord(tokens[k]!) && lower(tokens[k]!) !== 'the') k--;
  if (lower(tokens[k]!) !== 'the') return s;
  for (let j = k; j < s.from; j++) if (!spaced(text, tokens[j]!, tokens[j + 1]!)) return s;
  return { ...s, from: k, noNestedName: true };
}

/** Organisation words that the tagger sometimes tags alone, leaving the name before them out ("Saturn [Corporation]"). */
const ORG_HEAD = new Set(['corporation', 'company', 'group', 'inc.', 'corp.', 'holdings', 'airlines', 'motors']);

/**
 * A span that is nothing but an organisation word takes in the capitalised words just before it ("Saturn
 * Corporation", "The DaimlerChrysler Corporation", "Ford Motor Company") and becomes an ORG; with no such
 * words it is no mention.
 */
export function withOrgHeadName(text: string, tokens: Token[], s: ExtentSpan): ExtentSpan | undefined {
  if (s.to - s.from !== 1 || !ORG_HEAD.has(lower(tokens[s.from]!))) return s;
  let from = s.from;
  while (from > 0 && s.from - from < 3 && isUpper(tokens[from - 1]!) && !PHRASE_BREAK.has(lower(tokens[from - 1]!)) &&
    spaced(text, tokens[from - 1]!, tokens[from]!)) from--;
  if (from === s.from) return undefined;
  return { kind: 'ORG', from, to: s.to, nameFrom: from, nameTo: s.to };
}
