// Hashed token features for the averaged-perceptron entity tagger. Every feature is an integer bucket computed
// from per-token string hashes, so tagging builds no feature strings: that keeps it well above 4 MB/s.
import { own } from '../../util/own.js';

/** Number of feature buckets (a power of two). Weights are BUCKETS × TAGS int16 values: 2^18 × 7 × 2 B ≈ 3.7 MB. */
export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/** BIO tags over the three kinds; index 0 is O. */
export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-PLACE', 'I-PLACE'] as const;
export type TagIndex = number;
export const NTAGS = TAGS.length;

/** Per-token values the templates combine; computed once per token. */
export interface TokenInfo {
  word: number; // hash of the lowercased form
  shape: number; // hash of the compressed shape (Xx, X.X., dd)
  prefix: number;
  suffix: number;
  upper: boolean; // starts with a capital letter
}

const PTB_BRACKETS: Record<string, string> = {
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"',
};

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && i < 12; i++) {
    const c = w[i]!;
    let k: string;
    if (c >= '0' && c <= '9') k = 'd';
    else if (c.toLowerCase() !== c) k = 'X';
    else if (c.toUpperCase() !== c) k = 'x';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export function isUpperStart(w: string): boolean {
  // ASCII directly (most tokens): only A-Z change when lowercased.
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = w[0];
  return c !== undefined && c.toLowerCase() !== c;
}

export function tokenInfo(raw: string): TokenInfo {
  const w = own(PTB_BRACKETS, raw) ?? raw;
  const lower = w.toLowerCase().replace(/\d/g, '0');
  return {
    word: fnv(lower),
    shape: fnv(shapeOf(w)),
    prefix: fnv(lower.slice(0, 3)),
    suffix: fnv(lower.slice(-3)),
    upper: isUpperStart(w),
  };
}

const BOUNDARY: TokenInfo = { word: fnv('<s>'), shape: fnv('<s>'), prefix: 0, suffix: 0, upper: false };

function bucket(template: number, a: number, b = 0): number {
  let h = Math.imul(a ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

/** Number of features `featuresAt` writes. */
export const NFEATURES = 21;

/**
 * Writes the feature buckets of token i into `out` (length NFEATURES). `prevTag` and `prev2Tag` are the tags
 * already chosen for the two tokens before (greedy left-to-right decoding).
 */
export function featuresAt(toks: readonly TokenInfo[], i: number, prevTag: number, prev2Tag: number, out: Int32Array): void {
  const t = toks[i]!;
  const p1 = i > 0 ? toks[i - 1]! : BOUNDARY;
  const p2 = i > 1 ? toks[i - 2]! : BOUNDARY;
  const n1 = i + 1 < toks.length ? toks[i + 1]! : BOUNDARY;
  const n2 = i + 2 < toks.length ? toks[i + 2]! : BOUNDARY;
  out[0] = bucket(0, 0);
  out[1] = bucket(1, t.word);
  out[2] = bucket(2, t.shape);
  out[3] = bucket(3, t.prefix);
  out[4] = bucket(4, t.suffix);
  out[5] = bucket(5, p1.word);
  out[6] = bucket(6, n1.word);
  out[7] = bucket(7, p2.word);
  out[8] = bucket(8, n2.word);
  out[9] = bucket(9, p1.shape, t.shape);
  out[10] = bucket(10, n1.shape, t.shape);
  out[11] = bucket(11, prevTag);
  out[12] = bucket(12, prevTag, t.word);
  out[13] = bucket(13, prevTag, t.shape);
  out[14] = bucket(14, i === 0 ? 1 : 0, t.shape);
  out[15] = bucket(15, prevTag, prev2Tag);
  out[16] = bucket(16, t.word, n1.word);
  out[17] = bucket(17, p1.word, t.word);
  out[18] = bucket(18, t.word, n1.shape);
  out[19] = bucket(19, p1.suffix, t.shape);
  out[20] = bucket(20, prevTag, n1.word);
}

/**
 * The split of featuresAt's slots that lets the tagger keep weight sums instead of looking weights up per token
 * (the lookups are cache misses in a 3.7 MB table, most of tagging's time). Slots 0-4 (bias, the token's word,
 * shape, prefix, suffix) depend on the token alone and slots 5-8 on one neighbour's word each: roleBuckets gives
 * their buckets from one token's info, so the tagger sums them once per word and role. Slots 11 and 15 depend on
 * the previous tags alone (tagBuckets); contextBuckets writes the rest. featuresAt stays the one definition
 * (training reads it); a test checks that the three parts give its buckets.
 */
export const ROLES = 5;
/** Buckets of a token's info in its roles: [0] itself (slots 0-4), [1] previous, [2] next, [3] two before, [4] two after. */
export function roleBuckets(t: TokenInfo): number[][] {
  return [
    [bucket(0, 0), bucket(1, t.word), bucket(2, t.shape), bucket(3, t.prefix), bucket(4, t.suffix)],
    [bucket(5, t.word)], [bucket(6, t.word)], [bucket(7, t.word)], [bucket(8, t.word)],
  ];
}

/** Buckets of the slots that read the previous two tags alone (11, 15). */
export function tagBuckets(prevTag: number, prev2Tag: number): [number, number] {
  return [bucket(11, prevTag), bucket(15, prevTag, prev2Tag)];
}

/** Number of buckets contextBuckets writes. */
export const NCONTEXT = 10;

/**
 * The slots of featuresAt that neither roleBuckets nor tagBuckets give (pairs, and tags with a word), from the
 * values they read: the token's word and shape, the previous token's word, shape and suffix, the next token's
 * word and shape (BOUNDARY_INFO's where there is none), whether the token is the first, and the previous tag.
 */
export function contextBuckets(word: number, shape: number, p1Word: number, p1Shape: number, p1Suffix: number,
  n1Word: number, n1Shape: number, first: boolean, prevTag: number, out: Int32Array): void {
  out[0] = bucket(9, p1Shape, shape);
  out[1] = bucket(10, n1Shape, shape);
  out[2] = bucket(12, prevTag, word);
  out[3] = bucket(13, prevTag, shape);
  out[4] = bucket(14, first ? 1 : 0, shape);
  out[5] = bucket(16, word, n1Word);
  out[6] = bucket(17, p1Word, word);
  out[7] = bucket(18, word, n1Shape);
  out[8] = bucket(19, p1Suffix, shape);
  out[9] = bucket(20, prevTag, n1Word);
}

/** The info standing for "no token" before the first and after the last token. */
export const BOUNDARY_INFO: TokenInfo = BOUNDARY;

/** I-X may only follow B-X or I-X. */
export function allowed(prevTag: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prevTag === tag || prevTag === tag - 1;
}

/**
 * Tokens that cannot start or continue a name are tagged O without scoring: a lowercase word after O, unless
 * it is "the" before a capitalised word ("the United States"). Most tokens of news text are skipped this way.
 */
export function needsScoring(toks: TokenInfo[], i: number, prevTag: number, theHash: number): boolean {
  const t = toks[i]!;
  if (t.upper || prevTag !== 0) return true;
  return t.word === theHash && i + 1 < toks.length && toks[i + 1]!.upper;
}

export const THE_HASH = fnv('the');
