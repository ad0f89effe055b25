// Entities: PERSON / ORG / PLACE mentions found by the trained tagger (tagger.ts), given one canonical name per
// document (names.ts), and a corpus-level resolver that maps document names to stable entities.
import type { EntityKind, EntityMention, Sentence } from '../../types.js';
import type { EntityRef } from '../../types.js';
import { defaultTagger, spansOf, type EntityTagger } from './tagger.js';
import { tokenize, type Token } from './tokens.js';
import { cachedTokenInfo } from './features.js';
import { nameGender } from '../../text/gender.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { canonicalizeDocument, cleanName, foldKey, nameWords, stripTitles } from './names.js';
import {
  continuesCamelCase, isNewProduct, isNonMention, isOrgCue, isPersonRole, joinAmpersands, joinPlaceRegion, splitAtLowercase,
  splitAtTitle, theBelongs, withCorporateSuffix, withGovernment, withOrgHeadName, withPremodifiers, type ExtentSpan,
} from './extent.js';
import { datelineSpans } from '../../text/dateline.js';
import { datelineMentions } from './dateline.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';

export { cleanName, foldKey, stripTitles } from './names.js';

/** Longest stretch of text tagged as one unit when no sentence bounds are given or a sentence is huge. */
const MAX_CHUNK_TOKENS = 400;

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

export interface ExtractOptions {
  /**
   * Also give the name inside a descriptive noun phrase or apposition as a mention of its own: "Apple CEO Steve
   * Jobs" and "Steve Jobs", "U.S. automaker GM" and "GM". MEANTIME (NewsReader guidelines) annotates both as
   * named mentions, so `chronicle eval entities` asks for them; stored analyses do not, so that one occurrence of
   * a name counts once. (A place and its region, "Mobile, Alabama" and "Alabama", are two entities and always given.)
   */
  nestedNames?: boolean;
}

/**
 * Named mentions of people, organisations and places. `sentences` bound the tagging units (the whole text is
 * one unit when none are given). Each mention keeps the exact span the tagger found; its `name` is the
 * document-level canonical name: titles dropped ("Foreign Minister Wang Yi" → "Wang Yi"), short forms joined
 * to the fuller name used in the same document ("Kovrig" → "Michael Kovrig", "Meng" → "Meng Wanzhou"), and
 * one kind per name (the majority of its mentions).
 */
export function extractEntities(text: string, sentences: Sentence[], tagger: EntityTagger = defaultTagger(),
  gazetteer: Gazetteer = defaultGazetteer(), lexicon: Lexicon = defaultLexicon(), options: ExtractOptions = {}): EntityMention[] {
  const units = sentences.length > 0 ? sentences : text.trim() ? [{ start: 0, end: text.length }] : [];
  const out: EntityMention[] = [];
  const chunks: Token[][] = [];
  // A wire dateline is not tagged: its places and agency are read from its structure (dateline.ts).
  const fromDateline: EntityMention[] = [];
  const datelineKind = new Map<string, EntityKind>();
  const skip: Array<[number, number]> = [];
  for (const [a, b] of datelineSpans(text)) {
    const found = datelineMentions(text, a, b);
    if (!found) continue;
    fromDateline.push(...found);
    for (const m of found) datelineKind.set(foldKey(m.name), m.kind);
    skip.push([a, b]);
  }
  for (const s of units) {
    let tokens = tokenize(text, s.start, s.end);
    if (skip.length > 0) tokens = tokens.filter((t) => !skip.some(([a, b]) => t.start < b && t.end > a));
    for (let from = 0; from < tokens.length; from += MAX_CHUNK_TOKENS) {
      const chunk = tokens.length > MAX_CHUNK_TOKENS ? tokens.slice(from, from + MAX_CHUNK_TOKENS) : tokens;
      if (chunk.length > 0) chunks.push(chunk);
    }
  }
  const doc = new DocContext(chunks, lexicon, gazetteer, options.nestedNames === true);
  for (const chunk of chunks) tagChunk(text, chunk, tagger, out, doc);
  if (doc.nonNames.size > 0) {
    for (let i = out.length - 1; i >= 0; i--) if (doc.nonNames.has(out[i]!.text)) out.splice(i, 1);
  }
  if (fromDateline.length > 0) {
    out.push(...fromDateline);
    out.sort((x, y) => x.start - y.start);
  }
  joinSpacedApostrophes(text, out);
  propagate(text, chunks, out);
  completeKnownNames(text, out);
  splitCoordinatedPeople(out);
  const kept = applyGazetteer(out, gazetteer);
  makerModels(kept, gazetteer, lexicon, text);
  describedProducts(kept, text);
  acronymKinds(kept, text);
  actingPlaces(kept, gazetteer, text);
  unlikelyPeople(kept, gazetteer, text);
  lonePeople(kept, gazetteer);
  datelineKinds(kept, datelineKind);
  canonicalizeDocument(kept);
  return kept;
}

