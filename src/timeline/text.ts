// Bag-of-words vectors for sentence selection: lowercase word tokens, English stopwords removed, tf-idf
// weights with a smoothed idf, rows normalised to unit length. Sparse vectors are plain Maps, which is
// cheap enough for a few hundred thousand sentences and keeps the code dependency-free.

import { grown, Vocabulary } from './vocabulary.js';

/** Common English function words that carry no topical content. */
const STOPWORDS = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am ' +
    'among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because ' +
    'become becomes becoming been before beforehand behind being below beside besides between beyond both but by ' +
    'can cannot could did do does doing done down during each either else elsewhere enough etc even ever every ' +
    'everyone everything everywhere except few for former formerly from further had has have having he hence her ' +
    'here hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself ' +
    'just last latter latterly least less many may me meanwhile might mine more moreover most mostly much must my ' +
    'myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often ' +
    'on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put rather ' +
    're same say says said see seem seemed seeming seems several she should since so some somehow someone something ' +
    'sometime sometimes somewhere still such than that the their theirs them themselves then thence there ' +
    'thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to ' +
    'together too toward towards under until up upon us very via was we well were what whatever when whence ' +
    'whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever ' +
    'whole whom whose why will with within without would yet you your yours yourself yourselves ll ve don didn ' +
    'doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn aren'
  ).split(' '),
);

export type SparseVector = Map<number, number>;

/** Word characters outside ASCII (letters and digits of any script). */
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/**
 * Lowercased content words of `text` (runs of two or more letters, digits or underscores, stopwords
 * removed). A character loop rather than a Unicode regex: this runs over every sentence of a collection.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  scanContentWords(text.toLowerCase(), (w) => out.push(w));
  return out;
}

/**
 * Calls `found` with each content word of `lower` (an already lowercased text) and where it starts, in text
 * order: the one tokeniser behind contentWords and the stored timeline index (record.ts), which keeps words as
 * places in the text.
 */
export function scanContentWords(lower: string, found: (word: string, start: number) => void): void {
  const n = lower.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let width = 1;
    if (i < n) {
      const c = lower.charCodeAt(i);
      if (c < 128) {
        word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
      } else {
        const cp = lower.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        word = NON_ASCII_WORD.test(String.fromCodePoint(cp));
      }
    }
    if (word) {
      if (start < 0) start = i;
      i += width - 1;
    } else if (start >= 0) {
      const w = lower.slice(start, i);
      const at = start;
      start = -1;
      if (countChars(w) >= 2 && !STOPWORDS.has(w)) found(w, at);
    }
  }
}

/** Number of characters (code points) of a short string; its length in UTF-16 units when all are single. */
function countChars(w: string): number {
  if (w.length >= 4) return w.length; // at least two code points whatever the surrogates
  let k = 0;
  for (const _ of w) k++;
  return k;
}

/**
 * A tf-idf model fitted on one collection of texts. Texts can be added one by one with `add`, which returns
 * their word ids so that a caller vectorising the same texts does not tokenise them twice; `vector` and
 * `vectorOfIds` use the document frequencies of every text added so far.
 */
export class TfIdf {
  /** The words: ids are handed out in the order words are first seen. */
  private readonly vocabulary = new Vocabulary();
  /** Per word id, in typed arrays grown as words come: counted for every sentence read. */
  private df: Int32Array = new Int32Array(4096);
  /** Per word, the number of the last document that counted it (so a word counts once per document). */
  private lastDoc: Int32Array = new Int32Array(4096);
  private n = 0;
  private idf: Float64Array | undefined;
  /** Per word, scratch space of vectorOfIds (all zero between calls); sized with `idf`. */
  private counts: Float64Array | undefined;

  /** Fits document frequencies on `texts` (each text is one "document", here usually a sentence). */
  constructor(texts: Iterable<string> = []) {
    for (const text of texts) this.add(text);
  }

  /** Counts `text` as one more document; returns the ids of its content words in text order. */
  add(text: string): Int32Array {
    const words = contentWords(text);
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = this.idOf(words[i]!);
    return this.addIds(ids);
  }

  /** The id of `word` (lowercased), given it now when it has none. */
  idOf(word: string): number {
    return this.counted(this.vocabulary.idOf(word));
  }

  /** idOf(text.slice(at, at + length).toLowerCase()), without making the string when it can (Vocabulary.idAt). */
  idAt(text: string, at: number, length: number): number {
    return this.counted(this.vocabulary.idAt(text, at, length));
  }

  /** `id`, with room to count it. */
  private counted(id: number): number {
    if (id >= this.df.length) {
      this.df = grown(this.df, 2 * this.df.length);
      this.lastDoc = grown(this.lastDoc, 2 * this.lastDoc.length);
    }
    return id;
  }

