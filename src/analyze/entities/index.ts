// Entities: PERSON / ORG / PLACE mentions found by the trained tagger (tagger.ts), given one canonical name per
// document (names.ts), and a corpus-level resolver that maps document names to stable entities.
import type { EntityKind, EntityMention, Sentence } from '../../types.js';
import type { EntityRef } from '../../store/store.js';
import { defaultTagger, spansOf, type EntityTagger } from './tagger.js';
import { tokenize, type Token } from './tokens.js';
import { cachedTokenInfo } from './features.js';
import { nameGender } from '../quotes/gender.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { canonicalizeDocument, cleanName, foldKey, nameWords, stripTitles } from './names.js';
import { isNonMention, isPersonRole, splitAtTitle, theBelongs, withCorporateSuffix, withPremodifiers, type ExtentSpan } from './extent.js';

export { cleanName, foldKey, stripTitles } from './names.js';

/** Longest stretch of text tagged as one unit when no sentence bounds are given or a sentence is huge. */
const MAX_CHUNK_TOKENS = 400;

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * Named mentions of people, organisations and places. `sentences` bound the tagging units (the whole text is
 * one unit when none are given). Each mention keeps the exact span the tagger found; its `name` is the
 * document-level canonical name: titles dropped ("Foreign Minister Wang Yi" → "Wang Yi"), short forms joined
 * to the fuller name used in the same document ("Kovrig" → "Michael Kovrig", "Meng" → "Meng Wanzhou"), and
 * one kind per name (the majority of its mentions).
 */
export function extractEntities(text: string, sentences: Sentence[], tagger: EntityTagger = defaultTagger(),
  gazetteer: Gazetteer = defaultGazetteer()): EntityMention[] {
  const units = sentences.length > 0 ? sentences : text.trim() ? [{ start: 0, end: text.length }] : [];
  const out: EntityMention[] = [];
  const chunks: Token[][] = [];
  for (const s of units) {
    const tokens = tokenize(text, s.start, s.end);
    for (let from = 0; from < tokens.length; from += MAX_CHUNK_TOKENS) {
      const chunk = tokens.length > MAX_CHUNK_TOKENS ? tokens.slice(from, from + MAX_CHUNK_TOKENS) : tokens;
      if (chunk.length > 0) chunks.push(chunk);
    }
  }
  for (const chunk of chunks) tagChunk(text, chunk, tagger, out);
  propagate(text, chunks, out);
  const kept = applyGazetteer(out, gazetteer);
  acronymKinds(kept, text);
  unlikelyPeople(kept, gazetteer, text);
  lonePeople(kept, gazetteer);
  canonicalizeDocument(kept);
  return kept;
}

/**
 * Kinds from the silver gazetteer (gazetteer.ts): a name the silver data gives one kind for at least 80% of
 * its mentions takes that kind, and a name it calls something else (a product, an event, a nationality) is
 * not a mention.
 */
export function applyGazetteer(mentions: EntityMention[], gazetteer: Gazetteer): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const kind = gazetteer.kindOf(m.kind === 'PERSON' ? stripTitles(m.name) : m.name);
    if (kind === 'OTHER') continue;
    if (kind !== undefined) m.kind = kind;
    out.push(m);
  }
  return out;
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

function kindByLastWord(kind: EntityKind, tokens: Token[], a: number, b: number): EntityKind {
  if (b - a < 2) return kind;
  const last = tokens[b - 1]!.text.toLowerCase();
  if (ORG_LAST.has(last)) return 'ORG';
  if (PLACE_LAST.has(last)) return 'PLACE';
  return kind;
}

function tagChunk(text: string, tokens: Token[], tagger: EntityTagger, out: EntityMention[]): void {
  const tags = tagger.tagInfos(tokens.map((t) => cachedTokenInfo(t.text)));
  const spans: ExtentSpan[] = [];
  for (const span of spansOf(tags)) {
    let a = span.from;
    let b = span.to;
    // No mention starts or ends with punctuation, and a possessive 's is not part of the name.
    while (a < b && !isWordChar(tokens[a]!.text)) a++;
    while (b > a && (!isWordChar(tokens[b - 1]!.text) || /^['’][sS]$/.test(tokens[b - 1]!.text))) b--;
    if (a >= b) continue;
    // A mention never starts or ends inside a hyphenated word ("Francois-Philippe Champagne").
    const glued = (x: Token, y: Token): boolean => x.end === y.start;
    while (a >= 2 && tokens[a - 1]!.text === '-' && glued(tokens[a - 1]!, tokens[a]!) && glued(tokens[a - 2]!, tokens[a - 1]!) &&
      isWordChar(tokens[a - 2]!.text)) a -= 2;
    while (b + 1 < tokens.length && tokens[b]!.text === '-' && glued(tokens[b - 1]!, tokens[b]!) && glued(tokens[b]!, tokens[b + 1]!) &&
      isWordChar(tokens[b + 1]!.text)) b += 2;
    const s: ExtentSpan = { kind: kindByLastWord(span.kind, tokens, a, b), from: a, to: b, nameFrom: a, nameTo: b };
    if (isNonMention(text, tokens, s)) continue;
    for (const part of splitAtTitle(tokens, s)) spans.push(withCorporateSuffix(text, tokens, part));
  }
  const extended = spans.map((s) => withPremodifiers(text, tokens, s, spans));
  for (const s of extended) pushMention(text, tokens, s.nameFrom, s.nameTo, s.kind, out, s.from, s.to);
}

/**
 * Adds a mention whose name is tokens [a, b) and whose extent is [from, to) (the name itself by default).
 * Extent conventions are in extent.ts; here: the span of an organisation or place covers a directly preceding
 * "the" ("the White House") when the name ends its noun phrase ("the [US] economy" keeps only "US"). The
 * canonical name never includes the "the".
 */
function pushMention(text: string, tokens: Token[], a: number, b: number, kind: EntityKind, out: EntityMention[],
  from = a, to = b): void {
  if (kind !== 'PERSON' && from === a && from > 0 && lower(tokens[from - 1]!) === 'the' && theBelongs(text, tokens, b)) from--;
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
        const next = tokens[i + n];
        if (next && isUpperWord(next.text) && next.start === tokens[i + n - 1]!.end + 1) break;
        const prev = tokens[i - 1];
        if (prev && isUpperWord(prev.text) && t.start === prev.end + 1 && !NOT_PROPAGATED.has(prev.text.toLowerCase())) break;
        if (tokens.slice(i, i + n).some(taken)) break;
        const span: ExtentSpan = { kind, from: i, to: i + n, nameFrom: i, nameTo: i + n };
        if (!isNonMention(text, tokens, span)) pushMention(text, tokens, i, i + n, kind, added);
        i += n - 1;
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