/** Last words of a maker's unit, building or facility rather than a model ("Ford Foundation", "Chrysler Building"). */
const NOT_MODEL_LAST = new Set(['building', 'tower', 'center', 'centre', 'plant', 'factory', 'field', 'stadium',
  'arena', 'park', 'hall', 'museum', 'school', 'college', 'hospital', 'division', 'unit', 'europe', 'america',
  'asia', 'international', 'worldwide', 'global', 'computer', 'computers', 'capital', 'financial', 'credit']);

/**
 * Products named after their maker: "Ford Taurus", "Chrysler Aspen", "Apple Macintosh". A name made of a one-word
 * organisation of the document that the gazetteer knows as one, and a rest of capitalised words that unlabeled news
 * never uses (not in the lexicon: "Taurus" is, "Review" or "Republicans" is not), where the rest also stands after "the" in the text ("the
 * Taurus", "the Ford Taurus"), names a model, the way cars, aircraft and computers are written ("the Ford Taurus" must end its noun phrase:
 * "the Northrop Grumman plan" is a company's plan): the rest and the
 * maker-plus-rest name are not mentions (the maker's own mentions stay). Rests that end like an organisation,
 * facility or place ("Ford Foundation", "Chrysler Building") and names the gazetteer knows as PERSON, ORG or PLACE
 * are left alone. Changes `mentions` in place.
 */
export function makerModels(mentions: EntityMention[], gazetteer: Gazetteer, lexicon: Lexicon, text: string): void {
  const makers = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'ORG' && /^[\p{Lu}][\p{L}&.-]*$/u.test(m.name) && gazetteer.kindOf(m.name) === 'ORG') makers.add(m.name);
  }
  if (makers.size === 0) return;
  const models = new Set<string>();
  for (const m of mentions) {
    const sp = m.name.indexOf(' ');
    if (m.kind === 'PERSON' || sp < 0 || !makers.has(m.name.slice(0, sp))) continue;
    const rest = m.name.slice(sp + 1);
    const words = rest.split(' ');
    if (!words.every((w) => /^\p{Lu}/u.test(w) && lexicon.lowerShare(w) === undefined)) continue;
    const last = words[words.length - 1]!.toLowerCase();
    if (ORG_LAST.has(last) || PLACE_LAST.has(last) || NOT_MODEL_LAST.has(last) || EVENT_LAST.has(last)) continue;
    if (isOrgCue({ text: words[words.length - 1]!, start: 0, end: 0 } as Token)) continue;
    const known = gazetteer.kindOf(m.name) ?? gazetteer.kindOf(rest);
    if (known !== undefined && known !== 'OTHER') continue;
    const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "the Taurus" anywhere; "the Ford Taurus" only where it ends its noun phrase, not in "the Northrop Grumman plan"
    const alone = new RegExp(`\\b[Tt]he ${esc(rest)}(?![\\p{L}\\p{N}])`, 'u');
    const whole = new RegExp(`\\b[Tt]he ${esc(m.name)}(?=\\s*[,.;:!?)"”]|\\s*$)`, 'u');
    if (alone.test(text) || whole.test(text)) models.add(rest).add(m.name);
  }
  if (models.size === 0) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (models.has(mentions[i]!.name)) mentions.splice(i, 1);
}

/** An apposition that calls the name before it a version or model of something ("Lion, the new version of"). */
const PRODUCT_APPOSITION = /^\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:(?:new|latest|next|updated|newest|upcoming|first|second|third|fourth|fifth)\s+)?(?:version|versions|model|models|edition|release|update|upgrade|successor|generation)\s+of\b/i;

/**
 * A name the text describes as a version, model or edition of something ("Apple unveiled Lion, the new version of
 * their operating system") is a product: none of its mentions in the document is a person, organisation or place.
 * Changes `mentions` in place.
 */
export function describedProducts(mentions: EntityMention[], text: string): void {
  let products: Set<string> | undefined;
  for (const m of mentions) {
    if (text.charCodeAt(m.end) !== 44 /* , */ || !PRODUCT_APPOSITION.test(text.slice(m.end, m.end + 60))) continue;
    (products ??= new Set()).add(foldKey(m.name));
  }
  if (!products) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (products.has(foldKey(mentions[i]!.name))) mentions.splice(i, 1);
}

/**
 * Irish and Romance family names ("O'Leary", "D'Alema") written with a space after the apostrophe, as tokenised
 * news text has them ("Michael O' Leary"): the tagger stops before "O'"; a PERSON mention directly followed by a
 * one-letter capital, an apostrophe and a capitalised word takes them in. Changes `mentions` in place.
 */
export function joinSpacedApostrophes(text: string, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'PERSON') continue;
    const rest = /^ ([A-Z]['’] ?\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 40));
    if (!rest) continue;
    const end = m.end + 1 + rest[1]!.length;
    const next = mentions[i + 1];
    if (next && next.start < end) {
      if (next.end > end || next.kind !== 'PERSON') continue;
      mentions.splice(i + 1, 1);
    }
    m.name = `${m.name} ${rest[1]!}`;
    m.text = text.slice(m.start, end);
    m.end = end;
  }
}

