// Name gazetteer learnt from the silver training data (scripts/train-entities.ts writes
// models/entities/gazetteer.json): for each name seen often enough in the silver NER, the kind most of its
// silver mentions have (PERSON, ORG, PLACE, or OTHER for products, events, nationalities and the like). It
// settles the kind of names the tagger's context features get wrong ("Indonesia" as a person) and drops names
// the silver data never calls a person, organisation or place.
import { readFileSync } from 'node:fs';
import type { EntityKind } from '../../types.js';
import { MODEL_DIR } from './tagger.js';
import { tokenize } from './tokens.js';

export type GazetteerKind = EntityKind | 'OTHER';
const KINDS: readonly GazetteerKind[] = ['PERSON', 'ORG', 'PLACE', 'OTHER'];

const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lookup form of a name: its tokens lowercased and joined by one space, without a leading "the". */
export function gazetteerKey(name: string): string {
  // ASCII words with single spaces (most names) are tokenized as those words: lowercase the whole instead.
  if (PLAIN_WORDS.test(name)) {
    const lower = name.toLowerCase();
    return lower === 'the' ? '' : lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  const words = tokenize(name).map((t) => t.text.toLowerCase());
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

/** Bound of the per-process lookup cache (names repeat a lot across a corpus). */
const CACHE_MAX = 100_000;

export class Gazetteer {
  private readonly cache = new Map<string, GazetteerKind | null>();

  constructor(private readonly kinds: ReadonlyMap<string, GazetteerKind>) {}

  get size(): number {
    return this.kinds.size;
  }

  /** The kind of a name, or undefined when the silver data did not settle it. */
  kindOf(name: string): GazetteerKind | undefined {
    let kind = this.cache.get(name);
    if (kind === undefined) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      kind = this.kinds.get(gazetteerKey(name)) ?? null;
      this.cache.set(name, kind);
    }
    return kind ?? undefined;
  }

  private firsts: Set<string> | undefined;

  /**
   * Given names learnt from the gazetteer: the first word of every name of two or more words whose kind is
   * PERSON ("michael" from "michael kovrig"), lowercased.
   */
  firstNames(): ReadonlySet<string> {
    if (this.firsts) return this.firsts;
    this.firsts = new Set();
    for (const [key, kind] of this.kinds) {
      if (kind !== 'PERSON') continue;
      const words = key.split(' ');
      if (words.length >= 2 && /^\p{L}/u.test(words[0]!)) this.firsts.add(words[0]!);
    }
    return this.firsts;
  }

  /** Reads gazetteer.json ({"version":1,"names":{"<key>":"<KIND>",...}}); errors name the file and the entry. */
  static load(dir = MODEL_DIR): Gazetteer {
    const path = `${dir}gazetteer.json`;
    let parsed: { version?: unknown; names?: unknown };
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
    } catch (err) {
      throw new Error(`entity gazetteer: cannot read ${path}: ${(err as Error).message}`);
    }
    if (parsed.version !== 1 || typeof parsed.names !== 'object' || parsed.names === null) {
      throw new Error(`entity gazetteer: ${path} is not version 1 with a "names" object (retrain with scripts/train-entities.ts)`);
    }
    const kinds = new Map<string, GazetteerKind>();
    for (const [key, kind] of Object.entries(parsed.names as Record<string, unknown>)) {
      if (!(KINDS as readonly unknown[]).includes(kind)) {
        throw new Error(`entity gazetteer: ${path}: name "${key}" has kind ${JSON.stringify(kind)}, not one of ${KINDS.join(', ')}`);
      }
      kinds.set(key, kind as GazetteerKind);
    }
    return new Gazetteer(kinds);
  }
}

/** Counts of silver mentions per name and kind, and the rule that turns them into a gazetteer. */
export class GazetteerBuilder {
  private readonly counts = new Map<string, number[]>();

  add(name: string, kind: GazetteerKind): void {
    const key = gazetteerKey(name);
    if (!key) return;
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = [0, 0, 0, 0]));
    c[KINDS.indexOf(kind)]! += 1;
  }

  /** Names seen at least `minCount` times whose majority kind has at least `minShare` of their mentions. */
  build(minCount = 3, minShare = 0.8): Map<string, GazetteerKind> {
    const out = new Map<string, GazetteerKind>();
    for (const [key, c] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const total = c.reduce((x, y) => x + y, 0);
      const best = c.indexOf(Math.max(...c));
      if (total >= minCount && c[best]! / total >= minShare) out.set(key, KINDS[best]!);
    }
    return out;
  }
}

let shared: Gazetteer | undefined;

/** The repository's gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}
