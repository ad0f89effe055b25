// The shape of a document rule that runs after tagging (configuration.ts lists them in order).
import type { EntityKind, EntityMention } from '../../types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** What the refiners of one document share. */
export interface RefineContext {
  readonly text: string;
  /** The token units the tagger saw (the dateline left out). */
  readonly chunks: readonly Token[][];
  /**
   * The document's mentions in text order. A refiner changes them in place or, to drop many, puts a new array
   * here; later refiners see only what it leaves.
   */
  mentions: EntityMention[];
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
  /** Folded name → the kind the wire dateline gives it. */
  readonly datelineKinds: ReadonlyMap<string, EntityKind>;
}

/** One document rule: a name for tests and traces, and the change it makes. */
export interface Refiner {
  readonly name: string;
  refine(context: RefineContext): void;
}
