// Who "he" or "she" as a speaker is, and whether a candidate may be the speaker at all. A journalist must be able to
// trust a resolved speaker, so both tests prefer leaving a quote unattributed to naming the wrong person:
//   The antecedent is the subject of the nearest earlier clause that has a person in it, never a person the
//     text only spoke about. "Robert Gibbs was asked if the administration supports Hosni Mubarak. He replied: …"
//     is Gibbs; "Thousands marched against Mubarak. He said …" is no one we can name (Mubarak is the object).
//     A subject is a name with nothing before it in its clause but capitalised words, titles and role words
//     ("Also Wednesday White House press secretary Robert Gibbs"). When the nearest such clause has a pronoun
//     subject, that pronoun's own resolution as an earlier speaker carries on ("Obama said … He added …");
//     an unresolved one, or two different people, leave the speaker unresolved.
//   Whatever the description ("he", "the official"), a candidate the quote itself speaks of in the third
//     person is not who said it: a direct quote saying "he emphasized security" is not his own words, and
//     reported words naming the candidate ("the official said Mubarak believes …") are about him.
import type { EntityMention, Sentence } from '../../types.js';
import { nameGender, type Gender } from '../../text/gender.js';
import { PERSON_HEADS } from './lexicon.js';
import { CUE_WORDS } from './cues.js';
import type { Quotation } from './quotations.js';

/** What a speaker mention is resolved for: the words attributed and the document's sentences. */
export interface SpeechContext {
  sentences: readonly Sentence[];
  content: ReadonlyArray<readonly [number, number]>;
  direct: boolean;
}

/** An earlier speaker mention and the entity it was resolved to, if any. */
export interface EarlierSpeaker {
  start: number;
  end: number;
  entity?: EntityMention;
}

/** Lower-case words a subject's title may hold before the name: "press secretary", "the former prime minister". */
const TITLE_WORDS = new Set([...PERSON_HEADS, 'of', 'for', 'the', 'a', 'an', 'and', 'to', 'also', 'then', 'later', 'earlier',
  'meanwhile', 'still', 'now', 'on', 'in', 'at', 'top', 'senior', 'former', 'deputy', 'vice', 'chief', 'press', 'foreign',
  'prime', 'general', 'state', 'affairs', 'security', 'national', 'defense', 'defence', 'finance', 'interior', 'house',
  'opposition', 'military', 'army', 'police', 'party', 'acting', 'interim', 'outgoing', 'incoming', 'embattled', 'veteran',
  'presidential', 'democratic', 'republican', 'longtime', 'fellow', 'rival', 'then', 'current', 'retired', 'assistant',
  'associate', 'special', 'campaign', 'white', 'country', 'government', 'administration', 'department', 'ministry',
  'company', 'news', 'television', 'radio', 'rights', 'human', 'team', 'family', 'u.s.']);

/** Marks and words that open a new clause inside a sentence. */
const CLAUSE_BREAK = /[,;:—–()]|(?<=\p{Ll}{3}|[)"”’])[.!?](?=\s)|\s(?:and|but|while|as|because|although|though|when|after|before|since|so)\s/gu;

/**
 * True when the words of text[from, to) could all belong to a title before a name: capitalised words and title
 * words, or a short phrase ending in a role noun ("Clinton communication director").
 */
function titleOnly(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  const low = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // an inverted attribution: '"…," said Mohammed, a medical assistant' has Mohammed for its subject
  const from0 = low.length > 0 && CUE_WORDS.has(low[0]!) ? 1 : 0;
  if (words.every((w, i) => i < from0 || /^[\p{Lu}\p{N}]/u.test(w) || TITLE_WORDS.has(low[i]!))) return true;
  return words.length <= 5 && PERSON_HEADS.has(low[low.length - 1]!) && !low.some((w) => CUE_WORDS.has(w));
}

/**
 * A name that only qualifies the next one ("Clinton communication director Jennifer Palmieri", "Obama adviser
 * David Axelrod"): the next person follows within a few words, right after a role noun.
 */
function modifier(text: string, p: EntityMention, next: EntityMention | undefined): boolean {
  if (!next || next.start - p.end > 60) return false;
  const words = text.slice(p.end, next.start).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  return words.length > 0 && words.length <= 4 && PERSON_HEADS.has(words[words.length - 1]!.toLowerCase()) &&
    !/[,;:.!?]/.test(text.slice(p.end, next.start));
}

/** Where the clause holding offset `at` starts, no earlier than `from`. */
function clauseStart(text: string, from: number, at: number): number {
  let start = from;
  const region = text.slice(from, at);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(region); m !== null; m = CLAUSE_BREAK.exec(region)) start = from + m.index + m[0].length;
  return start;
}

