// Brings the store's analyses up to date: every article without a current analysis is analysed (in worker
// threads), its entities resolved to corpus-level entities, and the result saved in batches.
import type { AnalysisItem, PackedAnalysis, Store } from '../store/store.js';
import type { EntityRef } from '../types.js';
import type { Doc } from '../types.js';
import { ANALYSIS_VERSION } from '../analyze/version.js';
import type { EntityResolver } from '../analyze/entities/index.js';
import {
  featureKey, LABEL_VERSION, StoryClusterer, storyInput, unpackFeatures, writeListing, type PackedFeatures,
  type PreparedStoryInput, type SavedStoryState, type StoryAssignment, type StoryInput,
} from '../stories/index.js';
import type { FurnitureModel } from '../clean/index.js';
import { timelineRecord } from '../timeline/record.js';

/** Name under which the corpus-level entity resolver keeps its state in the store. */
export const RESOLVER_STATE = 'entity-resolver';

/** Name under which the per-source furniture model (lines repeated across pages) keeps its state. */
export const FURNITURE_STATE = 'furniture-model';

/** Articles loaded and saved per round; bounds memory for large corpora. */
export const ANALYSIS_PAGE = 400;

/**
 * At most this many articles' story features (computed by the analysis threads) are kept from a refresh's analysis
 * for its story assignment; the articles beyond are read back and their features computed when they are placed.
 */
export const KEPT_FEATURES = 25_000;

export interface AnalyzeHooks {
  onProgress?: (done: number, total: number) => void;
  onError?: (articleId: number, message: string) => void;
  threads?: number;
  /** Analyse again the articles whose analysis failed at this version (`chronicle analyze` asks for it). */
  retryFailed?: boolean;
}

/**
 * Name of the state listing the articles whose analysis failed at the current version. They are not retried
 * by every refresh: a request would otherwise load the resolver and the furniture model, and fail again, each
 * time it runs. A new analysis version, or `retryFailed`, tries them again.
 */
export const FAILED_STATE = 'analysis-failures';

interface Failures {
  version: number;
  ids: number[];
}

async function loadFailures(store: Store): Promise<Set<number>> {
  const state = await store.loadState(FAILED_STATE);
  const failures = state ? JSON.parse(state) as Failures : undefined;
  return new Set(failures?.version === ANALYSIS_VERSION ? failures.ids : []);
}

/**
 * Returns how many articles were analysed. Pages are pipelined: while the worker threads analyse one page, this
 * thread resolves the entities of the page before and saves it, so the cost around analysis overlaps it. The
 * threads live for the whole call.
 */
