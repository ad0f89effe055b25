// One corpus-level entity per name: the resolver that maps the canonical names of each document to stable keys.
import { ENTITY_KINDS, type EntityKind, type EntityRef } from '../../types.js';
import { acronymOf, cleanName, foldKey, isRegnalTitle, nameWords, stripHonorifics, stripTitles } from './names.js';
import { sameSpelling, spellingKey } from './spelling.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { genderFit, mentionGender, personGender, type GenderCounts } from './personGender.js';
import type { Gender } from '../../text/gender.js';

/** One corpus-level entity with what the resolver learnt about it. */
interface Known extends EntityRef {
  mentions: number;
  /** Mentions typed PERSON, ORG, PLACE (ENTITY_KINDS order): the entity's kind is their majority. */
  kinds: number[];
  /** Mentions whose words gave a female, a male gender ("Mrs", "Mr", a first name): see personGender. */
  genders?: GenderCounts;
}

/** What a mention brings: its kind and canonical name, and optionally its text as written ("BP"). */
export interface ResolveInput {
  kind: EntityKind;
  name: string;
  text?: string;
}

/**
 * Corpus-level entities: one stable key per entity. A name is looked up by its folded form (case, accents,
 * periods and a leading "the" ignored; titles stripped), whatever kind the article gave it: the entity's kind is
 * the majority of its mentions' kinds (per-article typing slips: "CNN" a place, "Talia Verhoef" an organisation).
 * Failing an exact match:
 *  - a one-word name is the person whose full name ends with it ("Obama" → "Barack Obama"), when one such
 *    person clearly dominates (at least twice the mentions of the next) and has more mentions than an entity of
 *    that one word; failing that, the only person whose full name starts with it (family name first: "Meng" →
 *    "Meng Wanzhou"). A name typed PLACE takes part only when the gazetteer does not know it as a place: the
 *    tagger's slip on a lone surname ("The Obama administration") joins the person, the country "Jordan" does
 *    not become "Michael Jordan";
 *  - a name whose mention carries a gendered title or first name ("Mrs Assad") reaches only a person of that
 *    gender, or of none known when no other candidate has the other; failing that it is its own entity, title
 *    kept ("Mrs Assad"), and the bare name does not become its alias;
 *  - a PERSON name is the person it differs from only by middle initials ("George Bush", "George W. Bush");
 *  - a PERSON name is the person with the same spelling key (spelling.ts: "Moammar Gadhafi" → "Muammar Gaddafi",
 *    "Qaddafi" → the dominant "… Gaddafi") when exactly one person has that key;
 *  - an organisation written as its acronym where the article gives both ("British Petroleum (BP)": mention
 *    text "BP", name "British Petroleum") is the entity either form already names.
 * Otherwise the name becomes a new entity. Keys never change once given.
 */
export class EntityResolver {
  private readonly byKey = new Map<string, Known>();
  /** folded name → key */
  private readonly byName = new Map<string, string>();
  /** PERSON last / first word (folded) and whole-name spelling key → keys of people */
  private readonly byLast = new Map<string, Set<string>>();
  private readonly byFirst = new Map<string, Set<string>>();
  private readonly bySpelling = new Map<string, Set<string>>();

  /** Entities and folded names changed since the last takeChanges (see there). */
  private readonly changedKeys = new Set<string>();
  private readonly changedNames = new Set<string>();

  constructor(private readonly gazetteer: Gazetteer = defaultGazetteer()) {}

  /**
   * Resolves the mentions of one document in order. A long name the document also writes as its acronym
   * (a mention written "BP" and named "British Petroleum") reaches the acronym's entity on every mention,
   * also where it is written in full.
   */
  resolveDocument(mentions: readonly ResolveInput[]): EntityRef[] {
    this.linked.clear();
    for (const m of mentions) {
      if (m.kind === 'ORG' && m.text !== undefined && acronymOf(m.name) === cleanName(m.text)) this.linked.set(m.name, cleanName(m.text));
    }
    const out = mentions.map((m) => {
      const short = this.linked.get(m.name);
      return this.resolve(short === undefined ? m : { kind: m.kind, name: m.name, text: short });
    });
    this.linked.clear();
    return out;
  }

