// Document frequencies counted as the stream goes, behind the IDF weights of terms and names. The tables
// are bounded so that a clusterer run for years keeps a state of the same size as one run for a month.

/**
 * Document-frequency tables are thinned (rarest keys dropped) beyond this many entries. A dropped key counts
 * as unseen: it was rare, and a rare key's weight hardly changes between df 1 and 0.
 */
export const MAX_TERM_VOCABULARY = 40_000;
export const MAX_ENTITY_VOCABULARY = 20_000;

/** A vocabulary entry: how many documents used it, and a readable form for labels. */
export interface VocabEntry {
  df: number;
  display: string;
}

/** Document frequencies of one kind of key (stems or entity names), thinned beyond `limit` entries. */
export class DfTable {
  readonly entries = new Map<string, VocabEntry>();

  constructor(readonly limit: number) {}

  /** Counts each key once for one document and keeps the first readable form seen (key → display form). */
  countDocument(keys: Map<string, string>): void {
    this.countKeys([...keys.keys()], [...keys.values()]);
  }

  /** countDocument of distinct `keys`, `displays[i]` the readable form of `keys[i]`. */
  countKeys(keys: readonly string[], displays: readonly string[]): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const display = displays[i]!;
      const e = this.entries.get(key);
      if (e) e.df++;
      else this.entries.set(key, { df: 1, display });
    }
    // Thin out the rarest keys until the table is back to half its bound (rare keys weigh alike anyway).
    if (this.entries.size <= this.limit) return;
    for (let cutoff = 1; this.entries.size > this.limit / 2; cutoff *= 2) {
      for (const [key, e] of this.entries) if (e.df <= cutoff) this.entries.delete(key);
    }
  }

  /** Smoothed inverse document frequency: rare keys weigh more; a key in every document still counts a little. */
  idf(key: string, docs: number): number {
    return Math.log((docs + 1) / ((this.entries.get(key)?.df ?? 0) + 0.5));
  }

  /** The readable form of a key (the key itself once thinning dropped it). */
  display(key: string): string {
    return this.entries.get(key)?.display ?? key;
  }
}

/** The document count and the two frequency tables, which always advance together. */
export class Vocabulary {
  docs = 0;
  readonly terms = new DfTable(MAX_TERM_VOCABULARY);
  readonly entities = new DfTable(MAX_ENTITY_VOCABULARY);

  /** Counts one document: its stems (stem → surface word) and its entity keys (key → display name). */
  countDocument(terms: Map<string, string>, entities: Map<string, string>): void {
    this.countKeys([...terms.keys()], [...terms.values()], [...entities.keys()], [...entities.values()]);
  }

  /** countDocument of distinct stems with a surface word each and entity keys with a display name each. */
  countKeys(terms: readonly string[], words: readonly string[], entities: readonly string[],
    displays: readonly string[]): void {
    this.docs++;
    this.terms.countKeys(terms, words);
    this.entities.countKeys(entities, displays);
  }
}
