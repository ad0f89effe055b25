// MinHash over word shingles, with LSH banding, for near-duplicate detection. Pure functions shared by
// ingest (which fingerprints) and the stores (which look up candidates by band).

/** Words per shingle. Three-word shingles tell a light edit (a changed weekday) from a rewrite. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature = BANDS * ROWS_PER_BAND. */
export const BANDS = 8;
export const ROWS_PER_BAND = 4;
export const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;

/**
 * Two texts are near-duplicates when the Jaccard similarity of their shingle sets is at least this.
 * With 8 bands of 4 rows, a pair at 0.8 becomes a candidate with probability 1-(1-0.8^4)^8 ≈ 0.985; every
 * candidate is then checked on its exact shingle sets, so the signature only has to find, not decide.
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets for the hash family h_i(x) = (a_i * x + b_i) mod 2^32, built from a
// small deterministic generator so signatures are stable across runs and versions.
const A = new Uint32Array(SIGNATURE_LENGTH);
const B = new Uint32Array(SIGNATURE_LENGTH);
{
  let seed = 0x9e3779b9;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word characters as `words` defines them: \p{L} or \p{N}. ASCII is decided by table, the rest by regex. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The set of hashed shingles of a text (a text shorter than one shingle is one shingle). Same values as
 * hashing `words(text)` joined in threes with spaces, computed on offsets into the lowercased text so that
 * no word or shingle string is built (this runs on every ingested article).
 */
export function shingleHashes(text: string): Set<number> {
  // ASCII text (most news) is lowercased while hashing, which spares a copy of the whole text.
  const ascii = !NON_ASCII.test(text);
  const lower = ascii ? text : text.toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let isWord: boolean;
    let width = 1;
    if (c < 128) isWord = ASCII_WORD[c] === 1;
    else {
      const cp = lower.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      isWord = WORD_CHAR.test(String.fromCodePoint(cp));
    }
    if (isWord && !inWord) starts.push(i);
    else if (!isWord && inWord) ends.push(i);
    inWord = isWord;
    i += width - 1;
  }
  if (inWord) ends.push(lower.length);
  const out = new Set<number>();
  const n = starts.length;
  if (n === 0) return out;
  const per = Math.min(SHINGLE_WORDS, n);
  for (let first = 0; first + per <= n; first++) {
    let h = 0x811c9dc5;
    for (let w = first; w < first + per; w++) {
      if (w > first) h = Math.imul(h ^ 32, 0x01000193);
      for (let i = starts[w]!, end = ends[w]!; i < end; i++) {
        const c = lower.charCodeAt(i);
        h = Math.imul(h ^ (ascii && c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      }
    }
    out.add(h >>> 0);
  }
  return out;
}

export function minhashSignature(shingles: Set<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** One integer key per band: the band's index mixed with its rows, so equal bands collide. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) {
      h = Math.imul(h ^ sig[b * ROWS_PER_BAND + r]!, 0x01000193);
    }
    // Keep keys within SQLite's and JavaScript's safe integer range: band in the high bits.
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