/**
 * A mention that is the end of a longer name found elsewhere in the document, right after the rest of that name
 * in the text, is that name: the tagger's slip on a first word that is also a common word ("Air" before "Canada"
 * at a sentence start, when "Air Canada" is a mention elsewhere) is undone. Only exact word sequences, only words
 * no other mention covers, only mentions whose text is their bare name. Changes `mentions` in place.
 */
export function completeKnownNames(text: string, mentions: EntityMention[]): void {
  const full = new Map<string, { words: string[]; kind: EntityKind; name: string }>();
  for (const m of mentions) {
    if (m.text !== m.name || !m.name.includes(' ')) continue;
    const words = m.name.split(' ');
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue;
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      if (!full.has(tail)) full.set(tail, { words, kind: m.kind, name: m.name });
    }
  }
  if (full.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.text !== m.name) continue;
    const known = full.get(m.name);
    if (!known) continue;
    const head = known.words.slice(0, known.words.length - m.name.split(' ').length).join(' ');
    const from = m.start - head.length - 1;
    if (from < 0 || text.slice(from, m.start) !== `${head} `) continue;
    if (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) continue;
    const prev = mentions[i - 1];
    if (prev && prev.end > from) continue;
    m.start = from;
    m.text = known.name;
    m.name = known.name;
    m.kind = known.kind;
  }
}

/**
 * "Kovrig and Spavor": a span the tagger ran over two names joined by "and" is two people when each side is a
 * person of the document (a word of a full person name, or a person name itself). Replaced in place, in order.
 */
export function splitCoordinatedPeople(mentions: EntityMention[]): void {
  if (!mentions.some((m) => m.text.includes(' and '))) return;
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = foldKey(stripTitles(m.name));
    people.add(bare);
    for (const w of nameWords(bare)) people.add(w);
  }
  if (people.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.text.includes(' and ')) continue;
    const parts = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*) and (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)$/u.exec(m.text);
    if (!parts || !people.has(foldKey(parts[1]!)) || !people.has(foldKey(parts[2]!))) continue;
    const rightAt = m.start + m.text.length - parts[2]!.length;
    mentions.splice(i, 1,
      { kind: 'PERSON', name: parts[1]!, start: m.start, end: m.start + parts[1]!.length, text: parts[1]! },
      { kind: 'PERSON', name: parts[2]!, start: rightAt, end: m.end, text: parts[2]! });
    i++;
  }
}

/**
 * A name the dateline gives as the place the story was filed from is a place in all of the document ("Kessel
 * Ford" after "KESSEL FORD, Veloria —" is not the car maker, whatever the tagger made of it), and its agency is
 * an organisation (the acronym and gazetteer rules do not apply to it). `kinds`: folded name → dateline kind.
 */
export function datelineKinds(mentions: EntityMention[], kinds: ReadonlyMap<string, EntityKind>): void {
  if (kinds.size === 0) return;
  for (const m of mentions) m.kind = kinds.get(foldKey(m.name)) ?? m.kind;
}

/**
 * Kinds from the silver gazetteer (gazetteer.ts): a name the silver data gives one kind for at least 80% of
 * its mentions takes that kind, and a name it calls something else (a product, an event, a nationality) is
 * not a mention; nor is a rarer nationality adjective derived from a known place (isDemonym).
 */
export function applyGazetteer(mentions: EntityMention[], gazetteer: Gazetteer): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const kind = gazetteer.kindOf(m.kind === 'PERSON' ? stripTitles(m.name) : m.name);
    if (kind === 'OTHER') continue;
    if (kind === undefined && isDemonym(m.name, gazetteer)) continue;
    if (kind !== undefined) m.kind = kind;
    out.push(m);
  }
  return out;
}

/** Nationality endings and the place-name endings they replace: "Romanian" → "Romania", "Chinese" → "China". */
const DEMONYM_ENDINGS: ReadonlyArray<[string, string]> = [['n', ''], ['ian', ''], ['ian', 'a'], ['ian', 'y'],
  ['ese', ''], ['ese', 'a'], ['ean', 'e'], ['an', 'o'], ['i', '']];

/**
 * A one-word name that is a nationality adjective the silver data saw too rarely to list ("Romanian" where it
 * lists "Indonesian" as a nationality): taking off a nationality ending gives a place the gazetteer knows.
 */
export function isDemonym(name: string, gazetteer: Gazetteer): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return false;
  for (const [ending, place] of DEMONYM_ENDINGS) {
    if (name.endsWith(ending) && gazetteer.kindOf(name.slice(0, name.length - ending.length) + place) === 'PLACE') return true;
  }
  return false;
}

/**
 * An acronym introduced in parentheses right after a name ("Singapore Airlines (SIA)") names the same thing: it
 * and its later mentions take that name's kind.
 */
export function acronymKinds(mentions: EntityMention[], text: string): void {
  const kinds = new Map<string, EntityKind>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (!/^\p{Lu}[\p{Lu}&.-]+$/u.test(m.text) || prev.kind === 'PERSON') continue;
    if (/^\s*\($/.test(text.slice(prev.end, m.start))) kinds.set(m.text, prev.kind);
  }
  if (kinds.size === 0) return;
  for (const m of mentions) m.kind = kinds.get(m.text) ?? m.kind;
}

