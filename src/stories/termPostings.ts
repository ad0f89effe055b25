// The term index of the story clusterer: term → the stories whose term centroid holds it, with the story's weight
// for it (a copy of its centroid's, kept in step, so a walk reads no centroid). Each term's stories are filed in
// buckets by the last week the story reports on, so that a walk can leave out the stories whose every week lies
// long before a given week: an archive of twenty years holds twenty years of stories, of which an article can
// join those far from it in time only when their names agree strongly (`namesNeededApart`), and those are found
// through the names (assign.ts). The cost of a walk then follows the stories of recent years, not the archive.
import type { Story } from './model.js';

/** Weeks of last reported week per bucket: small enough to leave out most old stories, large enough that few move. */
const BUCKET_WEEKS = 26;

interface Bucket {
  /** The last reported weeks of its stories lie in [epoch × BUCKET_WEEKS, (epoch + 1) × BUCKET_WEEKS). */
  epoch: number;
  stories: Map<Story, number>;
}

/** The bucket a story is filed in: that of its last reported week (Infinity when it has none: always walked). */
function epochOf(s: Story): number {
  const last = s.whenWeeks[s.whenWeeks.length - 1];
  return last === undefined ? Infinity : Math.floor(last / BUCKET_WEEKS);
}

export class TermPostings {
  /** Term → its buckets, oldest first. */
  private readonly lists = new Map<string, Bucket[]>();
  /** The bucket each posted story is filed in, and how many stories each bucket's epoch holds. */
  private readonly filed = new Map<Story, number>();
  private readonly filedPerEpoch = new Map<number, number>();

  /**
   * Posts `s` with its centroid's weights under `keys` (those it still holds), after taking it off `dropped`.
   * A story whose last reported week moved to another bucket since it was last posted moves there whole.
   */
  post(s: Story, keys: Iterable<string>, dropped: Iterable<string> = []): void {
    for (const k of dropped) this.remove(s, k);
    this.refile(s);
    const epoch = this.filed.get(s)!;
    for (const k of keys) {
      const w = s.terms.weights.get(k);
      if (w !== undefined) this.bucket(k, epoch, true)!.stories.set(s, w);
    }
  }

  /** Files `s` under the bucket of its current last reported week, moving the keys it is posted under. */
  refile(s: Story): void {
    const was = this.filed.get(s);
    const epoch = epochOf(s);
    if (was === epoch) return;
    this.file(s, epoch);
    if (was === undefined) return;
    for (const k of s.terms.weights.keys()) {
      const from = this.bucket(k, was, false);
      const w = from?.stories.get(s);
      if (w === undefined) continue;
      this.unlink(k, from!, s);
      this.bucket(k, epoch, true)!.stories.set(s, w);
    }
  }

  /** Takes `s` off the postings of `k`. */
  remove(s: Story, k: string): void {
    const epoch = this.filed.get(s);
    if (epoch === undefined) return;
    const b = this.bucket(k, epoch, false);
    if (b) this.unlink(k, b, s);
  }

  /** Takes `s` off every posting (it was merged into another story). */
  drop(s: Story, keys: Iterable<string>): void {
    for (const k of keys) this.remove(s, k);
    this.file(s, undefined);
  }

  /** Whether a walk since `sinceWeek` leaves out any story (one filed in an earlier bucket). */
  leavesOut(sinceWeek: number): boolean {
    const firstEpoch = Math.floor(sinceWeek / BUCKET_WEEKS);
    for (const epoch of this.filedPerEpoch.keys()) if (epoch < firstEpoch) return true;
    return false;
  }

  /**
   * Dot products of `terms` with every story sharing a term with it whose last reported week is `sinceWeek` or
   * later (and some earlier ones: buckets are read whole), summed in `terms`' key order.
   */
  dots(terms: Map<string, number>, sinceWeek = -Infinity): Map<Story, number> {
    const out = new Map<Story, number>();
    // A bucket holds last weeks up to (epoch + 1) × BUCKET_WEEKS - 1: it is read when that reaches `sinceWeek`.
    const firstEpoch = Math.floor(sinceWeek / BUCKET_WEEKS);
    for (const [k, x] of terms) {
      const buckets = this.lists.get(k);
      if (!buckets) continue;
      for (let i = buckets.length - 1; i >= 0; i--) {
        const b = buckets[i]!;
        if (b.epoch < firstEpoch) break;
        for (const [s, w] of b.stories) out.set(s, (out.get(s) ?? 0) + x * w);
      }
    }
    return out;
  }

  /** The bucket of `k` for `epoch` (made when `make`, kept in epoch order). */
  private bucket(k: string, epoch: number, make: boolean): Bucket | undefined {
    let buckets = this.lists.get(k);
    if (!buckets) {
      if (!make) return undefined;
      buckets = [];
      this.lists.set(k, buckets);
    }
    // Stories are mostly filed in recent buckets: search from the newest.
    let i = buckets.length - 1;
    while (i >= 0 && buckets[i]!.epoch > epoch) i--;
    if (i >= 0 && buckets[i]!.epoch === epoch) return buckets[i];
    if (!make) return undefined;
    const b: Bucket = { epoch, stories: new Map() };
    buckets.splice(i + 1, 0, b);
    return b;
  }

  private file(s: Story, epoch: number | undefined): void {
    const was = this.filed.get(s);
    if (was !== undefined) {
      const n = this.filedPerEpoch.get(was)! - 1;
      if (n > 0) this.filedPerEpoch.set(was, n);
      else this.filedPerEpoch.delete(was);
    }
    if (epoch === undefined) {
      this.filed.delete(s);
      return;
    }
    this.filed.set(s, epoch);
    this.filedPerEpoch.set(epoch, (this.filedPerEpoch.get(epoch) ?? 0) + 1);
  }

  private unlink(k: string, b: Bucket, s: Story): void {
    b.stories.delete(s);
    if (b.stories.size > 0) return;
    const buckets = this.lists.get(k)!;
    buckets.splice(buckets.indexOf(b), 1);
    if (buckets.length === 0) this.lists.delete(k);
  }
}