/** Index of the first item whose `key` is at or after `at` (items sorted by it). */
function firstFrom<T>(items: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideAny(at: number, quotes: readonly Quotation[]): boolean {
  const q = quotes[firstFrom(quotes, at + 1, (x) => x.open) - 1];
  return q !== undefined && q.close > at;
}

/** A subject found in a sentence: a name, or a pronoun and the entity it was resolved to as a speaker. */
type Subject = { mention: EntityMention } | { pronounAt: number; entity: EntityMention | undefined };

/**
 * The person "he"/"she" at `start` refers to (see the header), or undefined. `people` are the PERSON name mentions
 * outside quotations, of a compatible gender, in [from, start), in text order.
 */
export function pronounAntecedent(text: string, pronoun: string, start: number, from: number, people: EntityMention[],
  quotes: readonly Quotation[], sentences: readonly Sentence[], earlier: readonly EarlierSpeaker[], depth = 0): EntityMention | undefined {
  // sentence starts from the window on, nearest last; the first is the window's start
  const starts = [from];
  for (let k = firstFrom(sentences, from + 1, (x) => x.start); k < sentences.length && sentences[k]!.start < start; k++) starts.push(sentences[k]!.start);
  const pronounRe = new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, 'giu');
  for (let i = starts.length - 1; i >= 0; i--) {
    const sFrom = starts[i]!;
    const sTo = i + 1 < starts.length ? starts[i + 1]! : start;
    const subjects: Subject[] = [];
    const objects: EntityMention[] = [];
    for (let k = 0; k < people.length; k++) {
      const p = people[k]!;
      if (p.start < sFrom || p.start >= sTo || modifier(text, p, people[k + 1])) continue;
      // a possessor is not the subject: "One of Muammar Gaddafi's sons, Saadi, said"
      const possessor = /^['’]s?\s/.test(text.slice(p.end, p.end + 3));
      if (!possessor && titleOnly(text, clauseStart(text, sFrom, p.start), p.start)) subjects.push({ mention: p });
      else objects.push(p);
    }
    const region = text.slice(sFrom, sTo);
    pronounRe.lastIndex = 0;
    for (let m = pronounRe.exec(region); m !== null; m = pronounRe.exec(region)) {
      const at = sFrom + m.index;
      if (insideAny(at, quotes) || !titleOnly(text, clauseStart(text, sFrom, at), at)) continue;
      // the same pronoun as an earlier subject: who it was resolved to as a speaker, else who it refers to
      const spoke = earlier.find((s) => s.start === at);
      const entity = spoke ? spoke.entity : depth < 3
        ? pronounAntecedent(text, pronoun, at, from, people.filter((p) => p.start < at), quotes, sentences, earlier, depth + 1) : undefined;
      subjects.push({ pronounAt: at, entity });
    }
    if (subjects.length === 0) {
      if (objects.length === 0) continue;
      // only people spoken about: "he" is one of them only when one alone is known to be of its gender
      // ("Hillary Clinton met Bill Clinton. He said …"); "the crowd chanted against Mubarak. He said …" is no one
      const gender = pronoun === 'he' ? 'm' : 'f';
      const sure = new Set(objects.filter((o) => mentionGender(text, o) === gender).map((o) => o.name));
      return sure.size === 1 && new Set(objects.map((o) => o.name)).size === 1 ? objects[objects.length - 1] : undefined;
    }
    // a pronoun subject nothing resolves is no rival to a named one ("When he bought the mine, Mr. Clarke said …")
    const named = subjects.map((s) => ('mention' in s ? s.mention : s.entity)).filter((e) => e !== undefined);
    return new Set(named.map((e) => e.name)).size === 1 ? named[named.length - 1] : undefined;
  }
  return undefined;
}

/** A person mention's gender from its words, its canonical name or a title just before it ("Mr. [Obama]"). */
export function mentionGender(text: string, e: EntityMention): Gender | undefined {
  return nameGender(e.text) ?? nameGender(e.name) ?? nameGender(/(?:Mr|Mrs|Ms|Miss|Sir|Lady)\.?\s+$/.exec(text.slice(Math.max(0, e.start - 6), e.start))?.[0] ?? '');
}

// "his" and "her" are left out: a possessive often belongs to someone else the speaker names ("this dictator
// murders his own people")
const THIRD_PERSON: Record<'m' | 'f', RegExp> = {
  m: /(?<![\p{L}])(?:he|him|himself)(?![\p{L}])/iu,
  f: /(?<![\p{L}])(?:she|hers|herself)(?![\p{L}])/iu,
};

/** Words that name an entity alone: a person's capitalised name words bar titles ("President"); an organisation's whole name. */
function nameWords(e: EntityMention): string[] {
  // an organisation or place by its whole name: "Canada" in its words does not speak of Global Affairs Canada
  if (e.kind !== 'PERSON') return [...new Set([e.name, e.text.replace(/^the\s+/i, '')])];
  return [...new Set(`${e.name} ${e.text}`.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? [])]
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => !PERSON_HEADS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()));
}