export async function analyzePending(store: Store, hooks: AnalyzeHooks = {},
  kept?: Map<number, PackedFeatures>): Promise<number> {
  const known = await loadFailures(store);
  // The common case, nothing new: answered from counts, without listing the archive's articles.
  if (!hooks.retryFailed && store.pendingCounts && (await store.pendingCounts(ANALYSIS_VERSION, [...known])).analysis === 0) {
    return 0;
  }
  const ids = (await store.articlesNeedingAnalysis(ANALYSIS_VERSION)).filter((id) => hooks.retryFailed || !known.has(id));
  if (ids.length === 0) return 0;
  const failed = new Set(hooks.retryFailed ? [] : known);
  const saver = await ResolverSaver.open(store);
  const resolver = saver.resolver;
  const furniture = await learnFurniture(store, ids);
  // Loaded only now: a request with nothing to analyse never pays for loading the analysis.
  const { AnalysisPool, defaultThreads } = await import('../analyze/pool.js');
  const { ARTICLE_WORK } = await import('./analysisWork.js');
  const pool = new AnalysisPool(hooks.threads ?? defaultThreads(), ARTICLE_WORK);
  let done = 0;
  type Analysed = { doc: Doc; timelineRecord?: Uint8Array; packed?: PackedAnalysis };
  const analysePage = async (from: number): Promise<Map<number, Analysed>> => {
    const articles = await store.listArticles({ ids: ids.slice(from, from + ANALYSIS_PAGE) });
    const docs = new Map<number, Analysed>();
    const work = articles.map((a) => ({ id: a.id, text: a.text, published: a.published, furniture: furniture.spans(a),
      ...(a.title ? { title: a.title } : {}) }));
    await pool.run(work, (r) => {
      if ('error' in r) {
        failed.add(r.id);
        hooks.onError?.(r.id, r.error);
      } else {
        const { id, features, ...analysed } = r;
        docs.set(id, analysed);
        if (features && kept && kept.size < KEPT_FEATURES) kept.set(id, features);
      }
      done++;
      hooks.onProgress?.(done, ids.length);
    });
    return docs;
  };
  try {
    let next: Promise<Map<number, Analysed>> | undefined = analysePage(0);
    for (let i = 0; next; i += ANALYSIS_PAGE) {
      const docs: Map<number, Analysed> = await next;
      next = i + ANALYSIS_PAGE < ids.length ? analysePage(i + ANALYSIS_PAGE) : undefined;
      // Keep the next page's rejection from going unhandled while this one is saved; it is awaited above.
      next?.catch(() => undefined);
      // Resolve in article order so that results do not depend on which worker finished first.
      // The timeline record and the encoded analysis were made beside the analysis (analysisWork.ts).
      const items = [...docs.entries()].sort((a, b) => a[0] - b[0]).map(([articleId, x]) => {
        const entityRefs: EntityRef[] = resolver.resolveDocument(x.doc.entities);
        return { articleId, version: ANALYSIS_VERSION, entityRefs, ...x };
      });
      await saver.save(items);
    }
  } finally {
    await pool.close();
  }
  if (failed.size > 0 || known.size > 0) {
    const state: Failures = { version: ANALYSIS_VERSION, ids: [...failed].sort((a, b) => a - b) };
    await store.saveState(FAILED_STATE, JSON.stringify(state));
  }
  return done;
}

/** The log of resolver changes is folded into a whole state once it outgrows the state (and this floor). */
export const MIN_LOG_BYTES = 1 << 20;

/**
 * Saves the entity resolver with each page of analyses. Where the store keeps a change log, a page appends
 * only the entities it touched, in the transaction that stores its analyses; the whole state is rewritten when
 * the log has grown larger than it, so the bytes written stay proportional to the corpus (rewriting the whole
 * state every page made them grow with its square). Other stores get the whole state every page.
 */
class ResolverSaver {
  private logBytes = 0;

  private constructor(private readonly store: Store, readonly resolver: EntityResolver, private stateBytes: number) {}

  static async open(store: Store): Promise<ResolverSaver> {
    const state = await store.loadState(RESOLVER_STATE);
    const { EntityResolver } = await import('../analyze/entities/index.js');
    const resolver = state ? EntityResolver.fromJSON(state) : new EntityResolver();
    const saver = new ResolverSaver(store, resolver, state?.length ?? 0);
    for (const delta of (await store.loadStateLog?.(RESOLVER_STATE)) ?? []) {
      resolver.applyChanges(delta);
      saver.logBytes += delta.length;
    }
    resolver.takeChanges();
    return saver;
  }

  async save(items: AnalysisItem[]): Promise<void> {
    const { store, resolver } = this;
    if (!store.saveAnalysesLogged) {
      await store.saveAnalyses(items);
      await store.saveState(RESOLVER_STATE, JSON.stringify(resolver));
      return;
    }
    const delta = JSON.stringify(resolver.takeChanges());
    await store.saveAnalysesLogged(items, { name: RESOLVER_STATE, delta });
    this.logBytes += delta.length;
    if (this.logBytes > Math.max(this.stateBytes, MIN_LOG_BYTES)) {
      const whole = JSON.stringify(resolver);
      await store.saveState(RESOLVER_STATE, whole);
      this.stateBytes = whole.length;
      this.logBytes = 0;
    }
  }
}

