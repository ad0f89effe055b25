// Whether an entity mention is a name: a capital at a sentence start alone does not make one ("Officials
// said"). Speakers are resolved only to names (speaker.ts).
import type { EntityMention } from '../../types.js';

/** True when offset `i` starts a sentence: only spaces, opening quotes or brackets since a sentence end. */
export function sentenceInitial(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /[\s“"‘'([]/.test(text[k]!)) k--;
  return k < 0 || /[.!?:;—–\-”"\n]/.test(text[k]!) || text[k + 1] === '\n';
}

const CAP_WORD = /\p{Lu}[\p{L}'’.-]*/gu;

/**
 * True when an entity mention is a name and not a common word written with a capital only because it starts a
 * sentence ("Officials said", "Inspectors said"): two or more capitalised words, a canonical name longer than
 * the mention (linked to a fuller name), a capital not at a sentence start, or the same word capitalised inside
 * a sentence elsewhere in the text.
 */
export function isName(text: string, e: EntityMention): boolean {
  if (text !== cacheText) {
    cacheText = text;
    nameCache = new Map();
  }
  const key = `${e.start}:${e.end}:${e.name}`;
  let known = nameCache.get(key);
  if (known === undefined) nameCache.set(key, (known = readIsName(text, e)));
  return known;
}

/** isName per mention of the latest text: antecedent searches ask about the same mentions again and again. */
let cacheText = '';
let nameCache = new Map<string, boolean>();

/**
 * Words that are never a name, whatever the tagger made of them: pronouns and function words ("I'm", "They"),
 * and the page furniture around articles (photo credits, comment disclaimers: "Photograph", "Views").
 */
const NEVER_NAMES = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'this', 'that',
  'these', 'those', 'there', 'here', 'a', 'an', 'the', 'my', 'our', 'your', 'his', 'its', 'their', 'who', 'what',
  'photograph', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'video', 'caption', 'credit', 'copyright',
  'views', 'view', 'comment', 'comments', 'share', 'follow', 'click', 'read', 'related', 'advertisement', 'getty',
  'unidentified', 'male', 'female', 'report', 'reports', 'update', 'updated', 'source', 'sources']);

const PRONOUN_WORDS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them']);

/**
 * True when a speaker phrase is page furniture rather than anyone who could speak ("Views expressed in the
 * comments …", "Photograph: …"): all its words never name anyone and none is a pronoun (a pronoun stays a
 * speaker, if unresolved).
 */
export function pageFurniture(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 3 && neverAName(phrase) && !words.some((w) => PRONOUN_WORDS.has(w) || w === 'the' || w === 'a');
}

/** True when every word of a name is one that never names anyone ("I'm", "Photograph", "Getty Images"). */
export function neverAName(name: string): boolean {
  const words = name.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  return words.length === 0 || words.every((w) => NEVER_NAMES.has(w.replace(/['’](?:m|s|re|ve|ll|d)$/, '')));
}

function readIsName(text: string, e: EntityMention): boolean {
  const caps = [...e.text.matchAll(CAP_WORD)];
  if (caps.length === 0 || neverAName(e.name)) return false;
  if (caps.length >= 2) return true;
  if (e.name.length > e.text.replace(/^the\s+/i, '').length) return true;
  const at = e.start + caps[0]!.index;
  if (!sentenceInitial(text, at)) return true;
  const word = caps[0]![0];
  if (word.length > 1 && word === word.toUpperCase()) return true; // an acronym: "NATO said"
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at) continue;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + word.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (!sentenceInitial(text, i)) return true;
  }
  return false;
}
