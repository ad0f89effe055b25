// Resolving a speaker mention to an entity of the document. A speaker is resolved only when it is a name, a
// pronoun with a named antecedent, or a definite description that clearly refers back to a named entity; any
// other source ("inspectors", "a spokesman", "the report", "officials") keeps only its text (Quote.speakerText).
//   The phrase's head: the words before its first comma, dash, bracket, "of", "at", "for", "who"… ("Dana Ockley,
//     chief of the X Service" → "Dana Ockley"; "A senior engineer at X" → "A senior engineer").
//   A name: an entity (PERSON or ORG, or a PLACE that is the whole phrase) covering the head's last word, when it is a name (isName: not a common
//     word capitalised only because it starts a sentence, such as "Officials said"). Else, after a role head,
//     a PERSON named in apposition right after the comma ("Strand's lawyer, Hugo Brenn").
//   A document ("a summary released by X", "a statement from X"): the entity after by / from / of.
//   he / she: the most recent PERSON before the mention whose title or first name is not of the other gender
//     (gender.ts); it: the most recent ORG.
//   A definite role description ("the spokesman", "the minister", "Canada's top diplomat"): the most recent
//     PERSON introduced with that role next to the name ("spokesman Zhao Lijian", "Luka Ferrand, spokesman for
//     …", "Minister of Foreign Affairs X"), when nothing the description says contradicts it (roles.ts).
//   A definite organisation description ("the department", "the ministry"): the most recent ORG whose name
//     holds that noun, else the organisation behind the nearest earlier resolved speaker when that was a
//     document, within two paragraphs ("a summary released by Global Affairs Canada said …" → "…, the
//     department added").
// Entities inside quotations are skipped as antecedents (they are what was said).
import type { EntityMention } from '../../types.js';
import { DOCUMENT_HEADS, ORG_HEADS, PERSON_HEADS } from './lexicon.js';
import type { Quotation } from './quotations.js';
import { isName, sentenceInitial } from './names.js';
import { nameGender } from '../../text/gender.js';
import { introductionOf, roleIntroduction } from './roles.js';
import { mentionGender, pronounAntecedent, speaksOf, type EarlierSpeaker, type SpeechContext } from './antecedent.js';

/** Also offered here: the name test is part of what a speaker resolves to. */
export { isName };
export type { EarlierSpeaker, SpeechContext };

function insideQuote(e: EntityMention, quotes: Quotation[]): boolean {
  // binary search for the last quotation opening before e.start
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open <= e.start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && quotes[best]!.close >= e.end;
}

/** Entities sorted by end: index of the first one ending after `offset`. */
export function firstEndingAfter(entities: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest entity ending before `before` that passes `ok`: `entities` sorted by end; looks back at most 400 mentions. */
function mostRecent(entities: EntityMention[], before: number, ok: (e: EntityMention) => boolean, quotes: Quotation[]): EntityMention | undefined {
  const lo = firstEndingAfter(entities, before);
  for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
    const e = entities[i]!;
    if (ok(e) && !insideQuote(e, quotes)) return e;
  }
  return undefined;
}

/** The PERSON or ORG mention covering offset `at` (the longest), if any. */
function covering(entities: EntityMention[], at: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (let i = firstEndingAfter(entities, at); i < entities.length && entities[i]!.start <= at + 200; i++) {
    const e = entities[i]!;
    if (e.kind === 'PLACE' || e.start > at || e.end <= at) continue;
    if (!best || e.end - e.start > best.end - best.start) best = e;
  }
  return best;
}

/** The PLACE mention that is the whole phrase [start, end), bar a leading "the" ("the United States"). */
function placeNamed(text: string, entities: EntityMention[], start: number, end: number): EntityMention | undefined {
  for (let i = firstEndingAfter(entities, end - 1); i < entities.length && entities[i]!.end === end; i++) {
    const e = entities[i]!;
    if (e.kind === 'PLACE' && (e.start === start || /^the\s+$/i.test(text.slice(start, e.start)))) return e;
  }
  return undefined;
}

/** The first PERSON or ORG mention starting in [from, to). */
function firstWithin(entities: EntityMention[], from: number, to: number, kind?: EntityMention['kind']): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (let i = firstEndingAfter(entities, from); i < entities.length && entities[i]!.start < to + 200; i++) {
    const e = entities[i]!;
    if (e.kind === 'PLACE' || (kind && e.kind !== kind) || e.start < from || e.start >= to) continue;
    if (!best || e.start < best.start) best = e;
  }
  return best;
}

