// The systems the eval commands score, run exactly as the product runs them: the analysis pipeline's entities,
// quotes and (for story clustering) its entity layer. Kept here so that cli/ only parses and prints.
import { analyzeMany } from '../analyze/pool.js';
import { extractEntities } from '../analyze/entities/index.js';
import { extractQuotes } from '../analyze/quotes.js';
import { splitSentences } from '../analyze/sentences.js';
import type { EntityKind, EntityMention, Quote, Sentence } from '../types.js';

/** Entities as analysis stores them; `nested` also gives names inside descriptive phrases (MEANTIME's extents). */
export function entitySystem(nested: boolean): (text: string, sentences: Sentence[]) => EntityMention[] {
  return (text, sentences) => extractEntities(text, sentences, undefined, undefined, undefined, { nestedNames: nested });
}

export interface TimedQuotes {
  quotes: Quote[];
  /** Milliseconds spent on sentences and entities, and on quotes alone. */
  analyseMs: number;
  quoteMs: number;
}

/** Quotes of one text as the pipeline finds them, with the time each part took. */
export function quotesOf(text: string): TimedQuotes {
  const t0 = performance.now();
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const t1 = performance.now();
  const quotes = extractQuotes(text, sentences, entities);
  return { quotes, analyseMs: t1 - t0, quoteMs: performance.now() - t1 };
}

/**
 * The entity layer of each text from the full analysis pipeline (worker threads, as ingest runs it); a text whose
 * analysis failed gets undefined and a call of `onError`.
 */
export async function pipelineEntities(texts: { text: string; published: string }[],
  onError: (index: number, message: string) => void): Promise<({ kind: EntityKind; name: string }[] | undefined)[]> {
  const out: ({ kind: EntityKind; name: string }[] | undefined)[] = new Array(texts.length);
  await analyzeMany(texts.map((t, id) => ({ id, text: t.text, published: t.published })), (r) => {
    if ('doc' in r) out[r.id] = r.doc.entities.map((e) => ({ kind: e.kind, name: e.name }));
    else onError(r.id, r.error);
  });
  return out;
}
