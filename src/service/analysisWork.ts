// What a refresh's analysis threads do per article: analyse it, then derive there what storing and placing it
// read from the analysis alone (its timeline record, its encoded form, its story features), so that the thread that stores the
// analyses and assigns stories does not. Loaded by refresh.ts only when there is something to analyse, and by
// the worker module beside it.
import { analyzeItems, workerModule, type AnalyzeItem, type AnalyzeResult, type PoolWork } from '../analyze/pool.js';
import { articleFeatures, DEFAULT_STORY_OPTIONS, packFeatures, storyInput, type PackedFeatures } from '../stories/index.js';
import type { PackedAnalysis } from '../store/store.js';
import { packAnalysis } from '../store/sqlite/packed.js';
import { timelineRecord } from '../timeline/record.js';
import type { Doc } from '../types.js';

export type AnalysedArticle =
  | { id: number; doc: Doc; timelineRecord?: Uint8Array; packed?: PackedAnalysis; features?: PackedFeatures }
  | { id: number; error: string };

/**
 * The analyses of a batch (stage by stage, analyzeItems), each with its timeline record, the analysis encoded as
 * the SQLite store keeps it (refresh analyses here only for a store without a work queue; PostgreSQL has one), and
 * its features under the default story options.
 */
export function analyseArticles(items: AnalyzeItem[]): AnalysedArticle[] {
  return analyzeItems(items).map((r, i) => derived(items[i]!, r));
}

function derived(item: AnalyzeItem, r: AnalyzeResult): AnalysedArticle {
  if ('error' in r) return r;
  const out: AnalysedArticle = { id: r.id, doc: r.doc };
  // Thrown as it would be where the analysis is stored: a failure here fails the refresh, not the article.
  const record = timelineRecord(r.doc, r.doc.text);
  if (record) out.timelineRecord = record;
  const packed = packAnalysis(r.doc, record !== undefined);
  // A compressed buffer may be a view of a larger one, all of which a message would copy: sent as its own bytes.
  out.packed = { ...packed, doc: new Uint8Array(packed.doc) };
  // A failure here leaves the features to be computed (and the failure met again) when the article is placed.
  try {
    const input = { id: item.id, published: item.published, text: item.text, ...(item.title ? { title: item.title } : {}) };
    const features = packFeatures(articleFeatures(storyInput(input, r.doc), DEFAULT_STORY_OPTIONS));
    if (features) out.features = features;
  } catch {
    // left to the clusterer
  }
  return out;
}

export const ARTICLE_WORK: PoolWork<AnalysedArticle> = {
  module: workerModule('analysisWorker', import.meta.url),
  inline: analyseArticles,
};
