// The dedupe policy against an in-memory WriteTx: which primitive it calls for each case and what it
// decides. The same policy over the real stores is tested in ingest.test.ts and fromSources.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestOriginal, placeArticle, writeBatch, type NearDuplicateTest } from '../../src/ingest/dedupe.js';
import type { NearCandidate, NearLink, PreparedArticle, Store, WriteTx } from '../../src/store/store.js';

/** A WriteTx over arrays that logs every call. */
function memoryTx(): WriteTx & { log: string[]; rows: { a: PreparedArticle; near?: NearLink; origins: string[] }[] } {
  const rows: { a: PreparedArticle; near?: NearLink; origins: string[] }[] = [];
  const bands = new Map<number, number[]>();
  const log: string[] = [];
  return {
    log,
    rows,
    async findByHash(hash) {
      log.push('findByHash');
      const i = rows.findIndex((r) => r.a.hash === hash);
      return i < 0 ? undefined : i + 1;
    },
    async addOrigin(id, origin) {
      log.push('addOrigin');
      const row = rows[id - 1]!;
      if (row.origins.includes(origin)) return false;
      row.origins.push(origin);
      return true;
    },
    async nearCandidates(keys) {
      log.push('nearCandidates');
      const ids = [...new Set(keys.flatMap((k) => bands.get(k) ?? []))];
      return ids.map((id): NearCandidate => {
        const r = rows[id - 1]!;
        return r.near ? { id, text: r.a.text, nearDuplicateOf: r.near.of } : { id, text: r.a.text };
      });
    },
    async insertArticle(a, near) {
      log.push('insertArticle');
      rows.push(near ? { a, near, origins: [] } : { a, origins: [] });
      return rows.length;
    },
    async addBands(id, keys) {
      log.push('addBands');
      for (const k of keys) bands.set(k, [...(bands.get(k) ?? []), id]);
    },
  };
}

const SIG = new Uint32Array(32).fill(7);
const art = (text: string, origin: string): PreparedArticle =>
  ({ text, published: '2020-01-01', origin, hash: `h:${text}`, signature: SIG });
/** Texts starting with the same letter are "near" with the similarity written after it. */
const byLetter: NearDuplicateTest = (a, other) => (a.text[0] === other[0] ? Number(other.slice(1)) : undefined);

test('new, duplicate, unchanged and near-duplicate, each from the primitives it needs', async () => {
  const tx = memoryTx();
  assert.deepEqual(await placeArticle(tx, art('a0.5', 'one'), byLetter), { status: 'new', articleId: 1 });
  assert.deepEqual(tx.log.splice(0), ['findByHash', 'nearCandidates', 'insertArticle', 'addOrigin', 'addBands']);
  assert.deepEqual(await placeArticle(tx, art('a0.5', 'two'), byLetter), { status: 'duplicate', articleId: 1 });
  assert.deepEqual(await placeArticle(tx, art('a0.5', 'one'), byLetter), { status: 'unchanged', articleId: 1 });
  assert.deepEqual(tx.log.splice(0), ['findByHash', 'addOrigin', 'findByHash', 'addOrigin']);
  assert.deepEqual(await placeArticle(tx, art('a0.9', 'three'), byLetter),
    { status: 'near-duplicate', articleId: 2, nearDuplicateOf: 1, similarity: 0.5 });
  assert.deepEqual(tx.rows.map((r) => r.origins), [['one', 'two'], ['three']]);
  assert.deepEqual(tx.rows[1]!.near, { of: 1, similarity: 0.5 });
});

test('a copy of a copy links to the original of the chain', async () => {
  const tx = memoryTx();
  await placeArticle(tx, art('b0.1', 'x'), byLetter);
  await placeArticle(tx, art('c0.2', 'y'), byLetter);
  const copy = await placeArticle(tx, art('c0.95', 'z'), byLetter);
  assert.deepEqual(copy, { status: 'near-duplicate', articleId: 3, nearDuplicateOf: 2, similarity: 0.2 });
  const second = await placeArticle(tx, art('c0.3', 'w'), byLetter);
  // Candidate 3 (similarity 0.95) is itself a copy of 2: the link goes to 2.
  assert.deepEqual(second, { status: 'near-duplicate', articleId: 4, nearDuplicateOf: 2, similarity: 0.95 });
});

test('closestOriginal takes the most similar candidate; the first of equals wins', () => {
  const a = art('q', 'o');
  const cands: NearCandidate[] = [{ id: 1, text: 'q0.8' }, { id: 2, text: 'q0.9' }, { id: 3, text: 'q0.9' },
    { id: 4, text: 'z0.99' }];
  assert.deepEqual(closestOriginal(a, cands, byLetter), { of: 2, similarity: 0.9 });
  assert.equal(closestOriginal(a, [], byLetter), undefined);
});

test('writeBatch places a batch in one transaction and returns results in order', async () => {
  const tx = memoryTx();
  let transactions = 0;
  const store = { transaction: async <T>(fn: (t: WriteTx) => Promise<T>) => { transactions++; return fn(tx); } };
  const batch = [art('d1', 'a'), art('d1', 'b'), art('e1', 'c')];
  const results = await writeBatch(store as unknown as Store, batch, byLetter);
  assert.deepEqual(results.map((r) => r.status), ['new', 'duplicate', 'new']);
  assert.equal(transactions, 1);
});
