// How a query's words, phrases and named entity are found in text. Words match whole words (an optional plural
// ending: "protest" finds "protests", never "oil" inside "turmoil"); a phrase matches its words in a row, whatever
// spaces or hyphens stand between them ("no-fly zone" = "no fly zone"). An entity is found by its mentions in the
// analysis (whose in-article name is one of the entity's names), by its names written in the text when no mention
// of somebody else stands there ("Jackson" in "Jesse Jackson" is not Michael Jackson), and by a pronoun whose
// nearest antecedent of its kind, at most one sentence back, is the entity.
import type { EntityKind, EntityMention, Sentence } from '../types.js';
import { datelineLength } from '../text/dateline.js';
import { nameGender } from '../text/gender.js';

/** The names a known entity goes by, as the service found them in the store's entity tables. */
export interface EntityNames {
  /** Canonical name. */
  name: string;
  kind: EntityKind;
  /** Names that denote it, folded (see foldName): the canonical name and its frequent aliases. */
  names: string[];
  /** The shortest of those names, as text to look for ("jackson" covers "michael jackson", "mr jackson"). */
  written: string[];
}

/** Case, periods, apostrophes, hyphens and runs of spaces ignored; a leading "the" dropped. */
export function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = name.toLowerCase().replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
    // A request folds the names of every mention it reads, the same few thousand names over and over.
    if (foldedNames.size >= 50_000) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

const foldedNames = new Map<string, string>();

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'president', 'prime', 'minister', 'king',
  'queen', 'prince', 'princess', 'general', 'gen', 'colonel', 'col', 'sen', 'senator', 'rep', 'gov', 'governor']);

/**
 * The names of an entity from its stored mention texts. An alias counts when it is frequent (≥ 2 % of the
 * mentions and at least 3) and every word is capitalised (mention texts with a leading verb, "want President
 * Mubarak", are tagging slips). A person's first name alone is left out (Michael is many people); the family name
 * alone is kept (the resolver gave it to the person only when that person dominates it).
 */
export function entityNames(name: string, kind: EntityKind, aliases: { text: string; mentions: number }[]): EntityNames {
  const total = aliases.reduce((s, a) => s + a.mentions, 0);
  const canonical = foldName(name);
  const given = kind === 'PERSON' && canonical.includes(' ') ? canonical.split(' ')[0] : undefined;
  const names = new Set([canonical]);
  for (const a of aliases) {
    if (a.mentions < Math.max(3, 0.02 * total)) continue;
    if (!/^(\p{Lu}[\p{L}\p{N}.'’-]*|al-\p{L}+|bin|de|van|von|of|and|&)(\s+(\p{Lu}[\p{L}\p{N}.'’-]*|al-\p{L}+|bin|de|van|von|of|and|&))*$/u.test(a.text.trim())) continue;
    const folded = foldName(a.text);
    const bare = folded.split(' ').filter((w) => !TITLE_WORDS.has(w)).join(' ');
    if (!bare || bare === given) continue;
    names.add(folded);
  }
  const sorted = [...names].sort((a, b) => a.length - b.length);
  const written: string[] = [];
  for (const n of sorted) {
    const bare = n.split(' ').filter((w) => !TITLE_WORDS.has(w)).join(' ');
    if (!bare || bare === given || written.some((w) => containsWords(n, w))) continue;
    written.push(bare);
  }
  return { name, kind, names: [...names], written };
}

function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

const regexCache = new Map<string, RegExp>();

/**
 * A regular expression finding `term` (one word or a phrase) as whole words, case-insensitively; the last word
 * may take a plural or possessive ending.
 */
export function termPattern(term: string): RegExp {
  let re = regexCache.get(term);
  if (!re) {
    const words = term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const body = esc.join("[^\\p{L}\\p{N}]{1,3}");
    const plural = words.length > 0 && /\p{L}$/u.test(words[words.length - 1]!) ? '(?:s|es)?' : '';
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, 'giu');
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(term, re);
  }
  re.lastIndex = 0;
  return re;
}

