// Incremental story clustering. A story is one evolving storyline ("Canada–China detentions"); inside it an
// event is one happening ("Rome meeting, 2020-08-25"). Articles arrive in any number of batches and each is
// placed once, against what has been seen so far: nothing is recomputed.
//
// Each article becomes two unit vectors: TF-IDF content terms (document frequencies counted as the stream
// goes) and entity names weighted by their rarity. A story keeps the sum of its articles' vectors, pruned to
// the heaviest entries (sparse top-k centroids), so its state stays bounded however long it runs. An article
// joins the story that scores best, where the score mixes text cosine and entity cosine and pays a penalty
// for time since the story was last active; and text alone (no shared names) must be much more similar,
// because topic words are shared by every earthquake or election while names and places tell them apart;
// and names alone never suffice either (some text in common is always needed), since the names most often
// shared ("United States", a company in the news every week) belong to no one storyline. When stories are
// compared with each other (batch-end merges), names are weighted by how few stories' cores hold them, so
// two stories that share only names common to many stories stay apart.
// Inside the story the article joins an event that is close in days and similar, or starts one. Event
// centroids are dropped once the event is well in the past, keeping only its label and counts.
import type { StorySummary } from '../types.js';
import { entityCounts } from './entities.js';
import { DEFAULT_STORY_OPTIONS, gapPenalty, type StoryOptions } from './options.js';
import { isStopword, termCounts } from './terms.js';
import { Centroid, normalise, norm, topK, type Sparse } from './vectors.js';

export { DEFAULT_STORY_OPTIONS, type StoryOptions } from './options.js';

export interface StoryInput {
  id: number;
  published: string;
  text: string;
  title?: string;
  entities?: { kind: string; name: string }[];
}

export interface StoryAssignment {
  articleId: number;
  storyId: number;
  eventId: number;
}


const STATE_VERSION = 2;
const DAY_MS = 86_400_000;
/**
 * Document-frequency tables are thinned (rarest keys dropped) beyond this many entries. A dropped key counts
 * as unseen: it was rare, and a rare key's weight hardly changes between df 1 and 0.
 */
const MAX_TERM_VOCABULARY = 40_000;
const MAX_ENTITY_VOCABULARY = 20_000;
/** Event centroids are dropped once the event ended this many days before the newest article seen. */
const EVENT_OPEN_DAYS = 30;

interface EventState {
  id: number;
  first: number;
  last: number;
  articles: number;
  /** Set while the event is open; a closed event keeps only `label`. */
  terms?: Centroid;
  entities?: Centroid;
  label?: string;
}

interface Story {
  id: number;
  first: number;
  last: number;
  articles: number;
  /** How many articles joined after the first, and the sum of the scores they joined with. */
  joins: number;
  joinScoreSum: number;
  terms: Centroid;
  entities: Centroid;
  events: EventState[];
  /** The story's heaviest entity keys (empty below `coreMinArticles`); derived from `entities`, not saved. */
  core: string[];
}

/** A vocabulary entry: how many documents used it, and a readable form for labels. */
interface VocabEntry {
  df: number;
  display: string;
}

interface ArticleVectors {
  day: number;
  terms: Sparse;
  termsNorm: number;
  entities: Sparse;
  entitiesNorm: number;
}