/**
 * Verbs whose subject acts, speaks or goes to law: a person or an organisation, not a piece of land ("Cisco sues
 * Apple", "The union refused"). A country that "said" something is a government, but countries are in the
 * gazetteer and keep their kind.
 */
const AGENT_VERB = new Set(['said', 'says', 'sues', 'sued', 'announced', 'announces', 'refused', 'refuses', 'claims',
  'claimed', 'argued', 'argues', 'denied', 'denies', 'agreed', 'agrees', 'declined', 'declines', 'insisted',
  'insists', 'confirmed', 'confirms', 'stated', 'states', 'hired', 'hires', 'employs', 'acquired', 'acquires']);

/** Words before a name that make it a place in a phrase, not the subject of the next verb ("officials in Lyon said"). */
const PLACE_PREP = new Set(['in', 'at', 'from', 'of', 'near', 'to', 'into', 'across', 'outside', 'inside', 'around',
  'throughout', 'within', 'for', 'by', 'on', 'over', 'via']);

/**
 * A name the gazetteer does not know as a place, written as the subject of an acting or speaking verb (the verb
 * right after it, no preposition before it), names an organisation: every PLACE mention of the same name in the
 * document becomes ORG ("Cisco sues Apple" … "based in San Jose - Cisco"; "The UAW refused" after "the United
 * Auto Workers (UAW)" was taken for a place).
 */
export function actingPlaces(mentions: EntityMention[], gazetteer: Gazetteer, text: string): void {
  const acting = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'PERSON') continue;
    const verb = /^\s+([a-z]+)\b/.exec(text.slice(m.end, m.end + 16));
    if (!verb || !AGENT_VERB.has(verb[1]!)) continue;
    const before = /([\p{L}]+)\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before && PLACE_PREP.has(before[1]!.toLowerCase())) continue;
    if (gazetteer.kindOf(m.name) === 'PLACE') continue;
    acting.add(foldKey(m.name));
  }
  if (acting.size === 0) return;
  for (const m of mentions) if (m.kind === 'PLACE' && acting.has(foldKey(m.name))) m.kind = 'ORG';
}

/**
 * A person's full name starts with a given name. A PERSON name of two or more words is taken for an organisation
 * (the tagger's slip on company names it never saw: "Northrop Grumman", "Aer Lingus") when nothing in the document
 * vouches for a person: its first word is not a given name (learnt from the gazetteer's people, or on the list
 * in quotes/gender.ts), no mention of it carries a title or role word, the gazetteer does not know the name as a
 * person, and its last word never stands alone as a mention elsewhere in the document ("Forgeard said").
 */
export function unlikelyPeople(mentions: EntityMention[], gazetteer: Gazetteer, text = ''): void {
  const firstNames = gazetteer.firstNames();
  const groups = new Map<string, EntityMention[]>();
  const alone = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = stripTitles(m.name);
    const words = nameWords(foldKey(bare));
    if (words.length === 1) {
      if (m.text === m.name) alone.add(words[0]!);
      continue;
    }
    const key = words.join(' ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(m);
  }
  for (const [key, group] of groups) {
    const words = key.split(' ');
    const first = words[0]!;
    if (firstNames.has(first) || nameGender(first) !== undefined) continue;
    if (alone.has(words[words.length - 1]!)) continue;
    // an initial ("George W. Bush", "J. Smith") or a title or role word in any mention marks a person
    if (words.some((w) => w.length === 1)) continue;
    if (group.some((m) => stripTitles(m.name) !== m.name || m.text !== m.name || roleBefore(text, m.start) ||
      roleAfter(text, m.end))) continue;
    if (gazetteer.kindOf(stripTitles(group[0]!.name)) === 'PERSON') continue;
    for (const m of group) m.kind = 'ORG';
  }
}

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

/** Nouns that only people are ("his counterpart [Wang Yi]", "lawyer [Jane Doe]"), besides extent.ts's roles. */
const PERSON_NOUN = new Set(['counterpart', 'colleague', 'lawyer', 'wife', 'husband', 'son', 'daughter', 'mother',
  'father', 'brother', 'sister', 'friend', 'actor', 'actress', 'singer', 'writer', 'author', 'journalist',
  'reporter', 'columnist', 'player', 'coach', 'striker', 'candidate', 'activist', 'businessman', 'businesswoman',
  'billionaire', 'entrepreneur', 'diplomat', 'politician', 'lawmaker', 'legislator', 'scientist', 'researcher',
  'doctor', 'dr', 'dr.', 'student', 'teacher', 'victim', 'suspect', 'defendant', 'widow', 'nephew', 'niece', 'uncle',
  'aunt', 'cousin', 'rapper', 'designer', 'engineer', 'pilot', 'spokesman', 'spokeswoman', 'mr.',
  'mr', 'mrs', 'mrs.', 'ms', 'ms.']);