  /** Long name → acronym, for the document resolveDocument is working on. */
  private readonly linked = new Map<string, string>();

  resolve(m: ResolveInput): EntityRef {
    const cleaned = cleanName(m.name) || m.name.trim();
    let name = m.kind === 'PERSON' ? stripTitles(cleaned) : stripHonorifics(cleaned);
    this.gender = mentionGender(m.text ?? m.name, m.kind === 'PERSON');
    // "Mrs Assad" that its article joined to "Bashar al-Assad": the mention's own words decide.
    if (this.gender !== undefined && m.text !== undefined && this.genderClash(this.byName.get(foldKey(name)))) {
      name = stripTitles(cleanName(m.text));
    }
    let folded = foldKey(name);
    this.noAlias = this.gender !== undefined && nameWords(folded).length === 1;
    this.clashed = false;
    let key = this.lookup(m, folded);
    if (key === undefined && this.clashed && m.text !== undefined) {
      // No person of that gender: the titled form is its own entity, apart from the bare name's.
      name = cleanName(m.text).split(' ').slice(-2).join(' ');
      folded = foldKey(name);
      key = this.byName.get(folded);
    }
    key ??= this.add(m.kind, name, folded);
    // An alias never takes a name from the entity it already leads to ("Washington" the place stays the place).
    if (!this.noAlias && !this.byName.has(folded)) this.setName(folded, key);
    const known = this.byKey.get(key)!;
    if (m.text !== undefined) {
      // "British Petroleum (BP)": the acronym the article links to the name leads here too, when free.
      const short = cleanName(m.text);
      if (short !== name && acronymOf(name) === short && !this.byName.has(foldKey(short))) this.setName(foldKey(short), key);
    }
    this.changedKeys.add(known.key);
    known.mentions++;
    known.kinds[ENTITY_KINDS.indexOf(m.kind)]! += 1;
    if (this.gender !== undefined) {
      known.genders ??= [0, 0];
      known.genders[this.gender === 'f' ? 0 : 1]! += 1;
    }
    const wasPerson = known.kind === 'PERSON';
    known.kind = majorityKind(known.kinds, known.kind);
    if (known.kind === 'PERSON' && !wasPerson) this.indexPerson(known);
    return { key: known.key, kind: known.kind, name: known.name };
  }

  private lookup(m: ResolveInput, folded: string): string | undefined {
    const words = nameWords(folded);
    let exact = this.byName.get(folded);
    // A place is not a person's surname: "Jordan" the country does not become "Michael Jordan".
    if (exact !== undefined && m.kind === 'PLACE') {
      const e = this.byKey.get(exact)!;
      if (e.kind === 'PERSON' && foldKey(e.name) !== folded) exact = undefined;
    }
    if (this.genderClash(exact)) exact = undefined;
    if (words.length === 1 && (m.kind !== 'PLACE' || this.placeMaySurname(m))) {
      // Family names written as in the full name or in another spelling compete together ("Gadhafi": Muammar
      // Gaddafi and Saif al-Islam Gadhafi).
      // A place-typed word goes only to a person well established under exactly that surname: a spelling
      // variant ("Misrata" and "al-Musrati") or a lone first word is too weak against the tagger's kind.
      const place = m.kind === 'PLACE';
      const surnames = this.fit(new Set([...(this.byLast.get(words[0]!) ?? []), ...(place ? [] : this.spelledLike(folded, true) ?? [])]));
      let person = this.dominant(surnames) ?? (place ? undefined : this.only(this.fit(this.byFirst.get(words[0]!))));
      if (place && person !== undefined && this.byKey.get(person)!.mentions < PLACE_SURNAME_MIN) person = undefined;
      // "Ford" the company stays itself when it outnumbers a person of that surname.
      if (person !== undefined && person !== exact &&
        (exact === undefined || this.byKey.get(person)!.mentions > this.byKey.get(exact)!.mentions)) return person;
    }
    // "British Petroleum (BP)": the acronym's entity, unless the long name's own has more mentions.
    const viaAcronym = this.acronymEntity(m);
    if (exact !== undefined && (viaAcronym === undefined || this.byKey.get(exact)!.mentions >= this.byKey.get(viaAcronym)!.mentions)) return exact;
    if (viaAcronym !== undefined) return viaAcronym;
    if (m.kind === 'PERSON' && words.length > 1) return this.middleVariant(words) ?? this.only(this.spelledLike(folded, false));
    return undefined;
  }

