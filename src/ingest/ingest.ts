// Ingest: normalise → fingerprint → write in batches. Each batch is one transaction, so a crash or kill loses
// at most the batch in flight, and a re-run skips what is already stored (same text, same origin).
import { createHash } from 'node:crypto';
import type { RawArticle, Rejection, SourceItem } from '../types.js';
import type { PreparedArticle, Store } from '../store/store.js';
import { jaccardSorted, minhashSignature, NEAR_DUPLICATE_JACCARD, shingleSet } from '../util/minhash.js';
import { writeBatch, type NearDuplicateTest, type WriteResult } from './dedupe.js';
import { normalizeLine, normalizeText } from './normalize.js';
import { periodBound } from '../text/calendar.js';

/** Articles per transaction: large enough to amortise commits, small enough to lose little on a crash. */
export const BATCH_SIZE = 200;

export interface IngestSummary {
  new: number;
  duplicate: number;
  nearDuplicate: number;
  unchanged: number;
  rejected: number;
  /** Ids of the articles this run stored (new and near-duplicate). */
  storedIds: number[];
}

export interface IngestHooks {
  onRejection?: (r: Rejection) => void;
  onProgress?: (done: number, summary: IngestSummary) => void;
  batchSize?: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function validDate(published: string): boolean {
  return DATE.test(published) && periodBound(published.slice(0, 10)) !== undefined;
}

/** The shingle set computed while fingerprinting, kept for the exact near-duplicate check of the same article. */
const SHINGLES = new WeakMap<PreparedArticle, Uint32Array>();

/** Normalises and fingerprints one raw article, or says why it cannot be stored. */
export function prepareArticle(raw: RawArticle): PreparedArticle | Rejection {
  const text = normalizeText(raw.text);
  if (text.length === 0) return { origin: raw.origin, reason: 'empty article text' };
  if (!validDate(raw.published)) {
    return { origin: raw.origin, reason: `invalid publication date '${raw.published}' (expected YYYY-MM-DD)` };
  }
  const shingles = shingleSet(text);
  const prepared: PreparedArticle = {
    text,
    published: raw.published,
    origin: raw.origin,
    hash: createHash('sha1').update(text).digest('hex'),
    signature: minhashSignature(shingles),
  };
  SHINGLES.set(prepared, shingles);
  const title = normalizeLine(raw.title);
  if (title) prepared.title = title;
  const url = normalizeLine(raw.url);
  if (url) prepared.url = url;
  const source = normalizeLine(raw.source);
  if (source) prepared.source = source;
  const topic = normalizeLine(raw.topic);
  if (topic) prepared.topic = topic;
  return prepared;
}

/** The near-duplicate rule: Jaccard similarity of word 3-shingle sets ≥ NEAR_DUPLICATE_JACCARD. */
export function nearDuplicateTest(): NearDuplicateTest {
  return (a, candidateText) => {
    let mine = SHINGLES.get(a);
    if (!mine) {
      mine = shingleSet(a.text);
      SHINGLES.set(a, mine);
    }
    const sim = jaccardSorted(mine, shingleSet(candidateText));
    return sim >= NEAR_DUPLICATE_JACCARD ? sim : undefined;
  };
}

/** A reader's output after prepareArticle: ready to write, or rejected. */
export type PreparedItem = { kind: 'prepared'; article: PreparedArticle } | { kind: 'reject'; rejection: Rejection };

/** Normalises and fingerprints reader output on the fly. */
export async function* prepareItems(items: AsyncIterable<SourceItem>): AsyncGenerator<PreparedItem> {
  for await (const item of items) {
    if (item.kind === 'reject') {
      yield item;
      continue;
    }
    const prepared = prepareArticle(item.article);
    yield 'reason' in prepared ? { kind: 'reject', rejection: prepared } : { kind: 'prepared', article: prepared };
  }
}

export async function ingest(items: AsyncIterable<SourceItem>, store: Store, hooks: IngestHooks = {}):
  Promise<IngestSummary> {
  return ingestPrepared(prepareItems(items), store, hooks);
}

/** Writes already prepared articles in batches (the second half of ingest; see also ingestPaths). */
export async function ingestPrepared(items: AsyncIterable<PreparedItem>, store: Store, hooks: IngestHooks = {}):
  Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, duplicate: 0, nearDuplicate: 0, unchanged: 0, rejected: 0, storedIds: [] };
  const batchSize = hooks.batchSize ?? BATCH_SIZE;
  const isNear = nearDuplicateTest();
  let batch: PreparedArticle[] = [];
  let done = 0;

  const reject = (r: Rejection): void => {
    summary.rejected++;
    hooks.onRejection?.(r);
  };
  const count = (results: WriteResult[]): void => {
    for (const r of results) {
      if (r.status === 'new') { summary.new++; summary.storedIds.push(r.articleId); }
      else if (r.status === 'near-duplicate') { summary.nearDuplicate++; summary.storedIds.push(r.articleId); }
      else if (r.status === 'duplicate') summary.duplicate++;
      else summary.unchanged++;
    }
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = await writeBatch(store, batch, isNear);
    count(results);
    done += batch.length;
    batch = [];
    hooks.onProgress?.(done + summary.rejected, summary);
  };

  for await (const item of items) {
    if (item.kind === 'reject') {
      reject(item.rejection);
      continue;
    }
    batch.push(item.article);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
