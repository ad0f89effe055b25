// Clean reading: page furniture (stamps, comment threads, promos, transcript tags, lines a source repeats on
// every page) is set aside before analysis. Analysis reads a masked copy of the text, furniture blanked to the
// same length, so every layer's offsets stay valid against the stored article text and no layer starts in
// furniture. Two signals: general rules of news pages (rules.ts, transcript.ts), always on, and the repeat
// model learned per source (model.ts), whose spans the caller passes in.
import type { Turn } from '../types.js';
import { ruleSpans } from './rules.js';
import { maskText, mergeSpans, type Span } from './spans.js';
import { transcriptParts } from './transcript.js';

export { FurnitureModel, type ModelArticle, type SavedFurnitureModel } from './model.js';
export { RULES, type FurnitureRule } from './rules.js';
export { mergeSpans, maskText, type Span } from './spans.js';

/** Bump when the cleaning changes what analysis reads (analysis caches outside the store key on it). */
export const CLEAN_VERSION = 4;

export interface CleanText {
  /** The text analysis reads: furniture blanked, same length as the input. */
  text: string;
  /** The furniture, merged and sorted. */
  furniture: Span[];
  /** Transcript turns, when the text is a transcript. */
  turns: Turn[];
}

/** Cleans one article text; `learned` are the repeat model's spans for it (see FurnitureModel.spans). */
export function cleanText(text: string, learned: Span[] = []): CleanText {
  const transcript = transcriptParts(text);
  const furniture = mergeSpans([...learned, ...ruleSpans(text), ...transcript.spans]);
  return { text: maskText(text, furniture), furniture, turns: transcript.turns };
}
