// Whether the source of an attribution can speak at all. Cue words are not enough: "the tsunami shows that …",
// "Globalisation suggests that …", "a war acknowledged to be …" have a cue and a clause but no one saying it.
// A source can speak when it is
//   - resolved to an entity (a name, a country or capital speaking for its government, a pronoun or definite
//     description with a named antecedent: speaker.ts);
//   - a personal pronoun other than "it" (an unresolved "he" still speaks; an unresolved "it" is as likely
//     to be a fact or an event as a body);
//   - a number of people ("47% say", "43 said");
//   - a name: a capitalised head the entity layer tagged (even when speaker.ts would not resolve to it, as a
//     lone surname at a sentence start), or one it missed that is not at a sentence start, is written so
//     elsewhere, is a known first name or has a capital inside;
//   - a common noun that names a person, group, organisation or document: a role, organisation or document
//     head of the lexicon, or a head learned from news text (speakerHeads.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityMention } from '../../types.js';
import { repoRoot } from '../../util/paths.js';
import { parseHeadTable } from './speakerHeads.js';
import { DOCUMENT_HEADS, ORG_HEADS, PERSON_HEADS } from './lexicon.js';
import { sentenceInitial } from './names.js';
import { firstEndingAfter, phraseHead } from './speaker.js';
import { nameGender } from '../../text/gender.js';

export const SPEAKER_HEADS_PATH = resolve(repoRoot, 'models', 'quotes', 'speaker-heads.tsv');

/** Learned speaker heads (speakerHeads.ts). */
const LEARNED: ReadonlySet<string> = new Set(parseHeadTable(readFileSync(SPEAKER_HEADS_PATH, 'utf8')).map((r) => r.word));

const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

/**
 * Agent nouns by their ending: "questioner", "proponents", "scholar", "strategist", "historian", "delegate"s
 * are people however rarely a corpus shows them speaking ("-ment" names an act or a thing, not an agent).
 */
const AGENT = /(?:[^aeiou]er|or|ist|ian|ant|(?<!m)ent|ate)s?$/;

/** True when a lower-case head noun names someone who can speak (see the header). */
export function speakerNoun(word: string): boolean {
  // a compound names what its last part names: "ex-wife", "co-founder"
  const w = word.toLowerCase().replace(/^.*-(?=\p{L}{3})/u, '');
  if (w.length > 4 && AGENT.test(w)) return true;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  for (const x of w === singular ? [w] : [w, singular]) {
    if (LEARNED.has(x) || PERSON_HEADS.has(x) || ORG_HEADS.has(x) || DOCUMENT_HEADS.has(x)) return true;
  }
  return false;
}

/** True when the capitalised word at `at` is also written capitalised inside a sentence elsewhere: a name. */
function capitalisedElsewhere(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at || /[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[i + word.length] ?? ' ')) continue;
    if (!sentenceInitial(text, i)) return true;
  }
  return false;
}

const TIME_TAIL = /\s+(?:(?:on\s+)?(?:this|last|next)\s+(?:week|month|year|weekend)|(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|today|yesterday)$/u;

/**
 * A word after the head that qualifies it and ends it: 'people familiar with …', 'Catholics polled', 'data
 * released Friday', 'officials involved', 'he only', 'they didn't', 'the candidates themselves', 'Trump began'.
 */
const POST_HEAD = /\s+(?:familiar|close|involved|knowledgeable|briefed|aware|available|polled|surveyed|interviewed|questioned|released|published|conducted|provided|filed|compiled|tallied|obtained|cited|known|only|also|just|even|alone|too|themselves|himself|herself|itself|began|begins|\p{L}+n['’]t)(?=\s|$)/u;

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'dozens', 'hundreds', 'thousands', 'millions', 'half', 'third', 'quarter', 'majority', 'plurality', 'minority',
  // quantifiers standing for people: "Several said", "many say", "each argued"
  'several', 'many', 'some', 'most', 'few', 'both', 'each', 'others', 'everyone', 'nobody', 'none']);

/** True when a capitalised word is a name by its form: a known first name, or a capital inside ("McLenney"). */
function nameByForm(word: string): boolean {
  return nameGender(word) !== undefined || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word);
}

/**
 * True when the speaker phrase text[start, end), resolved to `entity` if at all, can speak (see the header).
 * `saying`: the cue is a verb of saying, after which an unresolved "it" is an organisation or a document
 * ("it said", "it added"); after a verb of showing or believing it is as likely a fact ("it shows that").
 */
export function canSpeak(text: string, start: number, end: number, entity: EntityMention | undefined, saying = true,
  entities: readonly EntityMention[] = []): boolean {
  if (entity) return true;
  // "voters who", "some economists who": the relative pronoun's antecedent is the source
  const rel = /[\s,]+(?:who|which)$/u.exec(text.slice(start, end));
  if (rel && rel.index > 0) end = start + rel.index;
  // "the Supreme Court this month", "Trump on Tuesday": a time adjunct closing the phrase is no part of it
  const time = TIME_TAIL.exec(text.slice(start, end));
  if (time && time.index > 0) end = start + time.index;
  const post = POST_HEAD.exec(text.slice(start, end));
  if (post && post.index > 0) end = start + post.index;
  const h = phraseHead(text, start, end);
  if (!h) return /\p{N}/u.test(text.slice(start, end));
  const { headWords } = h;
  // "They’re", "we’ve": the pronoun of a contraction
  const head = h.head.replace(/['’](?:re|ve|ll|d|m)$/u, '');
  if (headWords.length === 1 && (SPEAKING_PRONOUNS.has(head) || (saying && head === 'it'))) return true;
  if (/\p{N}|%/u.test(text.slice(start, h.headEnd)) || NUMBER_WORDS.has(head)) return true;
  if (headNoun(text, start, headWords, head, entities)) return true;
  // "a chorus of prominent Republicans", "a number of studies": the noun after "of" names who spoke
  if (h.cut && /^\s?of\s$/.test(h.cut[0])) {
    const rest = phraseHead(text, h.headEnd + h.cut[0].length, end);
    if (rest) return headNoun(text, h.headEnd + h.cut[0].length, rest.headWords, rest.head, entities);
  }
  return false;
}

/** True when the head word of a phrase starting at `start` names a speaker: a name by its form or use, or a speaker noun. */
function headNoun(text: string, start: number, headWords: RegExpMatchArray[], head: string, entities: readonly EntityMention[]): boolean {
  const last = headWords[headWords.length - 1]!;
  if (!/^\p{Lu}/u.test(last[0])) return speakerNoun(head);
  // two capitalised words are a name ("Mr. Hedge", "Lt. Gen. Khalifa")
  if (headWords.length > 1 && /^\p{Lu}/u.test(headWords[headWords.length - 2]![0])) return true;
  const at = start + last.index!;
  for (let i = firstEndingAfter(entities, at); i < entities.length && entities[i]!.start <= at + 100; i++) {
    if (entities[i]!.start <= at) return true;
  }
  return speakerNoun(head) || !sentenceInitial(text, at) || nameByForm(last[0]) || capitalisedElsewhere(text, last[0], at);
}