/** Articles whose line keys learnFurniture keeps for their analysis (clean/model.ts `learn`; ~3 KB each). */
export const REMEMBERED_LINES = 12_000;

/**
 * Counts the lines of the pending articles not yet learned into the furniture model before any is analysed,
 * so the first page already benefits from the whole batch; saved once per refresh.
 */
async function learnFurniture(store: Store, ids: number[]): Promise<FurnitureModel> {
  const state = await store.loadState(FURNITURE_STATE);
  const { FurnitureModel } = await import('../clean/index.js');
  const model = state ? FurnitureModel.fromJSON(state) : new FurnitureModel();
  const sorted = [...ids].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += ANALYSIS_PAGE) {
    const articles = await store.listArticles({ ids: sorted.slice(i, i + ANALYSIS_PAGE) });
    model.learn(articles.sort((a, b) => a.id - b.id), REMEMBERED_LINES);
  }
  await store.saveState(FURNITURE_STATE, JSON.stringify(model));
  return model;
}

/** Name under which the story clusterer keeps its state in the store. */
export const STORY_STATE = 'story-clusterer';

/** Name of the stories listing kept beside the clusterer's state (stories/listing.ts), written with it. */
export const STORY_LIST_STATE = 'story-list';
/**
 * The story merges alone (the head of the clusterer state: its version and aliases), written with the state: a story
 * timeline needs only these to find the ids its articles were stored under, and the whole state runs to megabytes.
 */
export const STORY_MERGES_STATE = 'story-merges';

function mergesOf(saved: SavedStoryState): string {
  return JSON.stringify({ version: saved.version, aliases: saved.aliases });
}

/**
 * Adds analysed articles that have no story yet to the incremental story clusterer (oldest first, `page` at a
 * time) and stores their story and event. Returns how many articles were assigned.
 *
 * The clusterer's state grows with the corpus, so saving it after every page made the bytes written grow with
 * the square of the batch. Assignments are saved together with the state (one transaction: a crash loses both,
 * and those articles are simply assigned again), once the unsaved ones reach half of those already saved
 * in this call: the state is written a bounded number of times per doubling of the batch, while a small batch
 * is saved once. The pages the clusterer sees, and so its answers, are the same. The stories listing is written
 * in the same transaction; a store saved before there was one gets it here, on its first call.
 */
export async function updateStories(store: Store, page = ANALYSIS_PAGE, kept?: Map<number, PackedFeatures>):
  Promise<number> {
  // The listing, the merges and the labels of this version are saved: stories can be read without the state.
  const listed = async (): Promise<boolean> => await store.loadState(STORY_LABELS_STATE) === LABELS &&
    await store.hasState(STORY_MERGES_STATE) && await store.hasState(STORY_LIST_STATE);
  // Nothing to assign and a listing to read: restoring the state would cost more than the caller's request, and so
  // would listing every article to learn that none waits (the counts tell).
  if (store.pendingCounts && (await store.pendingCounts(ANALYSIS_VERSION)).stories === 0 && await listed()) return 0;
  let waiting = await store.articlesWithoutStory(Number.MAX_SAFE_INTEGER);
  const labelled = await store.loadState(STORY_LABELS_STATE) === LABELS;
  if (waiting.length === 0 && labelled && await listed()) return 0;
  const state = await store.loadState(STORY_STATE);
  const clusterer = state ? StoryClusterer.fromJSON(JSON.parse(state)) : new StoryClusterer();
  if (state && !labelled) await relabel(store, clusterer, page);
  let assigned = 0;
  let unsaved: StoryAssignment[] = [];
  const flush = async (): Promise<void> => {
    const saved = clusterer.toJSON();
    await store.saveStoryAssignments(unsaved, { name: STORY_STATE, json: JSON.stringify(saved) },
      [{ name: STORY_LIST_STATE, json: writeListing(clusterer.savedSummaries(saved)) },
        { name: STORY_MERGES_STATE, json: mergesOf(saved) }, { name: STORY_LABELS_STATE, json: LABELS }]);
    assigned += unsaved.length;
    unsaved = [];
  };
  if (waiting.length === 0) {
    if (state) await flush();
    return 0;
  }
  while (waiting.length > 0) {
    // Unsaved assignments are not in the store yet: take every waiting article at once, then page through them.
    for (let i = 0; i < waiting.length; i += page) {
      const ids = waiting.slice(i, i + page);
      unsaved.push(...clusterer.add(await storyInputs(store, ids, clusterer, kept)));
      if (unsaved.length >= Math.max(page, assigned / 2)) await flush();
    }
    if (unsaved.length > 0) await flush();
    if (waiting.length < page) break;
    waiting = await store.articlesWithoutStory(Number.MAX_SAFE_INTEGER);
  }
  return assigned;
}

