// The dedupe policy: for each prepared article, decide whether it is new, an exact duplicate of a stored
// article (same normalised text: one more origin), unchanged (same text, origin already known) or a
// near-duplicate (a close copy of a stored article, found through MinHash LSH and confirmed by the exact
// shingle Jaccard test). The store supplies only the primitives (WriteTx); a batch is one transaction.
import type { NearCandidate, NearLink, PreparedArticle, Store, WriteTx } from '../store/store.js';
import { bandKeys } from '../util/minhash.js';

export type WriteStatus = 'new' | 'duplicate' | 'near-duplicate' | 'unchanged';

export interface WriteResult {
  status: WriteStatus;
  articleId: number;
  /** For near-duplicates: the earlier article this one is a close copy of, and their similarity. */
  nearDuplicateOf?: number;
  similarity?: number;
}

/** Decides whether two texts are near-duplicates; returns their similarity when they are. */
export type NearDuplicateTest = (a: PreparedArticle, candidateText: string) => number | undefined;

/**
 * The most similar candidate that passes the test, linked to the original of its chain rather than to
 * another copy. On equal similarity the earlier candidate wins.
 */
export function closestOriginal(a: PreparedArticle, candidates: NearCandidate[], isNear: NearDuplicateTest):
  NearLink | undefined {
  let near: NearLink | undefined;
  for (const c of candidates) {
    const sim = isNear(a, c.text);
    if (sim !== undefined && (!near || sim > near.similarity)) {
      near = { of: c.nearDuplicateOf ?? c.id, similarity: sim };
    }
  }
  return near;
}

/** Places one article; earlier articles of the same batch are already visible through `tx`. */
export async function placeArticle(tx: WriteTx, a: PreparedArticle, isNear: NearDuplicateTest): Promise<WriteResult> {
  const existing = await tx.findByHash(a.hash);
  if (existing !== undefined) {
    const added = await tx.addOrigin(existing, a.origin);
    return { status: added ? 'duplicate' : 'unchanged', articleId: existing };
  }
  const keys = bandKeys(a.signature);
  const near = closestOriginal(a, await tx.nearCandidates(keys), isNear);
  const id = await tx.insertArticle(a, near);
  await tx.addOrigin(id, a.origin);
  await tx.addBands(id, keys);
  return near ? { status: 'near-duplicate', articleId: id, nearDuplicateOf: near.of, similarity: near.similarity }
    : { status: 'new', articleId: id };
}

/** Writes a batch atomically: either all of it is stored or none of it. Results are in batch order. */
export function writeBatch(store: Store, batch: PreparedArticle[], isNear: NearDuplicateTest): Promise<WriteResult[]> {
  return store.transaction(async (tx) => {
    const results: WriteResult[] = [];
    for (const a of batch) results.push(await placeArticle(tx, a, isNear));
    return results;
  });
}
