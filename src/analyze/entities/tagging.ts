// Tagging: the document cut into units of tokens (a wire dateline read by its structure instead), each unit run
// through the trained tagger, and the tagger's spans turned into mentions by the extent rules (extent/).
import type { EntityKind, EntityMention, Sentence } from '../../types.js';
import { spansOf, type EntityTagger } from './tagger.js';
import { tokenize, type Token } from './tokens.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { cleanName, foldKey } from './names.js';
import {
  continueNames, continuesCamelCase, isNewProduct, isNonMention, joinAmpersands, joinPlaceRegion, splitAtLowercase, splitAtTitle,
  theBelongs, withCorporateSuffix, withGovernment, withOrgHeadName, withPremodifiers, type ExtentSpan,
} from './extent/index.js';
import { datelineSpans } from '../../text/dateline.js';
import { datelineMentions } from './dateline.js';
import { DocContext } from './docContext.js';
import { isEventName, kindByLastWord } from './lastWords.js';

/** Longest stretch of text tagged as one unit when no sentence bounds are given or a sentence is huge. */
const MAX_CHUNK_TOKENS = 400;

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** The tagged document: its mentions in text order, the token units they were found in, and the dateline's kinds. */
export interface TaggedDocument {
  mentions: EntityMention[];
  chunks: Token[][];
  /** Folded name → the kind the dateline gives it. */
  datelineKinds: Map<string, EntityKind>;
}

/**
 * Mentions the tagger and the extent rules find in `text`. `sentences` bound the tagging units (the whole text
 * is one unit when none are given); `nestedNames` as in ExtractOptions.
 */
export function tagDocument(text: string, sentences: Sentence[], tagger: EntityTagger, gazetteer: Gazetteer,
  lexicon: Lexicon, nestedNames: boolean): TaggedDocument {
  const units = sentences.length > 0 ? sentences : text.trim() ? [{ start: 0, end: text.length }] : [];
  const out: EntityMention[] = [];
  const chunks: Token[][] = [];
  // A wire dateline is not tagged: its places and agency are read from its structure (dateline.ts).
  const fromDateline: EntityMention[] = [];
  const datelineKinds = new Map<string, EntityKind>();
  const skip: Array<[number, number]> = [];
  for (const [a, b] of datelineSpans(text)) {
    const found = datelineMentions(text, a, b);
    if (!found) continue;
    fromDateline.push(...found);
    for (const m of found) datelineKinds.set(foldKey(m.name), m.kind);
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
  const doc = new DocContext(chunks, lexicon, gazetteer, nestedNames);
  for (const chunk of chunks) tagChunk(text, chunk, tagger, out, doc);
  if (doc.nonNames.size > 0) {
    for (let i = out.length - 1; i >= 0; i--) if (doc.nonNames.has(out[i]!.text)) out.splice(i, 1);
  }
  if (fromDateline.length > 0) {
    out.push(...fromDateline);
    out.sort((x, y) => x.start - y.start);
  }
  return { mentions: out, chunks, datelineKinds };
}

function tagChunk(text: string, tokens: Token[], tagger: EntityTagger, out: EntityMention[], doc: DocContext): void {
  const tags = tagger.tagTokens(tokens);
  let tagged = false;
  for (let i = 0; i < tags.length && !tagged; i++) tagged = tags[i] !== 0;
  if (!tagged) return; // nothing tagged in this unit
  const spans: ExtentSpan[] = [];
  const found = continueNames(text, tokens, spansOf(tags), (i) => tags[i] !== 0, (w) => doc.isCapitalisedWord(w));
  for (const span of joinAmpersands(text, tokens, splitAtLowercase(tokens, found, text))) {
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
 * Extent conventions are in extent/; here: the span of an organisation or place covers a directly preceding
 * "the" ("the White House") when the name ends its noun phrase ("the [US] economy" keeps only "US"). The
 * canonical name never includes the "the".
 */
export function pushMention(text: string, tokens: Token[], a: number, b: number, kind: EntityKind, out: EntityMention[],
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
