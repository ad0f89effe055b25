// The stories listing kept beside the clusterer's state, so listing stories costs a parse of the summaries, not a
// restore of every story's centroids and the vocabularies (seconds per call at a hundred thousand articles).
import type { StorySummary } from '../types.js';

/** Changed with StorySummary or this layout: a listing of another version is not read (the state is, instead). */
const LISTING_VERSION = 1;

/** Listing order: largest first, ties oldest id first. Sorts in place. */
export function sortStories(stories: StorySummary[]): StorySummary[] {
  return stories.sort((a, b) => b.articles - a.articles || a.id - b.id);
}

/**
 * The listing's text: a head line, then one story per line in listing order (JSON text holds no raw line break),
 * so a page of the listing parses only its own lines.
 */
export function writeListing(stories: readonly StorySummary[]): string {
  const sorted = sortStories([...stories]);
  return [JSON.stringify({ version: LISTING_VERSION, stories: sorted.length }), ...sorted.map((s) => JSON.stringify(s))]
    .join('\n');
}

/** The first `limit` stories of a listing (all of them without), or undefined for one of another version or layout. */
export function readListing(text: string, limit = Number.POSITIVE_INFINITY): StorySummary[] | undefined {
  const headEnd = text.indexOf('\n');
  let head: unknown;
  try {
    head = JSON.parse(headEnd < 0 ? text : text.slice(0, headEnd));
  } catch {
    return undefined;
  }
  if (typeof head !== 'object' || head === null) return undefined;
  const { version, stories } = head as { version?: unknown; stories?: unknown };
  if (version !== LISTING_VERSION || typeof stories !== 'number') return undefined;
  const n = Math.min(stories, limit);
  if (n <= 0) return [];
  if (headEnd < 0) return undefined;
  let end = headEnd;
  for (let i = 0; i < n && end >= 0; i++) end = text.indexOf('\n', end + 1);
  const lines = text.slice(headEnd + 1, end < 0 ? text.length : end);
  const out = JSON.parse(`[${lines.replaceAll('\n', ',')}]`) as StorySummary[];
  // A listing cut short is not a listing: the caller reads the state instead.
  return out.length === n ? out : undefined;
}