function dayNumber(published: string, articleId: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const t = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : NaN;
  if (!Number.isFinite(t)) throw new Error(`story clusterer: article ${articleId} has no usable date ("${published}")`);
  return Math.round(t / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Counts each key once per document and keeps the first readable form seen. */
function countDocument(vocab: Map<string, VocabEntry>, keys: Map<string, string>, limit: number): void {
  for (const [key, display] of keys) {
    const e = vocab.get(key);
    if (e) e.df++;
    else vocab.set(key, { df: 1, display });
  }
  // Thin out the rarest keys until the table is back to half its bound (rare keys weigh alike anyway).
  if (vocab.size <= limit) return;
  for (let cutoff = 1; vocab.size > limit / 2; cutoff *= 2) {
    for (const [key, e] of vocab) if (e.df <= cutoff) vocab.delete(key);
  }
}

/**
 * Adds the words of multi-word names as keys of their own, at `weight` times the name's count, so that
 * "Ford Motor Company" meets "Ford" and "General Motors Corp." meets "General Motors" only partly.
 */
function withNameWords(
  ents: Map<string, { count: number; display: string }>,
  weight: number,
): Map<string, { count: number; display: string }> {
  if (weight <= 0) return ents;
  const out = new Map(ents);
  for (const [key, e] of ents) {
    const words = key.split(/\s+/);
    if (words.length < 2) continue;
    const displayWords = e.display.split(/\s+/);
    words.forEach((w, i) => {
      if (w.length < 3 || isStopword(w)) return;
      const seen = out.get(w);
      if (seen) seen.count += e.count * weight;
      else out.set(w, { count: e.count * weight, display: displayWords[i] ?? w });
    });
  }
  return out;
}

/** Smoothed inverse document frequency: rare keys weigh more; a key in every document still counts a little. */
function idf(vocab: Map<string, VocabEntry>, key: string, docs: number): number {
  return Math.log((docs + 1) / ((vocab.get(key)?.df ?? 0) + 0.5));
}

export class StoryClusterer {
  readonly options: StoryOptions;
  private docs = 0;
  private readonly termVocab = new Map<string, VocabEntry>();
  private readonly entityVocab = new Map<string, VocabEntry>();
  private readonly storyList: Story[] = [];
  /** Merged story id → the story it was merged into. */
  private readonly aliases = new Map<number, number>();
  private nextStoryId = 1;
  private nextEventId = 1;
  private newestDay = -Infinity;
  /** Candidate lookup: entity key or term → stories whose centroid holds it (rebuilt from the state). */
  private readonly termIndex = new Map<string, Set<Story>>();
  private readonly entityIndex = new Map<string, Set<Story>>();
  /** Entity key → how many stories hold it in their core; and how many stories have a core. */
  private readonly coreDf = new Map<string, number>();
  private coredStories = 0;

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
  }

  /** Places each article (in the order given) in a story and an event. */
  add(inputs: StoryInput[]): StoryAssignment[] {
    const touched = new Set<Story>();
    const out = inputs.map((input) => this.addOne(input, touched));
    this.mergeTouched(touched);
    // Articles of this batch report the story they ended in after merges.
    return out.map((a) => ({ ...a, storyId: this.canonical(a.storyId) }));
  }

  /**
   * The story an id now belongs to: a story merged into another answers with the survivor's id. Articles
   * assigned before a merge keep the old id in the store; callers map it through here (or `members`).
   */
  canonical(storyId: number): number {
    let id = storyId;
    for (let next = this.aliases.get(id); next !== undefined; next = this.aliases.get(id)) id = next;
    return id;
  }

  /** Every story id that now belongs to `storyId`'s story (itself and the stories merged into it). */
  members(storyId: number): number[] {
    const root = this.canonical(storyId);
    const out = [root];
    for (const id of this.aliases.keys()) if (this.canonical(id) === root) out.push(id);
    return out.sort((a, b) => a - b);
  }

  /**
   * Second-level consolidation after each batch. Two stories that grew toward each other (an early split of
   * one storyline, bridged by later articles) become one when their centroids — averages over many articles,
   * far less noisy than one article — are similar enough and their names agree. Merging repeats (the survivor
   * is checked again) until no pair clears the bar, i.e. single-link agglomeration from the stories that
   * changed. Then stragglers — stories of a few articles, still recent — join the nearest large story when
   * they clear a lower bar and share its names: a lone follow-up is rarely a storyline of its own, while a
   * parallel happening (another earthquake) names other places and people and stays apart.
   */
  private mergeTouched(touched: Set<Story>): void {
    const o = this.options;
    const queue = [...touched];
    while (queue.length > 0) {
      const s = queue.pop()!;
      if (!this.storyList.includes(s) || s.articles < o.mergeMinArticles) continue;
      const best = this.nearestStory(s, o.mergeMinArticles, o.mergeThreshold);
      if (!best) continue;
      const [into, from] = best.articles >= s.articles ? [best, s] : [s, best];
      this.merge(into, from);
      queue.push(into);
    }
    if (o.stragglerMaxArticles <= 0) return;
    const recent = this.newestDay - o.stragglerWindowDays;
    for (const s of [...this.storyList]) {
      if (s.articles > o.stragglerMaxArticles || s.last < recent || !this.storyList.includes(s)) continue;
      const best = this.nearestStory(s, o.stragglerMinTarget, o.stragglerThreshold);
      if (best) this.merge(best, s);
    }
  }

  /**
   * The story (of at least `minArticles`) whose centroids score best against `s`'s, if that score reaches
   * `threshold` and their names agree at least `mergeMinNames`. Scores mix text and names as for articles.
   */
  private nearestStory(s: Story, minArticles: number, threshold: number): Story | undefined {
    const o = this.options;
    const dots = new Map<Story, [number, number]>();
    this.dots(this.termIndex, s.terms.weights, (x) => x.terms, dots, 0);
    this.dots(this.entityIndex, s.entities.weights, (x) => x.entities, dots, 1);
    let best: Story | undefined;
    let bestScore = threshold;
    const weighted = o.mergeStoryIdf > 0 ? this.specificWeights(s.entities) : undefined;
    for (const [t, [dt, de]] of dots) {
      if (t === s || t.articles < minArticles) continue;
      const text = dt / (s.terms.norm * t.terms.norm || 1);
      const names = weighted ? this.specificCosine(weighted, t.entities) : de / (s.entities.norm * t.entities.norm || 1);
      if (names < o.mergeMinNames) continue;
      const gap = Math.max(0, t.first - s.last, s.first - t.last);
      const score = o.textWeight * text + (1 - o.textWeight) * names - gapPenalty(gap, o);
      if (score >= bestScore) {
        bestScore = score;
        best = t;
      }
    }
    return best;
  }

  /**
   * How specific a name is to few stories: log((S + 1) / n) / log(S + 1) when n ≥ 1 of the S stories with a
   * core hold it in theirs (1 when none or one does), raised to `mergeStoryIdf`. A name in every story's core
   * ("United States") weighs almost nothing; a name in one story's core ("BP") keeps its full weight however
   * many articles that story has — unlike document frequency, which punishes exactly the names of big
   * storylines.
   */
  private specificity(key: string): number {
    const total = this.coredStories + 1;
    if (total <= 2) return 1;
    const n = Math.min(this.coreDf.get(key) ?? 0, this.coredStories);
    if (n <= 1) return 1;
    return (Math.log(total / n) / Math.log(total)) ** this.options.mergeStoryIdf;
  }

  /** A centroid's entity weights scaled by their story specificity, with the norm of the result. */
  private specificWeights(c: Centroid): { v: Sparse; norm: number } {
    const v: Sparse = new Map();
    for (const [k, x] of c.weights) v.set(k, x * this.specificity(k));
    return { v, norm: norm(v) };
  }

  /** Cosine of specificity-weighted entity centroids. */
  private specificCosine(a: { v: Sparse; norm: number }, c: Centroid): number {
    const b = this.specificWeights(c);
    if (a.norm === 0 || b.norm === 0) return 0;
    let dot = 0;
    for (const [k, x] of a.v) {
      const y = b.v.get(k);
      if (y !== undefined) dot += x * y;
    }
    return dot / (a.norm * b.norm);
  }

  /** Recomputes a story's core and keeps `coreDf` in step (`drop`: the story is gone). */
  private updateCore(s: Story, drop = false): void {
    const o = this.options;
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
    s.core = next;
  }

  private merge(into: Story, from: Story): void {
    this.index(this.termIndex, into, from.terms.weights, into.terms.add(from.terms.weights));
    this.index(this.entityIndex, into, from.entities.weights, into.entities.add(from.entities.weights));
    for (const k of from.terms.weights.keys()) this.termIndex.get(k)?.delete(from);
    for (const k of from.entities.weights.keys()) this.entityIndex.get(k)?.delete(from);
    into.articles += from.articles;
    into.joins += from.joins;
    into.joinScoreSum += from.joinScoreSum;
    into.first = Math.min(into.first, from.first);
    into.last = Math.max(into.last, from.last);
    into.events.push(...from.events);
    this.storyList.splice(this.storyList.indexOf(from), 1);
    this.aliases.set(from.id, into.id);
    this.updateCore(from, true);
    this.updateCore(into);
  }

  private vectorise(input: StoryInput): ArticleVectors {
    const o = this.options;
    const day = dayNumber(input.published, input.id);
    const body = input.text.slice(0, o.bodyChars);
    const surfaces = new Map<string, string>();
    const counts = termCounts(input.title, body, o.titleWeight, (stem, word) => {
      if (!surfaces.has(stem)) surfaces.set(stem, word);
    });
    const ents = withNameWords(entityCounts(input.entities, input.title, body), o.nameWordWeight);

    this.docs++;
    countDocument(this.termVocab, surfaces, MAX_TERM_VOCABULARY);
    countDocument(this.entityVocab, new Map([...ents].map(([k, e]) => [k, e.display])), MAX_ENTITY_VOCABULARY);

    const tv: Sparse = new Map();
    // Document counts start from `idfPriorDocs` imagined documents that used none of the keys, so that early
    // in a stream a word shared by the few articles seen so far is not taken for a word every article uses.
    const docs = this.docs + o.idfPriorDocs;
    for (const [t, c] of counts) tv.set(t, (1 + Math.log(c)) * idf(this.termVocab, t, docs));
    const ev: Sparse = new Map();
    for (const [k, e] of ents) ev.set(k, e.count ** o.entityCountPower * idf(this.entityVocab, k, docs) ** o.entityIdfPower);
    const terms = normalise(topK(tv, o.articleTerms));
    const entities = normalise(topK(ev, o.articleEntities));
    return { day, terms, termsNorm: norm(terms), entities, entitiesNorm: norm(entities) };
  }

  /** Dot products of the article's vectors with every story centroid sharing a key (via the inverted indexes). */
  private dots(index: Map<string, Set<Story>>, v: Sparse, pick: (s: Story) => Centroid, into: Map<Story, [number, number]>, slot: 0 | 1): void {
    for (const [k, x] of v) {
      const postings = index.get(k);
      if (!postings) continue;
      for (const s of postings) {
        const w = pick(s).weights.get(k);
        if (w === undefined) continue;
        let d = into.get(s);
        if (!d) into.set(s, (d = [0, 0]));
        d[slot] += x * w;
      }
    }
  }

  /** Mixed similarity of an article to a pair of centroids. */
  private similarity(v: ArticleVectors, terms: Centroid, entities: Centroid): { score: number; text: number; names: number } {
    const o = this.options;
    const text = terms.cosine(v.terms, v.termsNorm);
    const names = entities.cosine(v.entities, v.entitiesNorm);
    return { score: o.textWeight * text + (1 - o.textWeight) * names, text, names };
  }

  /**
   * The story an article belongs to, if any. A story's own members set the bar: an article must score at
   * least `relativeThreshold` times the mean score its members joined with (a broad storyline followed for
   * months has diffuse centroids and accepts loosely related articles; a tight one demands close matches),
   * and never below `joinThreshold` after the time-gap penalty.
   */
  private bestStory(v: ArticleVectors): { story: Story; score: number } | undefined {
    const o = this.options;
    const dots = new Map<Story, [number, number]>();
    this.dots(this.termIndex, v.terms, (s) => s.terms, dots, 0);
    this.dots(this.entityIndex, v.entities, (s) => s.entities, dots, 1);
    let best: Story | undefined;
    let bestScore = -Infinity;
    for (const [s, [dt, de]] of dots) {
      const text = v.termsNorm > 0 && s.terms.norm > 0 ? dt / (v.termsNorm * s.terms.norm) : 0;
      const names = v.entitiesNorm > 0 && s.entities.norm > 0 ? de / (v.entitiesNorm * s.entities.norm) : 0;
      const raw = o.textWeight * text + (1 - o.textWeight) * names;
      const gap = Math.max(0, v.day - s.last, s.first - v.day);
      const score = raw - gapPenalty(gap, o);
      // Names alone do not make a storyline: "United States" or a company in the news every week is shared
      // by articles that say nothing alike. Some text in common is needed whatever the names.
      if (score < o.joinThreshold || text < o.minTextSimilarity) continue;
      // Names are what separate look-alike happenings. Without names in common, text must be similar enough
      // on its own; and while the story is active (the same weeks), an article naming several things, none of
      // them the story's, reports a parallel happening (another earthquake, another country's election)
      // however similar its words.
      if (names < o.minNameSimilarity) {
        if (text < o.textOnlyThreshold) continue;
        if (v.entities.size >= o.conflictingNames && gap <= o.conflictWindowDays) continue;
      }
      const bar = s.joins > 0 ? o.relativeThreshold * (s.joinScoreSum / s.joins) : 0;
      if (score < bar) continue;
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best ? { story: best, score: bestScore } : undefined;
  }

  private addOne(input: StoryInput, touched: Set<Story>): StoryAssignment {
    const v = this.vectorise(input);
    if (v.day > this.newestDay) this.newestDay = v.day;
    const found = this.bestStory(v);
    const story = found?.story ?? this.newStory(v.day);
    if (found) {
      story.joins++;
      story.joinScoreSum += found.score;
    }
    this.grow(story, v);
    touched.add(story);
    const event = this.placeInEvent(story, v);
    this.closeOldEvents(story);
    return { articleId: input.id, storyId: story.id, eventId: event.id };
  }

  private newStory(day: number): Story {
    const o = this.options;
    const s: Story = {
      id: this.nextStoryId++,
      first: day,
      last: day,
      articles: 0,
      joins: 0,
      joinScoreSum: 0,
      terms: new Centroid(o.storyTerms),
      entities: new Centroid(o.storyEntities),
      events: [],
      core: [],
    };
    this.storyList.push(s);
    return s;
  }

  private grow(s: Story, v: ArticleVectors): void {
    s.articles++;
    s.first = Math.min(s.first, v.day);
    s.last = Math.max(s.last, v.day);
    this.index(this.termIndex, s, v.terms, s.terms.add(v.terms));
    this.index(this.entityIndex, s, v.entities, s.entities.add(v.entities));
    this.updateCore(s);
  }

  private index(index: Map<string, Set<Story>>, s: Story, added: Sparse, dropped: string[]): void {
    for (const k of dropped) index.get(k)?.delete(s);
    for (const k of added.keys()) {
      let set = index.get(k);
      if (!set) index.set(k, (set = new Set()));
      set.add(s);
    }
  }

  private placeInEvent(s: Story, v: ArticleVectors): EventState {
    const o = this.options;
    let best: EventState | undefined;
    let bestScore = o.eventThreshold;
    for (const e of s.events) {
      if (!e.terms || !e.entities) continue;
      if (v.day < e.first - o.eventWindowDays || v.day > e.last + o.eventWindowDays) continue;
      const sim = this.similarity(v, e.terms, e.entities);
      if (sim.score >= bestScore) {
        bestScore = sim.score;
        best = e;
      }
    }
    if (!best) {
      best = {
        id: this.nextEventId++,
        first: v.day,
        last: v.day,
        articles: 0,
        terms: new Centroid(o.eventTerms),
        entities: new Centroid(o.storyEntities),
      };
      s.events.push(best);
    }
    best.articles++;
    best.first = Math.min(best.first, v.day);
    best.last = Math.max(best.last, v.day);
    best.terms!.add(v.terms);
    best.entities!.add(v.entities);
    return best;
  }

  private closeOldEvents(s: Story): void {
    for (const e of s.events) {
      if (e.terms && e.entities && e.last < this.newestDay - EVENT_OPEN_DAYS) {
        e.label = this.label(e.terms, e.entities, 2, 3);
        delete e.terms;
        delete e.entities;
      }
    }
  }

  /** "Name, Name: term, term" from the heaviest entities and content terms. */
  private label(terms: Centroid, entities: Centroid, nEntities: number, nTerms: number): string {
    const names: string[] = [];
    for (const k of entities.top(nEntities * 3)) {
      const display = this.entityVocab.get(k)?.display ?? k;
      // Skip a name contained in one already chosen ("Obama" after "Barack Obama").
      if (names.some((n) => n.toLowerCase().includes(k))) continue;
      names.push(display);
      if (names.length >= nEntities) break;
    }
    const lowerNames = names.join(' ').toLowerCase();
    const words: string[] = [];
    for (const t of terms.top(nTerms * 3)) {
      const w = this.termVocab.get(t)?.display ?? t;
      if (lowerNames.includes(w)) continue;
      words.push(w);
      if (words.length >= nTerms) break;
    }
    if (names.length === 0) return words.join(', ');
    return words.length === 0 ? names.join(', ') : `${names.join(', ')}: ${words.join(', ')}`;
  }

  stories(): StorySummary[] {
    return this.storyList.map((s) => ({
      id: s.id,
      label: this.label(s.terms, s.entities, 3, 3),
      articles: s.articles,
      first: isoDay(s.first),
      last: isoDay(s.last),
      events: [...s.events]
        .sort((a, b) => a.first - b.first || a.id - b.id)
        .map((e) => ({
          date: isoDay(e.first),
          label: e.label ?? (e.terms && e.entities ? this.label(e.terms, e.entities, 2, 3) : ''),
          articles: e.articles,
        })),
    }));
  }

  toJSON(): unknown {
    const vocab = (m: Map<string, VocabEntry>): [string, number, string][] =>
      [...m].map(([k, e]) => (e.display === k ? [k, e.df, ''] : [k, e.df, e.display]));
    return {
      version: STATE_VERSION,
      docs: this.docs,
      nextStoryId: this.nextStoryId,
      nextEventId: this.nextEventId,
      newestDay: Number.isFinite(this.newestDay) ? this.newestDay : null,
      aliases: [...this.aliases],
      termVocab: vocab(this.termVocab),
      entityVocab: vocab(this.entityVocab),
      stories: this.storyList.map((s) => ({
        id: s.id,
        first: s.first,
        last: s.last,
        articles: s.articles,
        joins: s.joins,
        joinScoreSum: Math.round(s.joinScoreSum * 1e4) / 1e4,
        terms: s.terms.toJSON(),
        entities: s.entities.toJSON(),
        events: s.events.map((e) => ({
          id: e.id,
          first: e.first,
          last: e.last,
          articles: e.articles,
          ...(e.label !== undefined ? { label: e.label } : {}),
          ...(e.terms ? { terms: e.terms.toJSON() } : {}),
          ...(e.entities ? { entities: e.entities.toJSON() } : {}),
        })),
      })),
    };
  }

  /**
   * Restores a clusterer from `toJSON()` output. A state from an older format cannot be continued: a fresh
   * clusterer is returned whose story ids start after the old ones, so stored assignments stay unambiguous.
   */
  static fromJSON(state: unknown, options: Partial<StoryOptions> = {}): StoryClusterer {
    const c = new StoryClusterer(options);
    if (typeof state !== 'object' || state === null) throw new Error('story state: not a JSON object');
    const st = state as Record<string, unknown>;
    if (st.version !== STATE_VERSION) {
      const old = Array.isArray(st.stories) ? (st.stories as { id?: unknown }[]) : [];
      const maxId = Math.max(0, ...old.map((s) => (typeof s.id === 'number' ? s.id : 0)));
      c.nextStoryId = maxId + 1;
      c.nextEventId = maxId + 1;
      return c;
    }
    const num = (x: unknown, what: string): number => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`story state: ${what} is not a number`);
      return x;
    };
    c.docs = num(st.docs, 'docs');
    c.nextStoryId = num(st.nextStoryId, 'nextStoryId');
    c.nextEventId = num(st.nextEventId, 'nextEventId');
    c.newestDay = st.newestDay === null ? -Infinity : num(st.newestDay, 'newestDay');
    const readVocab = (list: unknown, into: Map<string, VocabEntry>, what: string): void => {
      if (!Array.isArray(list)) throw new Error(`story state: ${what} is not a list`);
      for (const row of list) {
        if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number') {
          throw new Error(`story state: ${what} holds a malformed entry ${JSON.stringify(row)}`);
        }
        into.set(row[0], { df: row[1], display: typeof row[2] === 'string' && row[2] ? row[2] : row[0] });
      }
    };
    for (const pair of Array.isArray(st.aliases) ? st.aliases : []) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') {
        throw new Error(`story state: aliases holds a malformed entry ${JSON.stringify(pair)}`);
      }
      c.aliases.set(pair[0], pair[1]);
    }
    readVocab(st.termVocab, c.termVocab, 'termVocab');
    readVocab(st.entityVocab, c.entityVocab, 'entityVocab');
    if (!Array.isArray(st.stories)) throw new Error('story state: stories is not a list');
    const o = c.options;
    for (const raw of st.stories as Record<string, unknown>[]) {
      const id = num(raw.id, 'story id');
      const s: Story = {
        id,
        first: num(raw.first, `story ${id} first`),
        last: num(raw.last, `story ${id} last`),
        articles: num(raw.articles, `story ${id} articles`),
        joins: num(raw.joins, `story ${id} joins`),
        joinScoreSum: num(raw.joinScoreSum, `story ${id} joinScoreSum`),
        terms: Centroid.fromJSON(o.storyTerms, raw.terms, `story ${id} terms`),
        entities: Centroid.fromJSON(o.storyEntities, raw.entities, `story ${id} entities`),
        events: [],
        core: [],
      };
      for (const re of (Array.isArray(raw.events) ? raw.events : []) as Record<string, unknown>[]) {
        const eid = num(re.id, `story ${id} event id`);
        const e: EventState = {
          id: eid,
          first: num(re.first, `event ${eid} first`),
          last: num(re.last, `event ${eid} last`),
          articles: num(re.articles, `event ${eid} articles`),
        };
        if (typeof re.label === 'string') e.label = re.label;
        if (re.terms !== undefined) e.terms = Centroid.fromJSON(o.eventTerms, re.terms, `event ${eid} terms`);
        if (re.entities !== undefined) e.entities = Centroid.fromJSON(o.storyEntities, re.entities, `event ${eid} entities`);
        s.events.push(e);
      }
      c.storyList.push(s);
      c.index(c.termIndex, s, s.terms.weights, []);
      c.index(c.entityIndex, s, s.entities.weights, []);
      c.updateCore(s);
    }
    return c;
  }
}
