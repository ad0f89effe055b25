// The entity pipeline: tag the document (tagging.ts), then run the configured document rules in order
// (configuration.ts).
import type { EntityMention, Sentence } from '../../types.js';
import { defaultTagger, type EntityTagger } from './tagger.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { tagDocument } from './tagging.js';
import { REFINERS } from './configuration.js';
import type { RefineContext } from './refiner.js';

export interface ExtractOptions {
  /**
   * Also give the name inside a descriptive noun phrase or apposition as a mention of its own: "Apple CEO Steve
   * Jobs" and "Steve Jobs", "U.S. automaker GM" and "GM". MEANTIME (NewsReader guidelines) annotates both as
   * named mentions, so `chronicle eval entities` asks for them; stored analyses do not, so that one occurrence of
   * a name counts once. (A place and its region, "Mobile, Alabama" and "Alabama", are two entities and always given.)
   */
  nestedNames?: boolean;
}

/**
 * Named mentions of people, organisations and places. `sentences` bound the tagging units (the whole text is
 * one unit when none are given). Each mention keeps the exact span the tagger found; its `name` is the
 * document-level canonical name: titles dropped ("Foreign Minister Wang Yi" → "Wang Yi"), short forms joined
 * to the fuller name used in the same document ("Kovrig" → "Michael Kovrig", "Meng" → "Meng Wanzhou"), and
 * one kind per name (the majority of its mentions).
 */
export function extractEntities(text: string, sentences: Sentence[], tagger: EntityTagger = defaultTagger(),
  gazetteer: Gazetteer = defaultGazetteer(), lexicon: Lexicon = defaultLexicon(), options: ExtractOptions = {}): EntityMention[] {
  const tagged = tagDocument(text, sentences, tagger, gazetteer, lexicon, options.nestedNames === true);
  const context: RefineContext = { text, chunks: tagged.chunks, mentions: tagged.mentions, gazetteer, lexicon,
    datelineKinds: tagged.datelineKinds };
  for (const refiner of REFINERS) refiner.refine(context);
  return context.mentions;
}
