// The analysis pipeline: each stage takes what the earlier ones found and adds one layer to the Doc.
import type { Doc } from '../types.js';
import { splitSentences } from './sentences.js';
import { tagTimexes } from './time/index.js';
import { extractEntities } from './entities/index.js';
import { carryStatementDays, extractQuotes } from './quotes.js';
import { dateSentences } from './events/index.js';
import { cleanText, type Span } from '../clean/index.js';

export { ANALYSIS_VERSION } from './version.js';

/**
 * Analyses one article. The stages read the cleaned text (page furniture blanked, same length, see clean/);
 * `furniture` adds spans the caller knows to be furniture (the per-source repeat model). The Doc keeps the
 * stored text, which every offset indexes.
 */
export function analyzeDoc(original: string, published: string, furniture: Span[] = []): Doc {
  const dct = published.slice(0, 10);
  const clean = cleanText(original, furniture);
  const text = clean.text;
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, dct, { sentenceBounds: sentences.map((s) => [s.start, s.end]) });
  const entities = extractEntities(text, sentences);
  // The original text: live-blog update stamps are furniture to the other stages but date their sections here.
  const sentenceDates = dateSentences({ text: original, published: dct, sentences, timexes });
  const quotes = carryStatementDays(extractQuotes(text, sentences, entities, timexes), sentences, sentenceDates);
  const doc: Doc = { text: original, published: dct, sentences, timexes, entities, quotes, sentenceDates };
  if (clean.turns.length > 0) doc.turns = clean.turns;
  return doc;
}