  /** Person key → the middle initials of the names that reached it ("w" for George W. Bush; "" for none). */
  private readonly middles = new Map<string, Set<string>>();

  /**
   * The person a name differs from only by middle initials ("George Bush" and "George W. Bush"): the one person
   * with the same first and last words whose other words are all initials, when the initials never disagree (a
   * "George H. W. Bush" does not join a "George Bush" that "George W. Bush" already reached).
   */
  private middleVariant(words: readonly string[]): string | undefined {
    const mid = words.slice(1, -1);
    if (!mid.every((w) => w.length === 1)) return undefined;
    const initials = mid.join('');
    const first = this.byFirst.get(words[0]!);
    const last = this.byLast.get(words[words.length - 1]!);
    if (!first || !last) return undefined;
    const found: string[] = [];
    for (const k of first) {
      if (!last.has(k)) continue;
      const theirs = nameWords(foldKey(this.byKey.get(k)!.name));
      const between = theirs.slice(1, -1);
      if (!between.every((w) => w.length === 1)) continue;
      const seen = this.middles.get(k) ?? new Set([between.join('')]);
      if ([...seen].some((x) => x !== '' && initials !== '' && x !== initials)) continue;
      found.push(k);
    }
    if (found.length !== 1) return undefined;
    const key = found[0]!;
    const seen = this.middles.get(key) ?? new Set([nameWords(foldKey(this.byKey.get(key)!.name)).slice(1, -1).join('')]);
    seen.add(initials);
    this.middles.set(key, seen);
    return key;
  }

  /**
   * Whether a one-word PLACE mention may be a person's surname the tagger mistyped: not when the gazetteer knows
   * the name as a place, nor when it is written with an article as only places are ("The Hague", not "Hague").
   */
  private placeMaySurname(m: ResolveInput): boolean {
    if (this.gazetteer.kindOf(m.name) === 'PLACE') return false;
    return m.text === undefined || !/^the\s/i.test(m.text) || foldKey(m.text) !== foldKey(m.name);
  }

  /**
   * The entity of the acronym a mention is written as ("BP" named "British Petroleum" by its article). The long
   * name leads there from now on too, unless one of its words is part of a known person's name (an article that
   * took "BP" for "Boone Pickens" does not make the oilman a company).
   */
  private acronymEntity(m: ResolveInput): string | undefined {
    if (m.text === undefined || m.kind !== 'ORG') return undefined;
    const short = cleanName(m.text);
    if (short === m.name || acronymOf(m.name) !== short) return undefined;
    const key = this.byName.get(foldKey(short));
    if (key === undefined) return undefined;
    const words = nameWords(foldKey(m.name));
    if (words.some((w) => this.byLast.has(w) || this.byFirst.has(w))) this.noAlias = true;
    return key;
  }

  /** Set by a lookup whose name must not become an alias of the entity found. */
  private noAlias = false;

  /** The gender the mention being resolved gives itself, if any; whether a candidate was refused for it. */
  private gender: Gender | undefined;
  private clashed = false;

