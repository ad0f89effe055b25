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
 * Scratch buffers reused between calls (grown on demand): the word characters of the text being shingled,
 * lowercased and packed one word after another, and each word's start and end in that buffer.
 */
let wordChars = new Uint16Array(16384);
let wordStarts = new Int32Array(8192);
let wordEnds = new Int32Array(8192);

/**
 * The distinct hashed shingles of a text, sorted ascending (a text shorter than one shingle is one
 * shingle). Same values as hashing `words(text)` joined in threes with spaces (FNV-1a over UTF-16 code
 * units, 32 bits). One pass copies the lowercased word characters into a typed array, so that hashing —
 * which reads every word three times, once per shingle it belongs to — builds no word or shingle string;
 * the result is a typed array rather than a Set, since most 32-bit hashes are outside V8's small-integer
 * range and a Set would box each one.
 */
export function shingleSet(text: string): Uint32Array {
  // ASCII text (most news) is lowercased while copying, which spares a lowercased copy of the whole text.
  const ascii = !NON_ASCII.test(text);
  const lower = ascii ? text : text.toLowerCase();
  const length = lower.length;
  // A word needs at least one character and a separator after it, so there are at most length/2 + 1 words.
  const maxWords = (length >> 1) + 1;
  if (wordStarts.length < maxWords) {
    wordStarts = new Int32Array(maxWords);
    wordEnds = new Int32Array(maxWords);
  }
  if (wordChars.length < length) wordChars = new Uint16Array(length);
  const chars = wordChars;
  const starts = wordStarts;
  const ends = wordEnds;
  let n = 0;
  let k = 0;
  let inWord = false;
  for (let i = 0; i < length; i++) {
    let c = lower.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 1) {
        if (!inWord) { starts[n] = k; inWord = true; }
        chars[k++] = c >= 65 && c <= 90 ? c + 32 : c;
      } else if (inWord) {
        ends[n++] = k;
        inWord = false;
      }
      continue;
    }
    const cp = lower.codePointAt(i)!;
    if (WORD_CHAR.test(String.fromCodePoint(cp))) {
      if (!inWord) { starts[n] = k; inWord = true; }
      chars[k++] = c;
      if (cp > 0xffff) {
        c = lower.charCodeAt(++i);
        chars[k++] = c;
      }
    } else {
      if (inWord) { ends[n++] = k; inWord = false; }
      if (cp > 0xffff) i++;
    }
  }
  if (inWord) ends[n++] = k;
  if (n === 0) return new Uint32Array(0);
  const per = Math.min(SHINGLE_WORDS, n);
  const count = n - per + 1;
  const out = new Uint32Array(count);
  for (let first = 0; first < count; first++) {
    let h = 0x811c9dc5;
    for (let i = starts[first]!, end = ends[first]!; i < end; i++) h = Math.imul(h ^ chars[i]!, 0x01000193);
    for (let w = first + 1; w < first + per; w++) {
      h = Math.imul(h ^ 32, 0x01000193);
      for (let i = starts[w]!, end = ends[w]!; i < end; i++) h = Math.imul(h ^ chars[i]!, 0x01000193);
    }
    out[first] = h;
  }
  out.sort();
  let distinct = count > 0 ? 1 : 0;
  for (let i = 1; i < count; i++) if (out[i] !== out[distinct - 1]) out[distinct++] = out[i]!;
  return distinct === count ? out : out.slice(0, distinct);
}

/** The set of hashed shingles of a text: the values of `shingleSet`, as a Set. */
export function shingleHashes(text: string): Set<number> {
  return new Set(shingleSet(text));
}

export function minhashSignature(shingles: Set<number> | Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  const xs = shingles instanceof Uint32Array ? shingles : Uint32Array.from(shingles);
  const n = xs.length;
  // One hash function at a time over all shingles: a tight loop over a typed array with the minimum in a
  // register. Minima compared as unsigned 32-bit values, as stored.
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    const a = A[i]!;
    const b = B[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const h = (Math.imul(a, xs[j]!) + b) >>> 0;
      if (h < min) min = h;
    }
    sig[i] = min;
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

/** Jaccard similarity of two sorted, distinct arrays (as `shingleSet` returns), by merging them. */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 && nb === 0) return 1;
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) { inter++; i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  return inter / (na + nb - inter);
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
