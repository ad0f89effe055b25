// Word lists that several extent rules read: legal forms, phrase breaks, organisation descriptors, person roles
// and company cue words.
import type { Token } from '../tokens.js';
import { isUpper, lower } from './span.js';

/** Legal-form words after a company name ("Apple Inc.", "Chrysler LLC"); lowercased. */
export const CORPORATE_SUFFIX = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'n.v.', 'nv',
  'ag', 'sa', 'spa', 'gmbh', 'bv', 'lp', 'llp', 'pty', 'oyj', 'asa', 'ab']);

/**
 * Closed-class words and common verbs: a lowercase word of this list after a name ends the noun phrase (the
 * name is its head), and a premodifier run never crosses one.
 */
export const PHRASE_BREAK = new Set([
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

/**
 * Head nouns that describe an organisation and take a name in apposition after them ("automaker Chrysler"). Singular
 * only: a plural one describes a list the names stand in apposition to ("US automakers [GM] and [Chrysler]").
 */
export const ORG_DESCRIPTOR = new Set([
  'automaker', 'carmaker', 'manufacturer', 'maker', 'company', 'firm', 'airline', 'carrier', 'airframer',
  'giant', 'rival', 'retailer', 'insurer', 'parent', 'bank', 'lender', 'conglomerate', 'consortium', 'operator',
  'supplier', 'chipmaker', 'subsidiary', 'corporation', 'group', 'agency', 'regulator', 'broadcaster', 'newspaper',
  'network', 'producer', 'builder', 'contractor', 'partner', 'distributor', 'developer', 'brand', 'label', 'club',
  'party', 'union', 'organisation', 'organization', 'charity', 'university', 'outfit', 'exchange', 'fund', 'investor',
]);

/** Role and title words that come before a person's name ("Prime Minister", "chief executive", "analyst"). */
export const PERSON_ROLE = new Set([
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

/** True for a role or title word that comes before a person's name ("analyst", "chief", "Senator"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLE.has(word.toLowerCase());
}

/**
 * Capitalised words that end many company names; the tagger often stops just before them ("AirTran [Airways]").
 * A span directly followed by one (or a run of them) takes them in and becomes ORG.
 */
export const ORG_CUE = new Set(['airlines', 'airways', 'motors', 'group', 'holdings', 'systems', 'technologies', 'bank',
  'petroleum', 'communications', 'electric', 'pharmaceuticals', 'aerospace', 'energy', 'industries', 'corporation',
  'airline', 'telecom', 'insurance', 'networks', 'labs', 'laboratories', 'enterprises', 'partners', 'capital',
  'computer', 'computers']);

/** True for a capitalised company cue word ("Airways", "Computer", "Group"). */
export function isOrgCue(t: Token): boolean {
  return isUpper(t) && ORG_CUE.has(lower(t));
}