  /** Whether `key` is a person whose known gender is not the mention's. */
  private genderClash(key: string | undefined): boolean {
    if (key === undefined || this.gender === undefined) return false;
    const e = this.byKey.get(key)!;
    const g = e.kind === 'PERSON' ? personGender(e.name, e.genders) : undefined;
    if (g === undefined || g === this.gender) return false;
    this.clashed = true;
    return true;
  }

  /** The candidate people the mention's gender allows (personGender.ts genderFit). */
  private fit(keys: Set<string> | undefined): Set<string> | undefined {
    if (keys === undefined) return undefined;
    const out = genderFit(keys, this.gender, (k) => { const e = this.byKey.get(k)!; return personGender(e.name, e.genders); });
    if (out.size < keys.size) this.clashed = true;
    return out;
  }

  /** People whose name (or, for a one-word name, last word) is another spelling of `folded` (spelling.ts). */
  private spelledLike(folded: string, lastWord: boolean): Set<string> | undefined {
    const keys = this.bySpelling.get(spellingKey(folded) ?? '');
    if (!keys) return undefined;
    const out = new Set<string>();
    for (const k of keys) {
      const words = nameWords(foldKey(this.byKey.get(k)!.name));
      const theirs = lastWord ? words[words.length - 1]! : words.join(' ');
      if ((lastWord ? words.length > 1 : true) && sameSpelling(folded, theirs)) out.add(k);
    }
    return out;
  }

  /** The first-word match (family name first) must be unique: "Michael" could be anyone. */
  private only(keys: Set<string> | undefined): string | undefined {
    return keys && keys.size === 1 ? [...keys][0] : undefined;
  }

