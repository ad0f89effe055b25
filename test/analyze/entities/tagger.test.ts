// The entity tagger's kept sums (tagger.ts) against featuresAt, the one definition of the features (features.ts):
// splitting the slots into a word's own and neighbour parts, tag parts and context parts must score every token
// exactly as summing featuresAt's weights does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BOUNDARY_INFO, NCONTEXT, NFEATURES, NTAGS, THE_HASH, allowed, contextBuckets, featuresAt, isUpperStart, roleBuckets,
  tagBuckets, tokenInfo, type TokenInfo,
} from '../../../src/analyze/entities/features.js';
import { EntityTagger, defaultTagger } from '../../../src/analyze/entities/tagger.js';
import { tokenize, type Token } from '../../../src/analyze/entities/tokens.js';

const WORDS = ['the', 'The', 'U.S.', 'said', 'Barack', 'Obama', 'of', 'Bank', 'England', ',', '.', '2011', 'in', 'Cairo',
  "'s", 'Mr.', 'New', 'York', 'Times', 'and', '-LRB-', '``', 'McDonald', 'x3', 'ÉLAN', 'Tahrir', 'Square', 'on', 'Friday'];

function randomSentence(seed: number, length: number): string[] {
  let s = seed;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
  return Array.from({ length }, () => WORDS[next() % WORDS.length]!);
}

test('role, tag and context buckets are the buckets of featuresAt, slot for slot as a multiset', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const infos: TokenInfo[] = randomSentence(seed, 1 + (seed % 9)).map(tokenInfo);
    for (let i = 0; i < infos.length; i++) {
      for (const [prev, prev2] of [[0, 0], [1, 0], [2, 1], [5, 6], [4, 3]] as const) {
        const full = new Int32Array(NFEATURES);
        featuresAt(infos, i, prev, prev2, full);
        const at = (k: number): TokenInfo => infos[k] ?? BOUNDARY_INFO;
        const ctx = new Int32Array(NCONTEXT);
        const p1 = i > 0 ? at(i - 1) : BOUNDARY_INFO;
        const n1 = i + 1 < infos.length ? at(i + 1) : BOUNDARY_INFO;
        contextBuckets(at(i).word, at(i).shape, p1.word, p1.shape, p1.suffix, n1.word, n1.shape, i === 0, prev, ctx);
        const split = [
          ...roleBuckets(at(i))[0]!,
          ...roleBuckets(p1)[1]!,
          ...roleBuckets(n1)[2]!,
          ...roleBuckets(i > 1 ? at(i - 2) : BOUNDARY_INFO)[3]!,
          ...roleBuckets(i + 2 < infos.length ? at(i + 2) : BOUNDARY_INFO)[4]!,
          ...tagBuckets(prev, prev2),
          ...ctx,
        ];
        assert.deepEqual([...split].sort((x, y) => x - y), [...full].sort((x, y) => x - y), `seed ${seed} token ${i}`);
      }
    }
  }
});

/** Greedy decoding summed straight from featuresAt: the tagger as trained, without kept sums. */
function referenceTags(weights: Int16Array, tokens: readonly Token[]): number[] {
  const infos = tokens.map((t) => tokenInfo(t.text));
  const out: number[] = [];
  const feats = new Int32Array(NFEATURES);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < infos.length; i++) {
    let tag = 0;
    const nextUpper = i + 1 < tokens.length && isUpperStart(tokens[i + 1]!.text);
    if (isUpperStart(tokens[i]!.text) || prev !== 0 || (infos[i]!.word === THE_HASH && nextUpper)) {
      featuresAt(infos, i, prev, prev2, feats);
      const sc = new Array<number>(NTAGS).fill(0);
      for (const f of feats) for (let t = 0; t < NTAGS; t++) sc[t]! += weights[f * NTAGS + t]!;
      for (let t = 1; t < NTAGS; t++) if (allowed(prev, t) && sc[t]! > sc[tag]!) tag = t;
    }
    out.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return out;
}

test('the tagger scores as the sum of featuresAt weights, also after its word store is emptied', () => {
  const weights = (defaultTagger() as unknown as { weights: Int16Array }).weights;
  const tagger = new EntityTagger(weights);
  const text = 'The U.S. Secretary of State Hillary Clinton met Egyptian President Hosni Mubarak in Cairo on Friday, ' +
    "the state news agency MENA said. ``We will see,'' said Mr. Obama of the United States -LRB- U.S. -RRB- .";
  const sentences = [text, ...Array.from({ length: 40 }, (_, k) => randomSentence(k + 7, 3 + (k % 15)).join(' '))];
  let named = 0;
  for (const s of sentences) {
    const tokens = tokenize(s);
    const got = [...tagger.tagTokens(tokens)];
    assert.deepEqual(got, referenceTags(weights, tokens), s);
    named += got.filter((t) => t !== 0).length;
  }
  assert.ok(named > 5, 'the sample holds names');
  // the word store forgets everything when full: sentences after that are tagged the same
  (tagger as unknown as { used: number }).used = 199_999;
  for (const s of sentences.slice(0, 5)) assert.deepEqual([...tagger.tagTokens(tokenize(s))], referenceTags(weights, tokenize(s)));
});

test('the tagger finds each word again while its word table grows past thousands of words', () => {
  const weights = (defaultTagger() as unknown as { weights: Int16Array }).weights;
  const tagger = new EntityTagger(weights);
  // made-up names and words, several thousand distinct: the table of words doubles several times on the way
  const made = (k: number): string => {
    let w = '';
    for (let x = k + 1; x > 0; x = Math.floor(x / 7)) w += 'kalomevrtsiu'[x % 12];
    return k % 3 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
  };
  const sentences = Array.from({ length: 600 }, (_, s) =>
    Array.from({ length: 12 }, (_, j) => (j % 4 === 3 ? WORDS[(s + j) % WORDS.length]! : made(s * 9 + j))).join(' '));
  // every sentence again at the end: by then its words sit in a table grown since they were stored
  for (const s of [...sentences, ...sentences.slice(0, 60)]) {
    const tokens = tokenize(s);
    assert.deepEqual([...tagger.tagTokens(tokens)], referenceTags(weights, tokens), s);
  }
  // each distinct word has been stored once (slot 0 is the boundary): none was lost when the table grew
  const distinct = new Set(sentences.flatMap((s) => tokenize(s).map((t) => t.text)));
  assert.ok(distinct.size > 4000, 'thousands of distinct words');
  assert.equal((tagger as unknown as { used: number }).used, distinct.size + 1);
});
