// The term index of the story clusterer: term → the stories whose term centroid holds it, with the story's weight
// for it (a copy of its centroid's, kept in step, so a walk reads no centroid). Stories whose every reported week
// lies before a boundary that follows the stream are kept apart, in an archive: an archive of twenty years holds
// twenty years of stories, of which an article can join those far from it in time only when their names agree
// strongly (`namesNeededApart`), and those are found through the names (assign.ts). A walk for an article of
// recent weeks reads only the stories of recent years, so its cost follows them, not the archive.
import type { Story } from './model.js';

type Postings = Map<string, Map<Story, number>>;

/** The last week a story reports on (Infinity when it has none: never archived). */
function lastWeek(s: Story): number {
  return s.whenWeeks[s.whenWeeks.length - 1] ?? Infinity;
}

export class TermPostings {
  private readonly recent: Postings = new Map();
  private readonly archive: Postings = new Map();
  /** The archived stories; each reports on no week at or after `boundary`. */
  private readonly archived = new Set<Story>();
  private boundary = -Infinity;

  /**
   * Posts `s` with its centroid's weights under `keys` (those it still holds), after taking it off `dropped`.
   * An archived story that now reports on a week at or after the boundary comes back whole.
   */
  post(s: Story, keys: Iterable<string>, dropped: Iterable<string> = []): void {
    for (const k of dropped) this.remove(s, k);
    // A story restored from a saved state goes straight to where it belongs, rather than being moved there later.
    if (!this.archived.has(s) && lastWeek(s) < this.boundary) this.move(s, this.recent, this.archive, true);
    this.refile(s);
    const postings = this.archived.has(s) ? this.archive : this.recent;
    for (const k of keys) {
      const w = s.terms.weights.get(k);
      if (w === undefined) continue;
      let stories = postings.get(k);
      if (!stories) {
        stories = new Map();
        postings.set(k, stories);
      }
      stories.set(s, w);
    }
  }

  /** Brings `s` back from the archive when it reports on a week at or after the boundary. */
  refile(s: Story): void {
    if (this.archived.has(s) && lastWeek(s) >= this.boundary) this.move(s, this.archive, this.recent, false);
  }

  /** Archives the stories of `stories` whose every reported week is before `week` (the boundary only advances). */
  archiveBefore(week: number, stories: Iterable<Story>): void {
    if (week <= this.boundary) return;
    this.boundary = week;
    for (const s of stories) if (!this.archived.has(s) && lastWeek(s) < week) this.move(s, this.recent, this.archive, true);
  }

  /** Takes `s` off the postings of `k`. */
  remove(s: Story, k: string): void {
    const postings = this.archived.has(s) ? this.archive : this.recent;
    const stories = postings.get(k);
    if (!stories?.delete(s)) return;
    if (stories.size === 0) postings.delete(k);
  }

  /** Takes `s` off every posting (it was merged into another story). */
  drop(s: Story, keys: Iterable<string>): void {
    for (const k of keys) this.remove(s, k);
    this.archived.delete(s);
  }

  /** Whether a walk since `sinceWeek` leaves out any story. */
  leavesOut(sinceWeek: number): boolean {
    return this.archived.size > 0 && sinceWeek >= this.boundary;
  }

  /**
   * Dot products of `terms` with every story sharing a term with it, summed in `terms`' key order; stories whose
   * every reported week is before `sinceWeek` may be left out (archived ones are, when the boundary allows).
   */
  dots(terms: Map<string, number>, sinceWeek = -Infinity): Map<Story, number> {
    const out = new Map<Story, number>();
    const all = !this.leavesOut(sinceWeek);
    for (const [k, x] of terms) {
      const stories = this.recent.get(k);
      if (stories) for (const [s, w] of stories) out.set(s, (out.get(s) ?? 0) + x * w);
      const old = all ? this.archive.get(k) : undefined;
      if (old) for (const [s, w] of old) out.set(s, (out.get(s) ?? 0) + x * w);
    }
    return out;
  }

  /** Moves every key `s` is posted under from one set of postings to the other. */
  private move(s: Story, from: Postings, to: Postings, archive: boolean): void {
    for (const k of s.terms.weights.keys()) {
      const stories = from.get(k);
      const w = stories?.get(s);
      if (w === undefined) continue;
      stories!.delete(s);
      if (stories!.size === 0) from.delete(k);
      let into = to.get(k);
      if (!into) {
        into = new Map();
        to.set(k, into);
      }
      into.set(s, w);
    }
    if (archive) this.archived.add(s);
    else this.archived.delete(s);
  }
}
