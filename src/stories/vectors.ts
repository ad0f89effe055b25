// Sparse vectors for the story clusterer: term → weight maps, cosine, and bounded centroids that keep only
// their heaviest entries (so a story followed for months costs the same memory as one seen for a day).

export type Sparse = Map<string, number>;

export function norm(v: Sparse): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** The `k` heaviest entries of `v` (all of them when it has no more than `k`). */
export function topK(v: Sparse, k: number): Sparse {
  if (v.size <= k) return v;
  const entries = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
  return new Map(entries);
}

/** `v` scaled to unit length (an empty or zero vector stays as it is). */
export function normalise(v: Sparse): Sparse {
  const n = norm(v);
  if (n === 0) return v;
  const out: Sparse = new Map();
  for (const [k, x] of v) out.set(k, x / n);
  return out;
}

/** Cosine of two vectors given their norms (0 when either is empty). Iterates the smaller one. */
export function cosine(a: Sparse, aNorm: number, b: Sparse, bNorm: number): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / (aNorm * bNorm);
}

/**
 * A running sum of unit article vectors, pruned to its `capacity` heaviest entries. Pruning runs only when
 * the map has grown to twice the capacity, so adding is amortised O(article size).
 */
export class Centroid {
  readonly weights: Sparse;
  private cachedNorm = -1;
  /** Counts the changes of `weights` made through this class, for caches of values derived from them. */
  changes = 0;

  constructor(readonly capacity: number, weights?: Sparse) {
    this.weights = weights ?? new Map();
  }

  /** Adds `v`; returns the keys pruning dropped (usually none). */
  add(v: Sparse): string[] {
    for (const [k, x] of v) this.weights.set(k, (this.weights.get(k) ?? 0) + x);
    this.cachedNorm = -1;
    this.changes++;
    return this.weights.size > 2 * this.capacity ? this.prune() : [];
  }

  /** Keeps the `capacity` heaviest entries; returns the keys dropped. */
  prune(): string[] {
    if (this.weights.size <= this.capacity) return [];
    const keep = topK(this.weights, this.capacity);
    const dropped = [...this.weights.keys()].filter((k) => !keep.has(k));
    this.weights.clear();
    for (const [k, x] of keep) this.weights.set(k, x);
    this.cachedNorm = -1;
    this.changes++;
    return dropped;
  }

  get norm(): number {
    if (this.cachedNorm < 0) this.cachedNorm = norm(this.weights);
    return this.cachedNorm;
  }

  cosine(v: Sparse, vNorm: number): number {
    return cosine(v, vNorm, this.weights, this.norm);
  }

  /** The heaviest `n` keys, heaviest first. */
  top(n: number): string[] {
    return [...topK(this.weights, n)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  }

  /** Compact JSON: [key, weight] pairs, weights rounded to 4 significant decimals, pruned first. */
  toJSON(): [string, number][] {
    this.prune();
    return [...this.weights].map(([k, x]) => [k, Math.round(x * 1e4) / 1e4]);
  }

  static fromJSON(capacity: number, pairs: unknown, what: string): Centroid {
    if (!Array.isArray(pairs)) throw new Error(`story state: ${what} is not a list of [key, weight] pairs`);
    const m: Sparse = new Map();
    for (const p of pairs) {
      if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number') {
        throw new Error(`story state: ${what} holds a malformed entry ${JSON.stringify(p)}`);
      }
      m.set(p[0], p[1]);
    }
    return new Centroid(capacity, m);
  }
}
