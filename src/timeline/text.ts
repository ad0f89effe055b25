// Bag-of-words vectors for sentence selection: lowercase word tokens, English stopwords removed, tf-idf
// weights with a smoothed idf, rows normalised to unit length. Sparse vectors are plain Maps, which is
// cheap enough for a few hundred thousand sentences and keeps the code dependency-free.

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

/** Lowercased content words of `text` (two or more word characters, stopwords removed). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}_]{2,}/gu)) {
    const w = m[0];
    if (!STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** A tf-idf model fitted on one collection of texts. */
export class TfIdf {
  private readonly vocab = new Map<string, number>();
  private idf: Float64Array = new Float64Array(0);

  /** Fits document frequencies on `texts` (each text is one "document", here usually a sentence). */
  constructor(texts: Iterable<string>) {
    const df: number[] = [];
    let n = 0;
    for (const text of texts) {
      n++;
      const seen = new Set<number>();
      for (const w of contentWords(text)) {
        let id = this.vocab.get(w);
        if (id === undefined) {
          id = this.vocab.size;
          this.vocab.set(w, id);
          df.push(0);
        }
        if (!seen.has(id)) {
          seen.add(id);
          df[id]!++;
        }
      }
    }
    this.idf = new Float64Array(df.length);
    for (let i = 0; i < df.length; i++) this.idf[i] = Math.log((1 + n) / (1 + df[i]!)) + 1;
  }

  /** The unit-length tf-idf vector of `text`; words unseen at fit time are ignored. */
  vector(text: string): SparseVector {
    const v: SparseVector = new Map();
    for (const w of contentWords(text)) {
      const id = this.vocab.get(w);
      if (id === undefined) continue;
      v.set(id, (v.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of v) v.set(id, tf * this.idf[id]!);
    return normalize(v);
  }
}

export function normalize(v: SparseVector): SparseVector {
  let sq = 0;
  for (const x of v.values()) sq += x * x;
  if (sq === 0) return v;
  const inv = 1 / Math.sqrt(sq);
  const out: SparseVector = new Map();
  for (const [k, x] of v) out.set(k, x * inv);
  return out;
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
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

/** Adds `scale * v` into `acc` in place. */
export function addInto(acc: SparseVector, v: SparseVector, scale = 1): void {
  for (const [k, x] of v) acc.set(k, (acc.get(k) ?? 0) + scale * x);
}