  private dominant(keys: Set<string> | undefined): string | undefined {
    if (!keys || keys.size === 0) return undefined;
    const ranked = [...keys].map((k) => this.byKey.get(k)!).filter((e) => e.kind === 'PERSON')
      .sort((a, b) => b.mentions - a.mentions);
    if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.mentions < 2 * ranked[1]!.mentions)) return undefined;
    return ranked[0]!.key;
  }

  private add(kind: EntityKind, name: string, folded: string): string {
    let key = `${kind}:${folded}`;
    for (let n = 2; this.byKey.has(key); n++) key = `${kind}:${folded}#${n}`;
    this.index({ key, kind, name, mentions: 0, kinds: [0, 0, 0] }, []);
    this.setName(folded, key); // its own name wins over another entity's alias
    return key;
  }

  private setName(folded: string, key: string): void {
    this.byName.set(folded, key);
    this.changedNames.add(folded);
  }

  private index(e: Known, names: string[]): void {
    this.byKey.set(e.key, e);
    for (const n of names) if (!this.byName.has(n)) this.byName.set(n, e.key);
    if (e.kind === 'PERSON') this.indexPerson(e);
  }

  private indexPerson(e: Known): void {
    const add = (map: Map<string, Set<string>>, w: string | undefined): void => {
      if (w === undefined) return;
      let set = map.get(w);
      if (!set) map.set(w, (set = new Set()));
      set.add(e.key);
    };
    const folded = foldKey(e.name);
    const words = nameWords(folded);
    add(this.bySpelling, spellingKey(folded));
    if (words.length < 2) return;
    add(this.byLast, words[words.length - 1]!);
    add(this.bySpelling, spellingKey(words[words.length - 1]!));
    if (!isRegnalTitle(words[0]!)) add(this.byFirst, words[0]!);
  }

  /** Every entity with its mention count, its mentions per kind and the folded names that lead to it. */
  toJSON(): { version: 3; entities: (EntityRef & { mentions: number; kinds: number[]; genders?: GenderCounts; names: string[] })[] } {
    const names = new Map<string, string[]>();
    for (const [n, key] of this.byName) {
      const list = names.get(key) ?? [];
      list.push(n);
      names.set(key, list);
    }
    return {
      version: 3,
      entities: [...this.byKey.values()].map((e) => ({ key: e.key, kind: e.kind, name: e.name, mentions: e.mentions,
        kinds: e.kinds, ...(e.genders ? { genders: e.genders } : {}), names: names.get(e.key) ?? [] })),
    };
  }

  /**
   * What changed since the last call (or since the resolver was made or restored): every entity a resolution
   * touched, whole, and every name that leads to a new place. A state saved with toJSON, followed by the
   * changes taken since, in order (applyChanges), restores this resolver: a store can save a page's changes
   * instead of the whole state, whose size grows with the corpus.
   */
  takeChanges(): ResolverChanges {
    const out: ResolverChanges = {
      entities: [...this.changedKeys].map((k) => {
        const e = this.byKey.get(k)!;
        return { key: e.key, kind: e.kind, name: e.name, mentions: e.mentions, kinds: [...e.kinds], ...(e.genders ? { genders: [...e.genders] as GenderCounts } : {}) };
      }),
      names: [...this.changedNames].map((n) => [n, this.byName.get(n)!]),
    };
    this.changedKeys.clear();
    this.changedNames.clear();
    return out;
  }

  /** Applies changes taken by takeChanges (JSON text), oldest first, to a resolver restored from the state before. */
  applyChanges(json: string): void {
    const changes = JSON.parse(json) as ResolverChanges;
    for (const e of changes.entities) {
      const known = this.byKey.get(e.key);
      if (!known) {
        this.index({ ...e, kinds: [...e.kinds], ...(e.genders ? { genders: [...e.genders] as GenderCounts } : {}) }, []);
        continue;
      }
      if (e.genders) known.genders = [...e.genders];
      const wasPerson = known.kind === 'PERSON';
      known.kind = e.kind;
      known.mentions = e.mentions;
      known.kinds = [...e.kinds];
      if (known.kind === 'PERSON' && !wasPerson) this.indexPerson(known);
    }
    for (const [n, key] of changes.names) this.byName.set(n, key);
  }

  /** Restores a resolver saved with toJSON (also reads versions 1 and 2, whose names carried a kind prefix or none). */
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
      if (typeof e.key !== 'string' || typeof e.name !== 'string' || !(ENTITY_KINDS as readonly unknown[]).includes(e.kind)) {
        throw new Error(`entity resolver state: entity ${i} lacks a key, name or valid kind`);
      }
      const names = Array.isArray(e.names) ? e.names.filter((n): n is string => typeof n === 'string') : [];
      const mentions = typeof e.mentions === 'number' ? e.mentions : 0;
      const kinds = Array.isArray(e.kinds) && e.kinds.length === 3 && e.kinds.every((k) => typeof k === 'number')
        ? e.kinds : ENTITY_KINDS.map((k) => (k === e.kind ? mentions : 0));
      const genders = Array.isArray(e.genders) && e.genders.length === 2 && e.genders.every((g) => typeof g === 'number')
        ? { genders: e.genders } : {};
      r.index({ key: e.key, kind: e.kind!, name: e.name, mentions, kinds, ...genders }, names.length > 0 ? names : [foldKey(e.name)]);
    });
    return r;
  }
}

/** The resolver's changes between two saves (EntityResolver.takeChanges). */
export interface ResolverChanges {
  entities: (EntityRef & { mentions: number; kinds: number[]; genders?: GenderCounts })[];
  /** [folded name, key it leads to] */
  names: [string, string][];
}

/** Mentions a person needs before a one-word name typed PLACE is taken for that person's surname. */
const PLACE_SURNAME_MIN = 10;

/** The kind most mentions have; the current kind on a tie. */
function majorityKind(kinds: number[], current: EntityKind): EntityKind {
  let best = current;
  for (const [i, k] of ENTITY_KINDS.entries()) if (kinds[i]! > kinds[ENTITY_KINDS.indexOf(best)]!) best = k;
  return best;
}