/**
 * News introduces a person by full name before using the surname alone. A one-word PERSON name that is not part
 * of any longer person's name in the document, never carries a title there, and that the gazetteer does not know
 * as a person is taken for an organisation (the tagger's usual slip on company names: "Ryanair", "Lufthansa").
 */
export function lonePeople(mentions: EntityMention[], gazetteer: Gazetteer): void {
  const folds = new Map<string, string>();
  const fold = (name: string): string => {
    let f = folds.get(name);
    if (f === undefined) folds.set(name, (f = foldKey(name)));
    return f;
  };
  const parts = new Set<string>();
  const titled = new Set<string>();
  const single: EntityMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const bare = stripTitles(m.name);
    if (bare.includes(' ')) {
      for (const w of nameWords(fold(bare))) parts.add(w);
    } else {
      single.push(m);
      if (bare !== m.name || stripTitles(m.text) !== m.text) titled.add(fold(bare));
    }
  }
  for (const m of single) {
    const key = fold(stripTitles(m.name));
    if (nameWords(key).length !== 1 || parts.has(key) || titled.has(key)) continue;
    if (gazetteer.kindOf(m.name) === 'PERSON') continue;
    m.kind = 'ORG';
  }
}

/** Organisation-designating last words: a name ending with one is an ORG whatever the tagger said. */
const ORG_LAST = new Set([
  'airlines', 'airways', 'air', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.',
  'company', 'group', 'motors', 'bank', 'agency', 'ministry', 'department', 'council', 'party', 'university',
  'association', 'commission', 'committee', 'services', 'systems', 'technologies', 'industries', 'holdings',
  'aircraft', 'aerospace', 'foundation', 'institute', 'union', 'organization', 'organisation', 'office',
  'authority', 'court', 'police', 'army', 'navy', 'force', 'reserve', 'senate', 'congress', 'parliament',
  'board', 'federation', 'network', 'news', 'times', 'post', 'journal', 'club', 'fund', 'league', 'nv', 'n.v.', 'ag', 'sa',
]);
/** Facility / place last words: a name ending with one is a PLACE (MEANTIME LOC, spaCy FAC or GPE). */
const PLACE_LAST = new Set(['airport', 'street', 'avenue', 'river', 'island', 'islands', 'mountains', 'bay', 'county',
  'province', 'city', 'square', 'bridge', 'harbour', 'harbor', 'valley', 'coast', 'gulf', 'sea', 'ocean', 'lake']);

/** Words that never start a name carried over from elsewhere in the document. */
const NOT_PROPAGATED = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'but', 'and',
  'in', 'on', 'at', 'new', 'as', 'if', 'for', 'to', 'of', 'by', 'with', 'his', 'her', 'its', 'their', 'our', 'my']);

/**
 * Event last words: a name of two or more words ending with one names an event ("Paris Air Show", "Worldwide
 * Developers Conference", "Beijing Olympic Games"), which is neither a person, an organisation nor a place.
 */
const EVENT_LAST = new Set(['conference', 'summit', 'show', 'games', 'olympics', 'championship', 'championships',
  'festival', 'expo', 'exhibition', 'fair', 'convention', 'congress', 'marathon', 'tournament', 'cup', 'awards']);

function isEventName(tokens: Token[], a: number, b: number): boolean {
  return b - a >= 2 && EVENT_LAST.has(tokens[b - 1]!.text.toLowerCase()) && isUpperWord(tokens[b - 1]!.text);
}

function kindByLastWord(kind: EntityKind, tokens: Token[], a: number, b: number): EntityKind {
  if (b - a < 2) return kind;
  const last = tokens[b - 1]!.text.toLowerCase();
  if (ORG_LAST.has(last)) return 'ORG';
  if (PLACE_LAST.has(last)) return 'PLACE';
  return kind;
}

/** Tokens after which a capital letter says nothing about a name: an opening quote, a colon, a dash, a bracket. */
const CASE_RESET = new Set(['"', '“', "'", '‘', '`', ':', '-', '—', '–', '(', '[']);

/** Share of lower-case use (percent, lexicon.ts) from which a capitalised sentence-initial word is a common word. */
const COMMON_SHARE = 80;
/** Share of lower-case use (percent) below which a capitalised word is taken for (part of) a name. */
const NAME_SHARE = 10;

/**
 * What the tagging of one document knows about it. Decides whether a capitalised word where case is not free (the
 * first word of a sentence: "Inspectors said") is a common word rather than a name: the unlabeled-news lexicon sees
 * it in lower case at least COMMON_SHARE% of the time, or, for a word the lexicon does not know, the same document
 * writes it in lower case elsewhere. Collects words found not to be names (nonNames).
 */
class DocContext {
  private docLower: Set<string> | undefined;
  /** Words found not to be names anywhere in the document (an event's acronym). */
  readonly nonNames = new Set<string>();

  constructor(private readonly chunks: Token[][], private readonly lexicon: Lexicon, private readonly gazetteer: Gazetteer,
    readonly nestedNames: boolean) {}

