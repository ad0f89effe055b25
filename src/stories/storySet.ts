// The stories seen so far and the bookkeeping that must stay in step with them: inverted indexes from each
// term and name to the stories whose centroids hold it (so an article is compared only with stories it shares
// a key with), story cores, the ids handed out, and which story each merged story now belongs to.
import { StoryCores } from './cores.js';
import { keepHeadlines, STORY_HEADLINES } from './headline.js';
import type { ArticleVectors, Story } from './model.js';
import type { StoryOptions } from './options.js';
import { TermPostings } from './termPostings.js';
import { Centroid, type Sparse } from './vectors.js';
import { addWeeks, weekOf, weeksApart } from './when.js';

/** Story → [dot product of term vectors, dot product of entity vectors]. */
export type StoryDots = Map<Story, [number, number]>;

type Postings = Map<string, Set<Story>>;

export class StorySet {
  readonly list: Story[] = [];
  /** The stories of `list`, for membership tests that do not walk the list. */
  private readonly alive = new Set<Story>();
  /** Merged story id → the story it was merged into. */
  readonly aliases = new Map<number, number>();
  nextStoryId = 1;
  nextEventId = 1;
  readonly cores: StoryCores;
  /** Candidate lookup: term or entity key → stories whose centroid holds it (rebuilt from the state). */
  private readonly termIndex = new TermPostings();
  private readonly entityIndex: Postings = new Map();

  constructor(private readonly o: StoryOptions) {
    this.cores = new StoryCores(o);
  }

  /** A new empty story published from `day`, reporting on `when` (by default the same day). */
  create(day: number, when = day): Story {
    const s: Story = {
      id: this.nextStoryId++,
      first: day,
      last: day,
      whenWeeks: [weekOf(when)],
      articles: 0,
      joins: 0,
      joinScoreSum: 0,
      terms: new Centroid(this.o.storyTerms),
      entities: new Centroid(this.o.storyEntities),
      events: [],
      headlines: [],
      core: [],
    };
    this.list.push(s);
    this.alive.add(s);
    return s;
  }

  /** Adds a story read back from saved state. */
  restore(s: Story): void {
    this.list.push(s);
    this.alive.add(s);
    this.termIndex.post(s, s.terms.weights.keys());
    index(this.entityIndex, s, s.entities.weights, []);
    this.cores.update(s);
  }

  has(s: Story): boolean {
    return this.alive.has(s);
  }

  /** Adds one article's vectors to a story. */
  grow(s: Story, v: ArticleVectors): void {
    s.articles++;
    s.first = Math.min(s.first, v.day);
    s.last = Math.max(s.last, v.day);
    // A publication date far from every day the story reports on is not taken as a new day of the story: the
    // article joined on what it says, and a feed's date (an archive re-published, a placeholder) may be wrong.
    const week = weekOf(v.when);
    if (v.stated || weeksApart([week], s.whenWeeks) <= this.o.distantDays) addWeeks(s.whenWeeks, [week]);
    this.termIndex.post(s, v.terms.keys(), s.terms.add(v.terms));
    index(this.entityIndex, s, v.entities, s.entities.add(v.entities));
    if (v.headline) keepHeadlines(s.headlines, [v.headline], s.terms, STORY_HEADLINES);
    this.cores.update(s);
  }

  /**
   * Prunes every story's centroids to their capacity, as saving does, and takes the keys dropped off the
   * postings: left there, they would be read by every later walk of those keys, a cost growing with each save.
   */
  pruneCentroids(): void {
    for (const s of this.list) {
      for (const k of s.terms.prune()) this.termIndex.remove(s, k);
      for (const k of s.entities.prune()) this.entityIndex.get(k)?.delete(s);
    }
  }

  /** Folds `from` into `into`; `from`'s id becomes an alias of `into`'s. */
  merge(into: Story, from: Story): void {
    this.termIndex.post(into, from.terms.weights.keys(), into.terms.add(from.terms.weights));
    index(this.entityIndex, into, from.entities.weights, into.entities.add(from.entities.weights));
    this.termIndex.drop(from, from.terms.weights.keys());
    for (const k of from.entities.weights.keys()) this.entityIndex.get(k)?.delete(from);
    into.articles += from.articles;
    into.joins += from.joins;
    into.joinScoreSum += from.joinScoreSum;
    into.first = Math.min(into.first, from.first);
    into.last = Math.max(into.last, from.last);
    addWeeks(into.whenWeeks, from.whenWeeks);
    this.termIndex.refile(into);
    into.events.push(...from.events);
    keepHeadlines(into.headlines, from.headlines, into.terms, STORY_HEADLINES);
    this.list.splice(this.list.indexOf(from), 1);
    this.alive.delete(from);
    this.aliases.set(from.id, into.id);
    this.cores.update(from, true);
    this.cores.update(into);
  }

  /**
   * The story an id now belongs to: a story merged into another answers with the survivor's id. Articles
   * assigned before a merge keep the old id in the store; callers map it through here (or `members`).
   */
  canonical(storyId: number): number {
    return canonicalOf(this.aliases, storyId);
  }

  /** Every story id that now belongs to `storyId`'s story (itself and the stories merged into it). */
  members(storyId: number): number[] {
    return membersOf(this.aliases, storyId);
  }

