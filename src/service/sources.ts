// The sources (outlets) of the stored articles and how many articles each has.
import type { Store } from '../store/store.js';

export interface SourceCount {
  source: string;
  articles: number;
  /** Ids of the source's articles (used to narrow a timeline to one source). */
  ids: number[];
}

/** Distinct sources, most articles first. */
export async function listSources(store: Store): Promise<SourceCount[]> {
  const bySource = new Map<string, number[]>();
  for (const a of await store.listArticles()) {
    if (!a.source) continue;
    const ids = bySource.get(a.source) ?? [];
    ids.push(a.id);
    bySource.set(a.source, ids);
  }
  return [...bySource].map(([source, ids]) => ({ source, articles: ids.length, ids }))
    .sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source));
}