/**
 * The clusterer's inputs for `ids` (a page of articlesWithoutStory: in the order articles are listed, by
 * publication and id). When the features of every one were kept from their analysis, they are all it needs;
 * otherwise the page is read back, each article given its kept features where there are some.
 */
async function storyInputs(store: Store, ids: number[], clusterer: StoryClusterer,
  kept: Map<number, PackedFeatures> | undefined): Promise<(StoryInput | PreparedStoryInput)[]> {
  const key = featureKey(clusterer.options);
  const usable = (f: PackedFeatures | undefined): f is PackedFeatures => f?.key === key;
  const take = (id: number) => {
    const f = kept?.get(id);
    kept?.delete(id);
    return usable(f) ? unpackFeatures(f) : undefined;
  };
  if (kept && ids.every((id) => usable(kept.get(id)))) return ids.map((id) => ({ id, features: take(id)! }));
  const articles = await store.listArticles({ ids });
  const analyses = await store.getAnalyses(ids);
  return articles.map((a) => {
    const input = storyInput(a, analyses.get(a.id));
    const features = take(a.id);
    if (features) input.features = features;
    return input;
  });
}

/** Name of the label version the saved stories were labelled with (stories/relabel.ts), saved with the state. */
export const STORY_LABELS_STATE = 'story-labels';
const LABELS = JSON.stringify({ version: LABEL_VERSION });

/**
 * Gives the restored clusterer's stories the labels the current labeller draws from their stored articles (once
 * per label version: a pass over the assigned articles, no article moves).
 */
async function relabel(store: Store, clusterer: StoryClusterer, page: number): Promise<void> {
  const r = clusterer.relabel();
  for (let after = 0; ;) {
    const rows = await store.storyAssignments(after, page);
    if (rows.length === 0) break;
    const ids = rows.map((x) => x.articleId);
    const articles = new Map((await store.listArticles({ ids })).map((a) => [a.id, a]));
    const analyses = await store.getAnalyses(ids);
    for (const x of rows) {
      const a = articles.get(x.articleId);
      if (a) r.add(storyInput(a, analyses.get(a.id)), x.storyId, x.eventId);
    }
    after = ids.at(-1)!;
  }
  r.finish();
}

/** Everything newly ingested articles need before timelines and stories can use them: analysis, entity
 * resolution, story assignment. Safe to call at any time; does nothing when nothing is pending. */
export async function refresh(store: Store, hooks: AnalyzeHooks = {}): Promise<{ analyzed: number; storied: number }> {
  // A store shared by many processes (PostgreSQL) is analysed through its work queue, never beside it.
  const { refreshShared, sharesWork } = await import('./workers.js');
  if (sharesWork(store)) return refreshShared(store, hooks);
  // The story features the analysis threads computed are kept for the assignment that follows.
  const kept = new Map<number, PackedFeatures>();
  const analyzed = await analyzePending(store, hooks, kept);
  const storied = await updateStories(store, ANALYSIS_PAGE, kept);
  return { analyzed, storied };
}

/** The timeline index record of an analysis (timeline/record.ts), for the item that stores it, when it has one. */
export function indexRecord(doc: Doc): { timelineRecord?: Uint8Array } {
  const record = timelineRecord(doc, doc.text);
  return record ? { timelineRecord: record } : {};
}
