// The SQL of the article listings and full-text matches: which articles a filter or a search selects, in which order.
import type { ArticleFilter, ArticleSample, SearchMatch, SearchOptions } from '../store.js';
import type { StatementCache } from './statements.js';

/** Turns free text into an FTS5 query matching any of its words (or all, or the words in a row), quoted safely. */
export function ftsQuery(text: string, match: SearchMatch = 'any'): string | undefined {
  const terms = text.match(/[\p{L}\p{N}]+/gu);
  if (!terms || terms.length === 0) return undefined;
  if (match === 'phrase') return `"${terms.join(' ')}"`;
  return terms.map((t) => `"${t}"`).join(match === 'all' ? ' AND ' : ' OR ');
}

export const ARTICLE_COLUMNS = `a.id, a.published, a.title, a.url, a.source, a.topic, a.text, a.near_duplicate_of,
  (SELECT group_concat(origin, char(31)) FROM article_origins o WHERE o.article_id = a.id) AS origins`;

export type Params = (string | number)[];

/** WHERE clauses for a publication-date window (dates compare as ISO text). */
export function dateWindow(opts: { from?: string; to?: string }, where: string[], params: Params): void {
  if (opts.from) { where.push('a.published >= ?'); params.push(opts.from); }
  if (opts.to) { where.push('substr(a.published, 1, 10) <= ?'); params.push(opts.to); }
}

/** The WHERE terms and parameters of a full-text match within a publication window; undefined for no words. */
export function matchClause(text: string, opts: SearchOptions): { where: string[]; params: Params } | undefined {
  const q = ftsQuery(text, opts.match);
  if (!q) return undefined;
  const where = ['articles_fts MATCH ?'];
  const params: Params = [q];
  dateWindow(opts, where, params);
  return { where, params };
}

/** The articles that mention an entity named (canonical name) or written (a mention's text) as the parameter. */
export const NAMING = `SELECT article_id FROM alias_articles WHERE alias_id IN (SELECT x.id FROM entities e
  JOIN entity_aliases x ON x.entity_id = e.id WHERE e.name = ? COLLATE NOCASE
  UNION SELECT id FROM entity_aliases WHERE text = ? COLLATE NOCASE)`;

/**
 * The articles a condition's names select, kept only when the hash of their id falls below the parameter: ids
 * times 2^32/φ modulo 2^32 spread evenly over [0, 2^32) whatever the ids' spacing (Fibonacci hashing), so a
 * threshold of f·2^32 keeps about the fraction f of any run of ids, with no period a feed's order could align with.
 */
export const SAMPLED_NAMING = `${NAMING} AND (article_id * 2654435761) % 4294967296 < ?`;

/** Entries of the written-form posting under the names of a condition (an upper bound of its articles). */
export const NAMING_ENTRIES = `SELECT count(*) AS n FROM (${NAMING})`;

/** The article columns, the text cut to `filter.textChars` characters when it asks for that. */
export function articleColumns(filter: ArticleFilter): string {
  const n = filter.textChars;
  if (n === undefined) return ARTICLE_COLUMNS;
  if (!Number.isInteger(n) || n < 0) throw new Error(`textChars must be a whole number, not ${n}`);
  return ARTICLE_COLUMNS.replace('a.text,', `substr(a.text, 1, ${n}) AS text,`);
}

/** The listing of articles a filter selects, in publication order; undefined when it selects none for sure. */
export function articleQuery(filter: ArticleFilter, columns: string, hashBelow?: number):
  { sql: string; params: Params } | undefined {
  const where: string[] = [];
  const params: Params = [];
  dateWindow(filter, where, params);
  if (filter.topic) { where.push('a.topic = ?'); params.push(filter.topic); }
  if (filter.excludeNearDuplicates) where.push('a.near_duplicate_of IS NULL');
  if (filter.ids) {
    if (filter.ids.length === 0) return undefined;
    where.push(`a.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.ids));
  }
  for (const c of filter.where ?? []) {
    const any: string[] = [];
    if (c.ids && c.ids.length > 0) {
      any.push('a.id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(c.ids));
    }
    for (const name of new Set(c.names ?? [])) {
      any.push(`a.id IN (${hashBelow === undefined ? NAMING : SAMPLED_NAMING})`);
      params.push(name, name);
      if (hashBelow !== undefined) params.push(hashBelow);
    }
    if (any.length === 0) return undefined;
    where.push(`(${any.join(' OR ')})`);
  }
  // A listing of ids only, narrowed to given ids or entities, reads the compact order index (migration 13) for each
  // candidate; the planner would read the article rows themselves, which costs several times more.
  const byIndex = columns === 'a.id' && !filter.topic && (filter.ids !== undefined || (filter.where?.length ?? 0) > 0);
  let sql = `SELECT ${columns} FROM articles a${byIndex ? ' INDEXED BY articles_order' : ''}`;
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ' ORDER BY a.published, a.id';
  if (filter.limit) { sql += ' LIMIT ?'; params.push(filter.limit); }
  return { sql, params };
}

/**
 * Store.sampleArticleIds on SQLite. A filter narrowed only by one condition of names whose posting holds more than
 * twice `size` entries keeps the articles whose id hashes below a threshold set for about three times `size` of
 * them (an article is usually written under one or two of an entity's names, so entries overstate articles);
 * the count is over the posting's index, and the sample costs a fraction of the listing (53k of 100k articles:
 * 84-125 -> 24 ms). Anything else is listed whole.
 */
export function sampleArticleIds(sql: StatementCache, filter: ArticleFilter, size: number): ArticleSample {
  const list = (hashBelow?: number): number[] => {
    const q = articleQuery(filter, 'a.id', hashBelow);
    return q ? sql.get<Params, { id: number }>(q.sql).all(...q.params).map((r) => r.id) : [];
  };
  const [only, ...others] = filter.where ?? [];
  // The posting's count bounds the selection only when nothing else narrows it: with a date window, a count over all
  // dates would thin a few matching articles to fewer still.
  const alone = filter.ids === undefined && !filter.from && !filter.to && !filter.topic && filter.limit === undefined;
  const names = only && others.length === 0 && !only.ids?.length && alone ? [...new Set(only.names ?? [])] : [];
  let entries = 0;
  for (const name of names) entries += sql.get<[string, string], { n: number }>(NAMING_ENTRIES).get(name, name)!.n;
  if (entries <= 2 * size) {
    const ids = list();
    return { ids, total: ids.length, exact: true };
  }
  const fraction = (3 * size) / entries;
  const ids = list(Math.floor(fraction * 2 ** 32));
  return { ids, total: Math.round(ids.length / fraction), exact: false };
}