  /**
   * Dot products of a term vector with every story centroid sharing a term with it, summed in its key order;
   * with `sinceWeek`, stories whose every reported week is earlier may be left out (termPostings.ts).
   */
  termDots(terms: Sparse, sinceWeek?: number): Map<Story, number> {
    return this.termIndex.dots(terms, sinceWeek);
  }

  /**
   * Sets apart from the term walk the stories whose every reported week lies more than `distantDays` (and half a
   * year more, so that stories are not moved back and forth) before `newestDay`'s week.
   */
  archiveBefore(newestDay: number): void {
    if (Number.isFinite(newestDay)) this.termIndex.archiveBefore(Math.floor(weekOf(newestDay) - this.o.distantDays / 7) - 26, this.list);
  }

  /** Whether `termDots` since `sinceWeek` leaves out any story. */
  leavesOut(sinceWeek: number): boolean {
    return this.termIndex.leavesOut(sinceWeek);
  }

  /** The stories whose entity centroid may reach a cosine of `minCosine` with `entities`, found by `usable` keys. */
  entityCandidates(entities: Sparse, entitiesNorm: number, minCosine: number, usable?: (k: string) => boolean): Set<Story> {
    return candidates(this.entityIndex, (s) => s.entities, entities, entitiesNorm, minCosine, usable);
  }

  /** Dot products of two vectors with every story centroid sharing a key with them (via the indexes). */
  dots(terms: Sparse, entities: Sparse): StoryDots {
    const out: StoryDots = new Map();
    for (const [s, d] of this.termDots(terms)) out.set(s, [d, 0]);
    addDots(this.entityIndex, entities, (s) => s.entities, out, 1);
    return out;
  }
}

/** The story `storyId` now belongs to, following `aliases` (merged id → the story it was merged into). */
function canonicalOf(aliases: ReadonlyMap<number, number>, storyId: number): number {
  let id = storyId;
  for (let next = aliases.get(id); next !== undefined; next = aliases.get(id)) id = next;
  return id;
}

/** Every story id that now belongs to `storyId`'s story under `aliases`, in id order. */
export function membersOf(aliases: ReadonlyMap<number, number>, storyId: number): number[] {
  const root = canonicalOf(aliases, storyId);
  const out = [root];
  for (const id of aliases.keys()) if (canonicalOf(aliases, id) === root) out.push(id);
  return out.sort((a, b) => a - b);
}

/**
 * Every story that may reach a cosine of `minCosine` with `v` (of norm `vNorm`), read from `postings`: keys
 * whose postings are longest are left unread as long as the part of `v` they hold stays below `minCosine` of
 * its norm, since a story sharing only those keys cannot reach it (Cauchy-Schwarz: its dot with them is at
 * most their norm times the story's). A key common to most stories ("said", "United States") usually weighs
 * little in an article, so its list is skipped without changing which stories can qualify. `usable`: the only
 * keys a qualifying story can be found by (the rest are not read).
 */
function candidates(
  postings: Postings, pick: (s: Story) => Centroid, v: Sparse, vNorm: number, minCosine: number, usable?: (k: string) => boolean,
): Set<Story> {
  const keys = [...v.keys()].filter((k) => postings.has(k) && (!usable || usable(k)));
  keys.sort((a, b) => postings.get(b)!.size - postings.get(a)!.size);
  // A hair below the bar, so that rounding in the callers' own cosines never makes a skipped story qualify.
  const room = (minCosine * vNorm) ** 2 * (1 - 1e-9);
  let skipped = 0;
  let i = 0;
  for (; i < keys.length; i++) {
    const x = v.get(keys[i]!)!;
    if (skipped + x * x >= room) break;
    skipped += x * x;
  }
  const out = new Set<Story>();
  for (; i < keys.length; i++) {
    const k = keys[i]!;
    // As in `addDots`: a posting may outlive its weight (saving prunes), even the story (merged away since).
    for (const s of postings.get(k)!) if (pick(s).weights.has(k)) out.add(s);
  }
  return out;
}

/** The dot product of `v` with a centroid, summed in `v`'s key order as `addDots` sums it. */
export function dot(v: Sparse, c: Centroid): number {
  let d = 0;
  for (const [k, x] of v) {
    const w = c.weights.get(k);
    if (w !== undefined) d += x * w;
  }
  return d;
}

/** Posts `s` under the keys `added` and takes it off the keys its centroid `dropped`. */
function index(postings: Postings, s: Story, added: Sparse, dropped: string[]): void {
  for (const k of dropped) postings.get(k)?.delete(s);
  for (const k of added.keys()) {
    let set = postings.get(k);
    if (!set) {
      set = new Set();
      postings.set(k, set);
    }
    set.add(s);
  }
}

function addDots(postings: Postings, v: Sparse, pick: (s: Story) => Centroid, into: StoryDots, slot: 0 | 1): void {
  for (const [k, x] of v) {
    const stories = postings.get(k);
    if (!stories) continue;
    for (const s of stories) {
      // Saving prunes centroids without touching the postings, so a posting may outlive its weight.
      const w = pick(s).weights.get(k);
      if (w === undefined) continue;
      let d = into.get(s);
      if (!d) {
        d = [0, 0];
        into.set(s, d);
      }
      d[slot] += x * w;
    }
  }
}