  /** Counts one more document made of the words with these ids (from idOf; `ids[from..to)`); returns `ids`. */
  addIds(ids: Int32Array, from = 0, to = ids.length): Int32Array {
    const doc = ++this.n;
    const df = this.df;
    const lastDoc = this.lastDoc;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id]!++;
      }
    }
    this.idf = undefined;
    return ids;
  }

  private weights(): Float64Array {
    if (!this.idf) {
      const size = this.vocabulary.size;
      const idf = new Float64Array(size);
      for (let i = 0; i < size; i++) idf[i] = Math.log((1 + this.n) / (1 + this.df[i]!)) + 1;
      this.idf = idf;
      this.counts = new Float64Array(size);
    }
    return this.idf;
  }

  /** The unit-length tf-idf vector of `text`; words never added are ignored. */
  vector(text: string): SparseVector {
    const ids: number[] = [];
    for (const w of contentWords(text)) {
      const id = this.vocabulary.known(w);
      if (id >= 0) ids.push(id);
    }
    return this.vectorOfIds(ids);
  }

  /**
   * The unit-length tf-idf vector of a text given as the word ids `add` returned (`ids[from..to)`): its words in
   * order of first use, each weighed once. Counts are taken in a scratch array: the map is written once per word.
   */
  vectorOfIds(ids: ArrayLike<number>, from = 0, to = ids.length): SparseVector {
    const v: SparseVector = new Map();
    this.eachWeight(ids, from, to, (x, id) => {
      v.set(id, x);
    });
    return v;
  }

  /**
   * Calls `add` with each (weight, word id) of vectorOfIds(ids, from, to), in its order, without making the map: a
   * sum over thousands of sentences (a story's direction) needs their weights once, not a map each.
   */
  eachWeight(ids: ArrayLike<number>, from: number, to: number, add: (x: number, id: number) => void): void {
    const idf = this.weights();
    const tf = this.counts!;
    const order: number[] = [];
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (tf[id] === 0) order.push(id);
      tf[id]!++;
    }
    let sq = 0;
    for (const id of order) {
      const x = tf[id]! * idf[id]!;
      tf[id] = x;
      sq += x * x;
    }
    const inv = sq > 0 ? 1 / Math.sqrt(sq) : 1;
    for (const id of order) {
      const x = sq > 0 ? tf[id]! * inv : tf[id]!;
      tf[id] = 0;
      add(x, id);
    }
  }
}

export function normalize(v: SparseVector): SparseVector {
  let sq = 0;
  for (const x of v.values()) sq += x * x;
  if (sq === 0) return v;
  const inv = 1 / Math.sqrt(sq);
  const out: SparseVector = new Map();
  v.forEach((x, k) => {
    out.set(k, x * inv);
  });
  return out;
}

// Vectors are walked with forEach: `for (const [k, x] of map)` made an entry array per word (a tenth of the garbage
// of a large request).
export function dot(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let s = 0;
  small.forEach((x, k) => {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  });
  return s;
}

/**
 * dot(vectors[i], vectors[j]) for every pair, exactly as `dot` gives it, as a function of (i, j). Each vector's
 * products with all the others are summed along its own words through an index of who has each word, in the
 * order `dot` sums them when that vector is the smaller one (the one it walks): no map lookup per pair.
 */
export function pairwiseDots(vectors: readonly SparseVector[]): (i: number, j: number) => number {
  const n = vectors.length;
  const holders = new Map<number, { at: number[]; x: number[] }>();
  for (let j = 0; j < n; j++) {
    vectors[j]!.forEach((x, k) => {
      const h = holders.get(k);
      if (h) {
        h.at.push(j);
        h.x.push(x);
      } else holders.set(k, { at: [j], x: [x] });
    });
  }
  // along[i * n + j]: the products of vectors[i] and vectors[j], summed in the word order of vectors[i].
  const along = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    vectors[i]!.forEach((x, k) => {
      const h = holders.get(k)!;
      for (let t = 0; t < h.at.length; t++) along[row + h.at[t]!]! += x * h.x[t]!;
    });
  }
  return (i, j) => (vectors[i]!.size <= vectors[j]!.size ? along[i * n + j]! : along[j * n + i]!);
}

export function norm(v: SparseVector): number {
  let sq = 0;
  for (const x of v.values()) sq += x * x;
  return Math.sqrt(sq);
}

/** Cosine similarity; 0 when either vector is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Scratch sums and marks of sumOf, indexed by word id (all zero between calls); grown as ids grow. */
let sums = new Float64Array(4096);
let marks = new Uint8Array(4096);

/**
 * The sum of `scale(item) * vector(item)` over the items: the map that addInto of each into an empty map gives (the
 * same words in the same order, each the same sum in the same order), added up in a scratch array and written once.
 */
export function sumOf<T>(items: Iterable<T>, vector: (item: T) => SparseVector, scale?: (item: T) => number):
  SparseVector {
  return sumOfWeights(items, (item, add) => vector(item).forEach(add), scale);
}

/** sumOf, each item's vector given as its (weight, word id) in order (TfIdf.eachWeight). */
export function sumOfWeights<T>(items: Iterable<T>, weights: (item: T, add: (x: number, k: number) => void) => void,
  scale?: (item: T) => number): SparseVector {
  const order: number[] = [];
  let acc = sums;
  let seen = marks;
  let factor = 1;
  const add = (x: number, k: number): void => {
    if (k >= acc.length) {
      grow(k);
      acc = sums;
      seen = marks;
    }
    if (seen[k] === 0) {
      seen[k] = 1;
      order.push(k);
    }
    acc[k]! += factor * x;
  };
  for (const item of items) {
    factor = scale ? scale(item) : 1;
    weights(item, add);
  }
  const out: SparseVector = new Map();
  for (const k of order) {
    out.set(k, acc[k]!);
    acc[k] = 0;
    seen[k] = 0;
  }
  return out;
}

function grow(k: number): void {
  const size = Math.max(2 * sums.length, k + 1);
  const nextSums = new Float64Array(size);
  nextSums.set(sums);
  const nextMarks = new Uint8Array(size);
  nextMarks.set(marks);
  sums = nextSums;
  marks = nextMarks;
}

/** Adds `scale * v` into `acc` in place. */
export function addInto(acc: SparseVector, v: SparseVector, scale = 1): void {
  v.forEach((x, k) => {
    acc.set(k, (acc.get(k) ?? 0) + scale * x);
  });
}
