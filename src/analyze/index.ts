// The analysis pipeline: each stage takes what the earlier ones found and adds one layer to the Doc.
import type { Doc } from '../types.js';
import { splitSentences } from './sentences.js';
import { tagTimexes } from './time/index.js';
import { extractEntities } from './entities/index.js';
import { extractQuotes } from './quotes.js';
import { dateSentences } from './events/index.js';

/**
 * Bump when any stage changes its output, so `chronicle analyze` knows which stored analyses are stale.
 */
export const ANALYSIS_VERSION = 5;

export function analyzeDoc(text: string, published: string): Doc {
  const dct = published.slice(0, 10);
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, dct, { sentenceBounds: sentences.map((s) => [s.start, s.end]) });
  const entities = extractEntities(text, sentences);
  const quotes = extractQuotes(text, sentences, entities, timexes);
  const sentenceDates = dateSentences({ text, published: dct, sentences, timexes });
  return { text, published: dct, sentences, timexes, entities, quotes, sentenceDates };
}
