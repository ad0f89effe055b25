// Bounded work per timeline request: a request reads at most a fixed number of analysed articles, whatever the
// archive's size, so its CPU time and memory stay bounded when a broad query matches a large part of an archive.
// When more articles match, half the budget goes to the best-ranked matches of the query's words and the rest is
// spread evenly over the remaining matches in publication order, so that every period of the coverage keeps its
// share of the date evidence (date ranking counts how many articles point at a date).
import type { SearchMatch, Store } from '../store/store.js';

/** How many articles one timeline request reads at most, unless the request says otherwise. */
export const TIMELINE_ARTICLE_LIMIT = 1500;

/**
 * How much of each article a timeline request reads: its sentences that end within its first this many characters.
 * News articles run far shorter (Timeline17's median is about 4,200 characters and 98 % are under 40,000); the pages
 * that run longer carry reader comments, blog archives or listings after their story, and one of them cost as much
 * to read as a hundred articles. So a request's work is bounded by its article count whatever the pages hold.
 */
export const TIMELINE_TEXT_CHARS = 40_000;

/** The words a request's matches are ranked by (full-text relevance), when it has any. */
export interface RankBy {
  text: string;
  match: SearchMatch;
  from?: string;
}

/**
 * At most `limit` of `ids` (which are in publication order): up to half of them the best-ranked by `rank`, the
 * others evenly spaced picks of the rest. Returns the chosen ids in publication order.
 */
export async function boundArticles(store: Store, ids: number[], limit: number, rank?: RankBy): Promise<number[]> {
  if (ids.length <= limit) return ids;
  const position = new Map(ids.map((id, i) => [id, i]));
  const chosen = new Set<number>();
  if (rank) {
    // Twice the budget, since some of the best-ranked articles may be outside the other filters.
    const best = await store.searchIds(rank.text, { match: rank.match, limit: limit * 2,
      ...(rank.from ? { from: rank.from } : {}) });
    for (const id of best) {
      if (chosen.size >= Math.ceil(limit / 2)) break;
      if (position.has(id)) chosen.add(id);
    }
  }
  const rest = ids.filter((id) => !chosen.has(id));
  const room = limit - chosen.size;
  for (let i = 0; i < room; i++) chosen.add(rest[Math.floor((i * rest.length) / room)]!);
  return [...chosen].sort((a, b) => position.get(a)! - position.get(b)!);
}
