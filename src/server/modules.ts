// Library modules the server calls, loaded on first use. Some of them (sources, render, stories, the analysis
// pipeline) are written in parallel with the server and pull in large dependency trees; loading them lazily
// keeps the other routes working when one is missing or broken, and lets its route answer
// "503 unavailable" with the reason instead of the whole server failing to start.
import type { Store } from '../store/store.js';
import type { SourceItem, Timeline } from '../types.js';

export interface ReadOptionsLike {
  format?: string;
  defaultDate?: string;
}

export interface SourcesModule {
  readSources(paths: string[], opts?: ReadOptionsLike): AsyncIterable<SourceItem>;
}

export interface RenderModule {
  renderTimeline(t: Timeline, format: string): string;
}

export interface AnalyzeModule {
  /** Analyses new articles and assigns them to stories. */
  processPending(store: Store): Promise<{ analyzed: number; storied: number }>;
  STORY_STATE: string;
}

/** One story as the story clusterer describes it (passed to clients as it is). A type-only import: it loads nothing. */
export type { StorySummary } from '../types.js';
import type { StorySummary } from '../types.js';

export interface StoriesModule {
  StoryClusterer: { fromJSON(state: unknown): { stories(): StorySummary[] } };
}

/** A module that is not (yet) part of this build, or failed to load: the route reports why. */
export class ModuleUnavailable extends Error {
  constructor(readonly what: string, cause: string) {
    super(`${what} is not available in this build (${cause})`);
  }
}

const cache = new Map<string, Promise<unknown>>();

/**
 * Imports a library module by its path relative to src/. The specifier is built at run time so that the type
 * checker does not require the file to exist; the caller states the shape it expects and `check` verifies it.
 */
export async function loadModule<T>(relative: string, what: string, check: (m: Record<string, unknown>) => boolean):
  Promise<T> {
  let pending = cache.get(relative);
  if (!pending) {
    pending = import(new URL(`../${relative}`, import.meta.url).href);
    cache.set(relative, pending);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await pending) as Record<string, unknown>;
  } catch (err) {
    cache.delete(relative);
    const e = err as { code?: string; message?: string };
    const cause = e.code === 'ERR_MODULE_NOT_FOUND' ? `a module is missing: ${e.message ?? relative}` :
      String(e.message ?? err);
    throw new ModuleUnavailable(what, cause);
  }
  if (!check(mod)) throw new ModuleUnavailable(what, `module ${relative} lacks the expected exports`);
  return mod as T;
}

const isFn = (v: unknown): boolean => typeof v === 'function';

export const loadSources = (): Promise<SourcesModule> =>
  loadModule('sources/index.js', 'reading uploaded files', (m) => isFn(m.readSources));

export const loadRender = (): Promise<RenderModule> =>
  loadModule('render/index.js', 'timeline rendering', (m) => isFn(m.renderTimeline));

export const loadAnalyze = (): Promise<AnalyzeModule> =>
  loadModule('service/refresh.js', 'article analysis',
    (m) => isFn(m.processPending) && typeof m.STORY_STATE === 'string');

export const loadStories = (): Promise<StoriesModule> =>
  loadModule('stories/index.js', 'story clustering',
    (m) => isFn((m.StoryClusterer as { fromJSON?: unknown } | undefined)?.fromJSON));