export function hasTerm(text: string, term: string): boolean {
  const re = termPattern(term);
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** The article parts an entity test reads (a TimelineDoc satisfies it). */
export interface EntityDoc {
  text: string;
  sentences: Sentence[];
  entities?: EntityMention[];
  /** The sentences as the collection takes them (their texts are the sentences without their datelines). */
  prepared?: { sentences: readonly { index: number; text: string }[] };
}

const PERSON_PRONOUN = /(?<![\p{L}])(he|him|his|she|her)(?![\p{L}])/iu;
// "It" alone is as often no one ("It is not even that …"): only "its" and "it" reporting or planning count.
const ORG_PRONOUN = /(?<![\p{L}])(its|it(?= (?:said|says|added|announced|reported|agreed|plans|planned|expects|told|wants)\b))(?![\p{L}])/iu;

/** For each sentence (in doc.sentences order), whether it is about the entity. Cached per document. */
export function sentencesAbout(doc: EntityDoc, e: EntityNames): boolean[] {
  let perEntity = aboutCache.get(doc);
  if (!perEntity) aboutCache.set(doc, (perEntity = new Map()));
  let flags = perEntity.get(e);
  if (!flags) perEntity.set(e, (flags = computeAbout(doc, e)));
  return flags;
}

const aboutCache = new WeakMap<EntityDoc, Map<EntityNames, boolean[]>>();

function computeAbout(doc: EntityDoc, e: EntityNames): boolean[] {
  const names = new Set(e.names);
  const given = doc.entities ?? [];
  // Mentions come in text order nearly always: then they are read in place rather than copied and sorted.
  const mentions = inStartOrder(given) ? given : [...given].sort((a, b) => a.start - b.start);
  const gender = e.kind === 'PERSON' ? nameGender(e.name) : undefined;
  const firsts = firstCharacters(e.names);
  // The in-article name decides: the text "Jackson" of a mention named "Jesse Jackson" is somebody else, and so
  // is a "Ms Jackson" when the entity is a man.
  const isEntity = (m: EntityMention): boolean => mayFoldTo(m.name, firsts) && names.has(foldName(m.name)) &&
    !(gender && m.kind === 'PERSON' && (nameGender(m.text) ?? gender) !== gender);
  const flags: boolean[] = new Array(doc.sentences.length);
  // A dateline names where the story was filed, not what the sentence is about. The prepared sentences are already
  // cut after theirs (the same cut datelineLength gives): only the others are read again (-1: not prepared).
  const cut = new Int32Array(doc.sentences.length).fill(-1);
  for (const p of doc.prepared?.sentences ?? []) {
    const whole = doc.sentences[p.index];
    if (whole) cut[p.index] = whole.text.length - p.text.length;
  }
  const inside: EntityMention[] = [];
  let mi = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const whole = doc.sentences[i]!;
    const start = whole.start + (cut[i]! >= 0 ? cut[i]! : datelineLength(whole.text));
    const end = whole.end;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    inside.length = 0;
    for (let k = mi; k < mentions.length && mentions[k]!.start < end; k++) {
      if (mentions[k]!.start >= start) inside.push(mentions[k]!);
    }
    flags[i] = inside.some(isEntity) || writtenHere(doc.text, start, end, e, inside, isEntity) ||
      pronounHere(doc.text, start, end, i > 0 ? doc.sentences[i - 1]!.start : start, e, mentions, inside, isEntity,
        gender);
  }
  return flags;
}

/** The first characters of folded names (see mayFoldTo). */
function firstCharacters(folded: readonly string[]): Set<number> {
  return new Set(folded.map((n) => n.charCodeAt(0)));
}

/**
 * False when foldName(name) cannot start with any of `firsts`, read from the name's first ASCII letter or digit
 * (folding drops what comes before it and lowercases it); true when that cannot be told so simply (a character
 * outside ASCII first, or a "t" that may begin "the "). Most mentions of an article name somebody else: they are
 * told apart without folding their names.
 */
function mayFoldTo(name: string, firsts: ReadonlySet<number>): boolean {
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c === 116 || firsts.has(c);
  }
  return true;
}

function inStartOrder(mentions: readonly EntityMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** One of the entity's names written in the sentence where no mention of another entity covers it. */
function writtenHere(text: string, start: number, end: number, e: EntityNames, inside: EntityMention[],
  isEntity: (m: EntityMention) => boolean): boolean {
  const body = text.slice(start, end);
  for (const w of e.written) {
    const re = termPattern(w);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = start + m.index;
      const other = inside.find((x) => x.start <= at && x.end > at && !isEntity(x));
      if (!other) { re.lastIndex = 0; return true; }
    }
  }
  return false;
}

/**
 * A third-person pronoun whose nearest preceding mention of the entity's kind (in this or the previous sentence)
 * is the entity, when nothing in the sentence competes for it: no capitalised word before the pronoun but the
 * sentence's first ("Yet Ghonim said he …" is about Ghonim, tagged or not) and no other name of that kind in the
 * sentence (after the pronoun: "After … his country …, Prime Minister Erdogan"). "She" never refers to a man.
 */
function pronounHere(text: string, start: number, end: number, from: number, e: EntityNames,
  mentions: EntityMention[], inside: EntityMention[], isEntity: (m: EntityMention) => boolean,
  gender: 'f' | 'm' | undefined): boolean {
  if (e.kind === 'PLACE') return false;
  const body = text.slice(start, end);
  const m = (e.kind === 'PERSON' ? PERSON_PRONOUN : ORG_PRONOUN).exec(body);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (gender && (word === 'she' || word === 'her') !== (gender === 'f')) return false;
  if (/\s["“(]?\p{Lu}/u.test(body.slice(0, m.index))) return false;
  if (inside.some((x) => x.kind === e.kind && !isEntity(x))) return false;
  const at = start + m.index;
  let antecedent: EntityMention | undefined;
  for (const x of mentions) {
    if (x.start >= at) break;
    if (x.kind === e.kind && x.start >= from) antecedent = x;
  }
  return antecedent !== undefined && isEntity(antecedent);
}
