// Story cores: each story of some size is characterised by its heaviest names. When stories are compared with
// each other (batch-end merges), a name counts by how few stories' cores hold it, so two stories sharing only
// names common to many stories ("United States") stay apart.
import type { Story } from './model.js';
import type { StoryOptions } from './options.js';
import { norm, type Centroid, type Sparse } from './vectors.js';

/** Entity weights scaled by their story specificity, with the norm of the result. */
export interface SpecificWeights {
  v: Sparse;
  norm: number;
  /** `v`'s entries heaviest first, and beside each the norm of it and of all lighter ones (for `reaches`). */
  heaviest?: [string, number][];
  tails?: number[];
}

export class StoryCores {
  /** Entity key → how many stories hold it in their core; and how many stories have a core. */
  private readonly coreDf = new Map<string, number>();
  private coredStories = 0;
  /** specificity by core count n, for the story total `memoTotal`. */
  private readonly memo: number[] = [];
  private memoTotal = -1;
  /** Bumped whenever a core changes (so any specificity may have); keys the cache of weighted norms. */
  private counts = 0;
  /** A centroid's weighted norm, with the count version and centroid version it was computed at. */
  private readonly norms = new WeakMap<Centroid, [number, number, number]>();

  constructor(private readonly o: StoryOptions) {}

  /** Recomputes a story's core and keeps the counts in step (`drop`: the story is gone). */
  update(s: Story, drop = false): void {
    const o = this.o;
    const next = !drop && s.articles >= o.coreMinArticles ? s.entities.top(o.coreSize) : [];
    if (s.core.length > 0) this.coredStories--;
    if (next.length > 0) this.coredStories++;
    const nextSet = new Set(next);
    for (const k of s.core) {
      if (nextSet.has(k)) continue;
      const n = (this.coreDf.get(k) ?? 1) - 1;
      if (n <= 0) this.coreDf.delete(k);
      else this.coreDf.set(k, n);
    }
    const prev = new Set(s.core);
    for (const k of next) if (!prev.has(k)) this.coreDf.set(k, (this.coreDf.get(k) ?? 0) + 1);
    if (next.length !== s.core.length || next.some((k) => !prev.has(k))) this.counts++;
    s.core = next;
  }

  /**
   * How specific a name is to few stories: log((S + 1) / n) / log(S + 1) when n ≥ 1 of the S stories with a
   * core hold it in theirs (1 when none or one does), raised to `mergeStoryIdf`. A name in every story's core
   * ("United States") weighs almost nothing; a name in one story's core ("BP") keeps its full weight however
   * many articles that story has — unlike document frequency, which punishes exactly the names of big
   * storylines.
   */
  specificity(key: string): number {
    const total = this.coredStories + 1;
    if (total <= 2) return 1;
    const n = Math.min(this.coreDf.get(key) ?? 0, this.coredStories);
    if (n <= 1) return 1;
    // The value depends only on (total, n): merges read every name of every candidate story, so it is
    // computed once per count while the number of cored stories stays the same.
    if (this.memoTotal !== total) {
      this.memo.length = 0;
      this.memoTotal = total;
    }
    let x = this.memo[n];
    if (x === undefined) {
      x = (Math.log(total / n) / Math.log(total)) ** this.o.mergeStoryIdf;
      this.memo[n] = x;
    }
    return x;
  }

  /** A centroid's entity weights scaled by their story specificity. */
  specificWeights(c: Centroid): SpecificWeights {
    const v: Sparse = new Map();
    for (const [k, x] of c.weights) v.set(k, x * this.specificity(k));
    return { v, norm: norm(v) };
  }

  /**
   * The norm of `c`'s weighted names, summed in its key order. One batch's merge checks read the same candidate
   * stories many times while few cores change, so it is kept until the cores or the centroid change.
   */
  private weightedNorm(c: Centroid): number {
    const known = this.norms.get(c);
    if (known && known[0] === this.counts && known[1] === c.changes) return known[2];
    let sq = 0;
    for (const [k, x] of c.weights) {
      const y = x * this.specificity(k);
      sq += y * y;
    }
    const n = Math.sqrt(sq);
    this.norms.set(c, [this.counts, c.changes, n]);
    return n;
  }

  /**
   * Whether the specificity-weighted cosine of `a` with `c` may reach `min`: false only when it cannot. A merge
   * check compares one story with every story sharing a name and nearly all fall short of the name bar; the
   * heaviest names decide that after a few lookups (the rest of the dot product is at most the norm of what is
   * left of `a` times the norm of what is left of `c`, Cauchy-Schwarz), where the cosine itself reads every name.
   */
  reaches(a: SpecificWeights, c: Centroid, min: number): boolean {
    if (min <= 0) return true;
    const bNorm = this.weightedNorm(c);
    if (a.norm === 0 || bNorm === 0) return false;
    if (!a.heaviest || !a.tails) {
      a.heaviest = [...a.v].sort((x, y) => y[1] - x[1]);
      a.tails = new Array<number>(a.heaviest.length);
      let sq = 0;
      for (let i = a.heaviest.length - 1; i >= 0; i--) {
        sq += a.heaviest[i]![1] ** 2;
        a.tails[i] = Math.sqrt(sq);
      }
    }
    // A hair below the bar: the cosine is summed in another order by `specificCosine`, and rounding must never
    // make a story this check turned away reach the bar there.
    const need = min * a.norm * bNorm * (1 - 1e-9);
    let dot = 0;
    let bLeft = bNorm * bNorm;
    for (let i = 0; i < a.heaviest.length; i++) {
      if (dot + a.tails[i]! * Math.sqrt(Math.max(0, bLeft)) * (1 + 1e-9) < need) return false;
      const [k, x] = a.heaviest[i]!;
      const w = c.weights.get(k);
      if (w === undefined) continue;
      const y = w * this.specificity(k);
      dot += x * y;
      bLeft -= y * y;
    }
    return dot >= need;
  }

  /** Cosine of specificity-weighted entity centroids (`a` already weighted, as it is compared many times). */
  specificCosine(a: SpecificWeights, c: Centroid): number {
    // The same sums as weighting `c` into a map of its own (its norm in its own key order, the dot product in
    // `a`'s), without building the map: this runs for every candidate of every merge check.
    const bNorm = this.weightedNorm(c);
    if (a.norm === 0 || bNorm === 0) return 0;
    let dot = 0;
    for (const [k, x] of a.v) {
      const w = c.weights.get(k);
      if (w !== undefined) dot += x * (w * this.specificity(k));
    }
    return dot / (a.norm * bNorm);
  }
}