  /** True when tokens[i] stands where case is not free. */
  caseBound(tokens: Token[], i: number): boolean {
    return i === 0 || CASE_RESET.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === '``';
  }

  /**
   * A capitalised word the lexicon knows (almost) only capitalised, or does not know and the document never writes
   * in lower case, and that the gazetteer does not give a kind other than PERSON.
   */
  isNameLike(word: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    const kind = this.gazetteer.kindOf(word);
    if (kind !== undefined && kind !== 'PERSON') return false;
    const share = this.lexicon.lowerShare(word);
    return share === undefined ? !this.isCommon(word) : share < NAME_SHARE;
  }

  isCommon(word: string): boolean {
    // Only a word written as a common word with a capital: "AirTanker", "UAW", "iPod" are names whatever else.
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    const share = this.lexicon.lowerShare(word);
    if (share !== undefined) return share >= COMMON_SHARE;
    if (!this.docLower) {
      this.docLower = new Set();
      for (const chunk of this.chunks) {
        for (const t of chunk) {
          const c = t.text.charCodeAt(0);
          if ((c >= 97 && c <= 122) || (c > 127 && t.text[0] !== t.text[0]!.toUpperCase())) this.docLower.add(t.text);
        }
      }
    }
    return this.docLower.has(word.toLowerCase());
  }
}