/** Words that end the head of a speaker phrase: what follows them qualifies it. */
const HEAD_END = /[,(—–]|\s(?:of|at|for|from|with|who|whose|which|in|on|released|published|issued|seen|posted|by|(?:close|closest|closer|near|loyal|allied|linked|connected|friendly|sympathetic)\s+to)\s/;

const WORD_RE = /\p{L}[\p{L}'’-]*/gu;

/** Two paragraph breaks: how far back an earlier speaker may still be what "the department" refers to. */
function withinTwoParagraphs(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    if (text[i + 1] !== '\n') breaks++;
    if (breaks > 2) return false;
  }
  return true;
}

/** The head of a speaker phrase: its words before the first qualifying mark or word, and the last of them. */
export function phraseHead(text: string, start: number, end: number) {
  const mention = text.slice(start, end);
  const cut = HEAD_END.exec(mention);
  const headEnd = start + (cut ? cut.index : mention.length);
  const headWords = [...text.slice(start, headEnd).matchAll(WORD_RE)];
  if (headWords.length === 0) return undefined;
  const words = headWords.map((m) => m[0].toLowerCase().replace(/['’]s$/, ''));
  return { cut, headEnd, headWords, words, head: words[words.length - 1]! };
}

/**
 * The entity a speaker mention text[start, end) refers to (see the header), or undefined. `entities` must be
 * sorted by end offset; `earlier` lists earlier speaker mentions in text order.
 */
export function resolveSpeakerEntity(text: string, start: number, end: number, entities: EntityMention[], quotes: Quotation[],
  earlier: EarlierSpeaker[] = [], antecedentsFrom = 0, speech?: SpeechContext): EntityMention | undefined {
  const found = resolveMention(text, start, end, entities, quotes, earlier, antecedentsFrom, speech);
  if (!found || !speech || found.named) return found?.entity;
  // a pronoun or a description: never someone the words themselves speak about
  return speaksOf(text, found.entity, speech, found.pronoun) ? undefined : found.entity;
}

/** A resolution and how it was made: `named` when the mention is the entity's name, `pronoun` when it was one. */
interface Resolution {
  entity: EntityMention;
  named: boolean;
  pronoun?: string;
}

function resolveMention(text: string, start: number, end: number, entities: EntityMention[], quotes: Quotation[],
  earlier: EarlierSpeaker[], antecedentsFrom: number, speech: SpeechContext | undefined): Resolution | undefined {
  const byName = (e: EntityMention | undefined): Resolution | undefined => (e ? { entity: e, named: true } : undefined);
  const byReference = (e: EntityMention | undefined, pronoun?: string): Resolution | undefined =>
    (e ? { entity: e, named: false, ...(pronoun ? { pronoun } : {}) } : undefined);
  const mention = text.slice(start, end);
  const h = phraseHead(text, start, end);
  if (!h) return undefined;
  const { cut, headEnd, headWords, words, head } = h;
  const lastWord = headWords[headWords.length - 1]!;
  const headAt = start + lastWord.index;

  // a name: an entity over the head's last word
  const named = covering(entities, headAt);
  if (named && isName(text, named)) return byName(named);
  // a country or capital as the whole subject speaks for its government ("Beijing has said", "Russia said");
  // the colon pattern still refuses places ('Dandong: …' is a dateline or a caption)
  const place = named ? undefined : placeNamed(text, entities, start, end);
  if (place && isName(text, place)) return byName(place);
  if (/^\p{Lu}/u.test(lastWord[0]) && !sentenceInitial(text, headAt)) {
    // a name the tagger cut short ("Alder Sound [Ferries]") or gave as an acronym in brackets after it
    const acronym = /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(headEnd, end));
    if (acronym) {
      const e = firstWithin(entities, headEnd, headEnd + acronym[0].length);
      if (e && isName(text, e)) return byName(e);
    }
    const inside = firstWithin(entities, start, headAt);
    if (inside && isName(text, inside) && inside.end >= headAt - 2) return byName(inside);
  }

  const low = words.length === 1 ? head : '';
  if (PRONOUNS.has(low)) return byReference(resolvePronoun(text, low, start, entities, quotes, antecedentsFrom, earlier, speech), low);

  // a role or title with the name at the phrase's end: "Minister of Foreign Affairs Francois-Philippe Champagne"
  // ('Sources close to Hillary Clinton' are not her)
  if (cut && !/\sto\s$/.test(cut[0]) && (PERSON_HEADS.has(head) || /^\p{Lu}/u.test(lastWord[0]))) {
    const tail = text.slice(start, end).replace(/[\s,.;:]+$/u, '');
    const last = covering(entities, start + tail.length - 1);
    if (last && last.kind === 'PERSON' && last.start > headEnd && last.end >= start + tail.length && isName(text, last)) return byName(last);
  }

  const plural = head.endsWith('s') && !head.endsWith('ss');
  // a role head with a name in apposition: "Strand's lawyer, Hugo Brenn"
  if (!plural && PERSON_HEADS.has(head) && cut && /^[,—–]/.test(cut[0])) {
    // any kind: the role word already says a person is meant, whatever kind the tagger gave the name
    const appositive = firstWithin(entities, headEnd, Math.min(end, headEnd + 4));
    if (appositive && isName(text, appositive)) return byName(appositive);
  }
  // a document: "a summary of the meeting released by X", "a statement from X"
  if (DOCUMENT_HEADS.has(head)) {
    const by = /\s(?:by|from|of)\s+/g;
    for (let m = by.exec(mention); m !== null; m = by.exec(mention)) {
      const e = firstWithin(entities, start + m.index + m[0].length, start + m.index + m[0].length + 5);
      if (e && isName(text, e)) return byName(e);
    }
    return undefined;
  }
  // definite descriptions only: "the department", "its spokesman", "the city's transit authority"
  const definite = ['the', 'its', 'his', 'her', 'their', 'this'].includes(words[0]!) || mention.includes('’s ') || mention.includes("'s ");
  if (!definite || plural || words.length > 6) return undefined;
  if (PERSON_HEADS.has(head)) {
    // the role just before the name ("spokesman Zhao Lijian") or in apposition after it ("X, spokesman for Y")
    const of = cut && /^\s(?:of|at|for|from)\s$/.test(cut[0]) ? text.slice(headEnd, end).match(/\p{Lu}[\p{L}'’-]*/gu) ?? [] : [];
    const introduced = roleIntroduction({ words, written: headWords.map((m) => m[0]), of });
    if (!introduced) return undefined;
    return byReference(mostRecent(entities, start, (e) => {
      if (e.kind !== 'PERSON' || !isName(text, e)) return false;
      const { before, after } = introductionOf(text, e, start);
      return introduced(before, after);
    }, quotes));
  }
  if (ORG_HEADS.has(head)) {
    const holds = new RegExp(`\\b${head}\\b`, 'i');
    const byOrgName = mostRecent(entities, start, (e) => e.kind === 'ORG' && holds.test(e.name) && isName(text, e), quotes);
    if (byOrgName) return byReference(byOrgName);
    // the organisation that was itself the nearest earlier resolved speaker, close by, unless that speaker was
    // called by another organisation noun ("the university said …; …, the hospital said" are two bodies)
    for (let i = earlier.length - 1; i >= 0; i--) {
      const s = earlier[i]!;
      if (s.end > start || !s.entity) continue;
      const other = phraseHead(text, s.start, s.end)?.head;
      if (other && other !== head && ORG_HEADS.has(other)) break;
      // only an organisation that spoke through a document ("a summary released by X said"): one that spoke by
      // its own name ("Alder Sound Ferries said …") would be called by that name or "the company" again
      if (!other || !DOCUMENT_HEADS.has(other)) break;
      if (s.entity.kind === 'ORG' && withinTwoParagraphs(text, s.end, start)) return byReference(s.entity);
      break;
    }
  }
  return undefined;
}

/** Pronouns a speaker may be; first and second person ("I", "we", "you") name no one the reader knows. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'me', 'us']);

/**
 * The entity a pronoun speaker refers to: "he"/"she", the nearest earlier PERSON name not of the other gender;
 * "it", the nearest ORG; "they", an ORG only when it is the one organisation named. Antecedents are looked for
 * from `from` on (the same and previous sentences of the paragraph), outside quotations.
 */
function resolvePronoun(text: string, pronoun: string, start: number, entities: EntityMention[], quotes: Quotation[],
  from: number, earlier: EarlierSpeaker[], speech: SpeechContext | undefined): EntityMention | undefined {
  const inWindow = (e: EntityMention): boolean => e.start >= from && isName(text, e);
  if (pronoun === 'he' || pronoun === 'she') {
    // skip people whose title or first name says the other gender ("she" after "Bill Clinton" → "Hillary Clinton")
    const other = pronoun === 'he' ? 'f' : 'm';
    const fits = (e: EntityMention): boolean => e.kind === 'PERSON' && inWindow(e) && nameGender(e.text) !== other &&
      nameGender(e.name) !== other && (!speech || mentionGender(text, e) !== other);
    if (!speech) return mostRecent(entities, start, fits, quotes);
    const people = entities.slice(firstEndingAfter(entities, from), firstEndingAfter(entities, start))
      .filter((e) => e.end <= start && fits(e) && !insideQuote(e, quotes)).sort((a, b) => a.start - b.start);
    return pronounAntecedent(text, pronoun, start, from, people, quotes, speech.sentences, earlier);
  }
  if (pronoun === 'it') return mostRecent(entities, start, (e) => e.kind === 'ORG' && inWindow(e), quotes);
  if (pronoun !== 'they') return undefined;
  const orgs = new Set<string>();
  let found: EntityMention | undefined;
  for (let i = firstEndingAfter(entities, start) - 1; i >= 0 && entities[i]!.end > from; i--) {
    const e = entities[i]!;
    if (e.start < from || insideQuote(e, quotes)) continue;
    if (e.kind === 'ORG' && isName(text, e)) {
      orgs.add(e.name);
      found ??= e;
    }
  }
  return orgs.size === 1 ? found : undefined;
}

/** The canonical name of the entity a speaker mention refers to (resolveSpeakerEntity), or undefined. */
export function resolveSpeaker(text: string, start: number, end: number, entities: EntityMention[], quotes: Quotation[],
  earlier: EarlierSpeaker[] = []): string | undefined {
  return resolveSpeakerEntity(text, start, end, entities, quotes, earlier)?.name;
}
