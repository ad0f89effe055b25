// Entities: PERSON / ORG / PLACE mentions with a canonical name per document, and a corpus-level resolver.
// This first version finds capitalised name phrases by rule; a trained tagger replaces the kind guesses.
import type { EntityKind, EntityMention, Sentence } from '../../types.js';
import type { EntityRef } from '../../store/store.js';

const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'la', 'du', 'da']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'prime', 'foreign', 'secretary', 'senator',
  'sen', 'gov', 'governor', 'general', 'gen', 'king', 'queen', 'prince', 'judge', 'mayor', 'chief', 'deputy']);
const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i',
  'this', 'that', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const ORG_WORDS = /\b(Ministry|Department|Company|Corp|Inc|Ltd|Bank|Agency|Council|Party|University|Police|Army|Court|Committee|Office|Association|Group|Union|Commission|Affairs)\b/;
const PLACE_WORDS = /\b(City|River|Island|County|Province|Street|Bay|Harbour|Harbor|Mountains?|Sea|Gulf)\b/;

function kindOf(name: string): EntityKind {
  if (ORG_WORDS.test(name) || /^[A-Z]{2,5}$/.test(name)) return 'ORG';
  if (PLACE_WORDS.test(name)) return 'PLACE';
  return 'PERSON';
}

/** Capitalised phrases inside each sentence, titles stripped; a single word matching the last word of a
 * longer name in the same document takes that name. */
export function extractEntities(text: string, sentences: Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  const WORD = /[\p{Lu}][\p{L}'’-]*|[\p{Ll}]+/gu;
  for (const s of sentences) {
    WORD.lastIndex = 0;
    const words: { w: string; start: number; end: number }[] = [];
    let m: RegExpExecArray | null;
    const body = text.slice(s.start, s.end);
    while ((m = WORD.exec(body)) !== null) words.push({ w: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length });
    let i = 0;
    while (i < words.length) {
      const first = words[i]!;
      const isCap = /^\p{Lu}/u.test(first.w);
      if (!isCap || NOT_NAMES.has(first.w.toLowerCase()) || (TITLES.has(first.w.toLowerCase()))) { i++; continue; }
      let j = i + 1;
      while (j < words.length) {
        const w = words[j]!;
        const gap = text.slice(words[j - 1]!.end, w.start);
        if (!/^ $/.test(gap)) break;
        if (/^\p{Lu}/u.test(w.w)) { j++; continue; }
        if (CONNECTORS.has(w.w) && j + 1 < words.length && /^\p{Lu}/u.test(words[j + 1]!.w)) { j += 2; continue; }
        break;
      }
      const start = first.start;
      const end = words[j - 1]!.end;
      const phrase = text.slice(start, end).replace(/['’]s$/, '');
      // A lone capitalised word opening a sentence is usually not a name.
      if (!(j - i === 1 && first.start === s.start)) {
        out.push({ kind: kindOf(phrase), name: phrase, start, end: start + phrase.length, text: phrase });
      }
      i = j;
    }
  }
  // Short forms take the longest name in the document that ends (or starts, for organisations) with them.
  const longNames = out.filter((e) => e.name.includes(' '));
  for (const e of out) {
    if (e.name.includes(' ')) continue;
    const full = longNames.find((l) => l.name.endsWith(` ${e.name}`) && l.kind === 'PERSON');
    if (full) { e.name = full.name; e.kind = full.kind; }
  }
  return out;
}

/** Corpus-level entities: one stable key per (kind, canonical name). */
export class EntityResolver {
  private readonly keys = new Map<string, EntityRef>();

  resolve(m: { kind: EntityKind; name: string }): EntityRef {
    const key = `${m.kind}:${m.name.toLowerCase()}`;
    let ref = this.keys.get(key);
    if (!ref) {
      ref = { key, kind: m.kind, name: m.name };
      this.keys.set(key, ref);
    }
    return ref;
  }

  toJSON(): { entities: EntityRef[] } {
    return { entities: [...this.keys.values()] };
  }

  static fromJSON(json: string): EntityResolver {
    const r = new EntityResolver();
    const parsed = JSON.parse(json) as { entities?: EntityRef[] };
    for (const e of parsed.entities ?? []) r.keys.set(e.key, e);
    return r;
  }
}