const LETTER = /\p{L}/u;

/** Whether the code point at `at` of `s` (surrogate pairs read whole) is a letter; false outside the string. */
function letterAt(s: string, at: number): boolean {
  if (at < 0 || at >= s.length) return false;
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(s.codePointAt(at)!));
}

/** Whether the code point ending just before `at` is a letter, read backwards as a Unicode regex reads it. */
function letterBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = s.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return letterAt(s, at - 2);
  }
  return letterAt(s, at - 1) && !(c >= 0xd800 && c <= 0xdfff);
}

/**
 * True when `word` stands in `body` with no letter touching it on either side. The same test as a Unicode regex
 * `(?<!\p{L})word(?!\p{L})`, without building one per word and call (this is asked for every speaker of every
 * quote); a word holding surrogates goes through that regex, since code-point matching differs for it.
 */
export function holdsWord(body: string, word: string): boolean {
  if (word.length === 0 || /[\ud800-\udfff]/.test(word)) {
    return new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(body);
  }
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (!letterBefore(body, at) && !letterAt(body, at + word.length)) return true;
  }
  return false;
}

/**
 * True when the words attributed speak of `e` in the third person, so `e` cannot have said them: its name in
 * them, or in a direct quote a third-person pronoun of its gender (of either, when the gender is unknown).
 * `said` is the pronoun the speaker was written as, if any ("he" speaks of some other "he" only).
 */
export function speaksOf(text: string, e: EntityMention, ctx: SpeechContext, said?: string): boolean {
  const words = nameWords(e);
  const gender = e.kind !== 'PERSON' ? undefined : said === 'he' ? 'm' : said === 'she' ? 'f' : mentionGender(text, e);
  for (const [s, t] of ctx.content) {
    const body = text.slice(s, t);
    if (words.some((w) => holdsWord(body, w))) return true;
    if (!ctx.direct || e.kind !== 'PERSON') continue;
    if (gender ? THIRD_PERSON[gender].test(body) : THIRD_PERSON.m.test(body) || THIRD_PERSON.f.test(body)) return true;
  }
  return false;
}