function tagChunk(text: string, tokens: Token[], tagger: EntityTagger, out: EntityMention[], doc: DocContext): void {
  const tags = tagger.tagInfos(tokens.map((t) => cachedTokenInfo(t.text)));
  if (!tags.some((t) => t !== 0)) return; // nothing tagged in this unit
  const spans: ExtentSpan[] = [];
  for (const span of joinAmpersands(text, tokens, splitAtLowercase(tokens, spansOf(tags), text))) {
    let a = span.from;
    let b = span.to;
    // No mention starts or ends with punctuation, and a possessive 's is not part of the name.
    while (a < b && !isWordChar(tokens[a]!.text)) a++;
    while (b > a && (!isWordChar(tokens[b - 1]!.text) || /^['’][sS]$/.test(tokens[b - 1]!.text))) b--;
    if (a >= b) continue;
    // "Inspectors said ...": a lone capitalised common word where case is not free is not a name.
    if (b - a === 1 && doc.caseBound(tokens, a) && doc.isCommon(tokens[a]!.text)) continue;
    // "Jusman [Syafii Djamal]": the tagger often leaves out a person's first name where case is not free; a
    // capitalised word there that is no common word, and that the gazetteer does not know as something else (a
    // nationality, a place), one space before the name, is part of it.
    if (span.kind === 'PERSON' && a === span.from && a > 0 && doc.caseBound(tokens, a - 1) && doc.isNameLike(tokens[a - 1]!.text) &&
      tokens[a]!.start === tokens[a - 1]!.end + 1) a--;
    if (continuesCamelCase(text, tokens, a)) continue;
    // A mention never starts or ends inside a hyphenated word ("Francois-Philippe Champagne").
    const glued = (x: Token, y: Token): boolean => x.end === y.start;
    while (a >= 2 && tokens[a - 1]!.text === '-' && glued(tokens[a - 1]!, tokens[a]!) && glued(tokens[a - 2]!, tokens[a - 1]!) &&
      isWordChar(tokens[a - 2]!.text)) a -= 2;
    while (b + 1 < tokens.length && tokens[b]!.text === '-' && glued(tokens[b - 1]!, tokens[b]!) && glued(tokens[b]!, tokens[b + 1]!) &&
      isWordChar(tokens[b + 1]!.text)) b += 2;
    if (isEventName(tokens, a, b)) {
      // the event's acronym in brackets after it is not a mention either ("Developers Conference (WWDC)")
      if (tokens[b]?.text === '(' && tokens[b + 2]?.text === ')') doc.nonNames.add(tokens[b + 1]!.text);
      continue;
    }
    const s = withOrgHeadName(text, tokens,
      { kind: kindByLastWord(span.kind, tokens, a, b), from: a, to: b, nameFrom: a, nameTo: b });
    if (!s || isNonMention(text, tokens, s) || isNewProduct(tokens, s)) continue;
    for (const part of splitAtTitle(tokens, s)) {
      const full = withGovernment(text, tokens, withCorporateSuffix(text, tokens, part));
      // a span the previous one grew over ("Aer Lingus [Group PLC]") is part of it
      const prev = spans[spans.length - 1];
      if (prev && full.from < prev.to) continue;
      spans.push(full);
    }
  }
  const joined = joinPlaceRegion(text, tokens, spans);
  const commonAt = (i: number): boolean => doc.caseBound(tokens, i) && doc.isCommon(tokens[i]!.text);
  const extended = joined.map((s) => withPremodifiers(text, tokens, s, joined, commonAt));
  for (const s of extended) {
    pushMention(text, tokens, s.nameFrom, s.nameTo, s.kind, out, s.from, s.to);
    // MEANTIME / NewsReader view: the name inside a descriptive noun phrase or apposition is a mention too.
    if (doc.nestedNames && s.from < s.nameFrom && !s.noNestedName) pushMention(text, tokens, s.nameFrom, s.nameTo, s.kind, out);
  }
}

/**
 * Adds a mention whose name is tokens [a, b) and whose extent is [from, to) (the name itself by default).
 * Extent conventions are in extent.ts; here: the span of an organisation or place covers a directly preceding
 * "the" ("the White House") when the name ends its noun phrase ("the [US] economy" keeps only "US"). The
 * canonical name never includes the "the".
 */
function pushMention(text: string, tokens: Token[], a: number, b: number, kind: EntityKind, out: EntityMention[],
  from = a, to = b): void {
  if (kind !== 'PERSON' && from === a && from > 0 && lower(tokens[from - 1]!) === 'the' && theBelongs(text, tokens, to)) from--;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const mentionText = text.slice(start, end);
  const name = cleanName(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  if (!name) return;
  out.push({ kind, name, start, end, text: mentionText });
}

function lower(t: Token): string {
  return t.text.toLowerCase();
}

/**
 * One sense per document: a capitalised word sequence that the tagger marked as a name somewhere in the document
 * is a mention wherever else it occurs untagged (the tagger misses "Jobs" in "Jobs said" but found "Steve Jobs"),
 * and so are the first and the last word of a person's full name (canonicalizeDocument then decides whose).
 */
function propagate(text: string, chunks: Token[][], out: EntityMention[]): void {
  if (out.length === 0) return;
  const known = new Map<string, EntityKind>();
  const firstWords = new Set<string>();
  let longest = 1;
  for (const m of out) {
    // From the name, not the extent: "automaker Chrysler" and "President Vladimir Putin" spread as the name.
    const base = m.kind === 'PERSON' ? stripTitles(m.name) : m.name;
    const words = base.includes(' ') || /[^\p{L}\p{N}]/u.test(base)
      ? tokenize(base).map((t) => t.text).filter((w) => w.toLowerCase() !== 'the')
      : [base];
    if (words.length === 0 || !isUpperWord(words[0]!)) continue;
    if (!known.has(words.join(' '))) known.set(words.join(' '), m.kind);
    firstWords.add(words[0]!);
    longest = Math.max(longest, words.length);
    if (m.kind === 'PERSON' && words.length >= 2) {
      // the family name, whichever end it is at ("Kovrig", "Meng"); names decide which full name it is
      for (const part of [words[words.length - 1]!, words[0]!]) {
        if (!isUpperWord(part) || known.has(part)) continue;
        known.set(part, 'PERSON');
        firstWords.add(part);
      }
    }
  }
  const cover = new Uint8Array(text.length + 1);
  for (const m of out) cover.fill(1, m.start, m.end);
  const taken = (t: Token): boolean => cover[t.start] === 1 || cover[t.end - 1] === 1;
  const added: EntityMention[] = [];
  for (const tokens of chunks) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!firstWords.has(t.text) || NOT_PROPAGATED.has(t.text.toLowerCase())) continue;
      for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
        const key = tokens.slice(i, i + n).map((x) => x.text).join(' ');
        const kind = known.get(key);
        if (kind === undefined) continue;
        // Only whole tokens that no mention covers, not glued to a longer capitalised run.
        // An organisation's name goes on over company cue words ("Apple" known, "Apple Computer" here).
        const next = tokens[i + n];
        const cue = kind === 'ORG' && next !== undefined && isOrgCue(next);
        if (next && !cue && isUpperWord(next.text) && next.start === tokens[i + n - 1]!.end + 1) break;
        const prev = tokens[i - 1];
        if (prev && isUpperWord(prev.text) && t.start === prev.end + 1 && !NOT_PROPAGATED.has(prev.text.toLowerCase())) break;
        let span: ExtentSpan = { kind, from: i, to: i + n, nameFrom: i, nameTo: i + n };
        if (cue) span = withCorporateSuffix(text, tokens, span);
        if (tokens.slice(span.from, span.to).some(taken)) break;
        const after = tokens[span.to];
        if (after && isUpperWord(after.text) && after.start === tokens[span.to - 1]!.end + 1) break;
        if (!isNonMention(text, tokens, span) && !isNewProduct(tokens, span)) {
          pushMention(text, tokens, span.nameFrom, span.nameTo, span.kind, added, span.from, span.to);
        }
        i = span.to - 1;
        break;
      }
    }
  }
  if (added.length === 0) return;
  out.push(...added);
  out.sort((x, y) => x.start - y.start);
}

function isUpperWord(w: string): boolean {
  const c = w[0]!;
  return c.toLowerCase() !== c;
}

/** One corpus-level entity with what the resolver learnt about it. */
interface Known extends EntityRef {
  mentions: number;
}

