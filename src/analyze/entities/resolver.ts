// One corpus-level entity per name: the resolver that maps the canonical names of each document to stable keys.
import type { EntityKind, EntityRef } from '../../types.js';
import { cleanName, foldKey, nameWords, stripTitles } from './names.js';

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