/**
 * Corpus-level entities: one stable key per entity. A name is looked up by its folded form (case, accents,
 * periods and a leading "the" ignored; titles stripped). A one-word PERSON name not known on its own is the
 * person whose full name ends with it ("Kovrig" → "Michael Kovrig"), when one such person clearly dominates
 * (at least twice the mentions of the next), or, failing that, the only person whose full name starts with it
 * (family name first: "Meng" → "Meng Wanzhou"). Otherwise the name becomes a new entity. Keys never change once given.
 */
export class EntityResolver {
  private readonly byKey = new Map<string, Known>();
  /** folded name (with kind) → key */
  private readonly byName = new Map<string, string>();
  /** PERSON last / first word (folded) → keys of multi-word people */
  private readonly byLast = new Map<string, Set<string>>();
  private readonly byFirst = new Map<string, Set<string>>();

  resolve(m: { kind: EntityKind; name: string }): EntityRef {
    const cleaned = cleanName(m.name) || m.name.trim();
    const name = m.kind === 'PERSON' ? stripTitles(cleaned) : cleaned;
    const folded = foldKey(name);
    let key = this.byName.get(`${m.kind}:${folded}`);
    // A multi-word name typed ORG in one article and PERSON in another is a person: per-article typing turns a
    // person into an organisation when that article gives no evidence (no given name known, no title or role),
    // and one name is seldom both.
    if (key === undefined && m.kind === 'ORG' && folded.includes(' ')) key = this.byName.get(`PERSON:${folded}`);
    if (key === undefined && m.kind === 'PERSON') {
      const words = nameWords(folded);
      if (words.length === 1) key = this.dominant(this.byLast.get(words[0]!)) ?? this.only(this.byFirst.get(words[0]!));
    }
    if (key === undefined) key = this.add(m.kind, name, folded);
    else this.byName.set(`${m.kind}:${folded}`, key);
    const known = this.byKey.get(key)!;
    known.mentions++;
    return { key: known.key, kind: known.kind, name: known.name };
  }

  /** The first-word match (family name first) must be unique: "Michael" could be anyone. */
  private only(keys: Set<string> | undefined): string | undefined {
    return keys && keys.size === 1 ? [...keys][0] : undefined;
  }

  private dominant(keys: Set<string> | undefined): string | undefined {
    if (!keys || keys.size === 0) return undefined;
    const ranked = [...keys].map((k) => this.byKey.get(k)!).sort((a, b) => b.mentions - a.mentions);
    if (ranked.length > 1 && ranked[0]!.mentions < 2 * ranked[1]!.mentions) return undefined;
    return ranked[0]!.key;
  }

  private add(kind: EntityKind, name: string, folded: string): string {
    let key = `${kind}:${folded}`;
    for (let n = 2; this.byKey.has(key); n++) key = `${kind}:${folded}#${n}`;
    this.index({ key, kind, name, mentions: 0 }, [folded]);
    return key;
  }

  private index(e: Known, names: string[]): void {
    this.byKey.set(e.key, e);
    for (const n of names) this.byName.set(`${e.kind}:${n}`, e.key);
    if (e.kind !== 'PERSON') return;
    const words = nameWords(foldKey(e.name));
    if (words.length < 2) return;
    const add = (map: Map<string, Set<string>>, w: string): void => {
      let set = map.get(w);
      if (!set) map.set(w, (set = new Set()));
      set.add(e.key);
    };
    add(this.byLast, words[words.length - 1]!);
    add(this.byFirst, words[0]!);
  }

  /** Every entity with its mention count and the folded names that lead to it. */
  toJSON(): { version: 2; entities: (EntityRef & { mentions: number; names: string[] })[] } {
    const names = new Map<string, string[]>();
    for (const [n, key] of this.byName) {
      const list = names.get(key) ?? [];
      list.push(n.slice(n.indexOf(':') + 1));
      names.set(key, list);
    }
    return {
      version: 2,
      entities: [...this.byKey.values()].map((e) => ({ key: e.key, kind: e.kind, name: e.name, mentions: e.mentions,
        names: names.get(e.key) ?? [] })),
    };
  }

  /** Restores a resolver saved with toJSON (also reads the first version's `{entities: EntityRef[]}`). */
  static fromJSON(json: string): EntityResolver {
    const r = new EntityResolver();
    let parsed: { entities?: unknown };
    try {
      parsed = JSON.parse(json) as { entities?: unknown };
    } catch (err) {
      throw new Error(`entity resolver state: not JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(parsed.entities)) throw new Error('entity resolver state: no "entities" array');
    parsed.entities.forEach((raw: unknown, i: number) => {
      const e = raw as Partial<Known> & { names?: unknown };
      if (typeof e.key !== 'string' || typeof e.name !== 'string' || !['PERSON', 'ORG', 'PLACE'].includes(e.kind as string)) {
        throw new Error(`entity resolver state: entity ${i} lacks a key, name or valid kind`);
      }
      const names = Array.isArray(e.names) ? e.names.filter((n): n is string => typeof n === 'string') : [];
      r.index({ key: e.key, kind: e.kind!, name: e.name, mentions: typeof e.mentions === 'number' ? e.mentions : 0 },
        names.length > 0 ? names : [foldKey(e.name)]);
    });
    return r;
  }
}
