// Builds a timeline from what is stored: picks the articles a query can be about (full-text, entity, story,
// dates) with the store's indexes, loads their analyses, and hands them to the pure timeline builder.
import type { Store } from '../store/store.js';
import type { TimelineDoc } from '../timeline/collection.js';
import { buildTimeline, type BuiltTimeline, type TimelineOptions } from '../timeline/index.js';

export interface StoreTimelineOptions extends TimelineOptions {
  /** Restrict to the articles of one story (ids supplied by the caller, who knows the story store). */
  storyArticleIds?: number[];
  story?: number;
}

/** A user-facing problem with a timeline request (empty store, nothing matches, bad range). */
export class TimelineRequestError extends Error {}

export async function timelineFromStore(store: Store, opts: StoreTimelineOptions): Promise<BuiltTimeline> {
  const span = await store.dateSpan();
  if (!span) throw new TimelineRequestError('the store is empty: ingest articles first (chronicle ingest <paths>)');
  if (opts.from && opts.to && opts.from > opts.to) {
    throw new TimelineRequestError(`--from ${opts.from} is after --to ${opts.to}`);
  }
  if ((opts.from && opts.from > span.last) || (opts.to && opts.to < span.first)) {
    throw new TimelineRequestError(`no articles in the requested dates: stored articles run from ${span.first} ` +
      `to ${span.last}`);
  }

  let ids: number[] | undefined;
  const narrow = (next: number[]): void => {
    if (ids === undefined) ids = next;
    else {
      const keep = new Set(next);
      ids = ids.filter((id) => keep.has(id));
    }
  };
  if (opts.storyArticleIds) narrow(opts.storyArticleIds);
  if (opts.entity) {
    const mentioning = await store.articlesMentioning(opts.entity);
    if (mentioning.length === 0) {
      throw new TimelineRequestError(`no stored article mentions an entity named '${opts.entity}' ` +
        '(see chronicle entities)');
    }
    narrow(mentioning);
  }
  const text = [opts.query ?? '', ...(opts.keywords ?? [])].join(' ').trim();
  if (text) {
    const matching = await store.searchIds(text, opts.from ? { from: opts.from } : {});
    if (matching.length === 0) throw new TimelineRequestError(`no stored article matches the query '${text}'`);
    narrow(matching);
  }

  const filter: Parameters<Store['listArticles']>[0] = { excludeNearDuplicates: true };
  if (opts.from) filter.from = opts.from;
  if (ids !== undefined) filter.ids = ids;
  const articles = await store.listArticles(filter);
  if (articles.length === 0) throw new TimelineRequestError('no stored article matches this request');
  const analyses = await store.getAnalyses(articles.map((a) => a.id));
  const docs: TimelineDoc[] = [];
  for (const a of articles) {
    const doc = analyses.get(a.id);
    if (!doc) continue;
    const td: TimelineDoc = { id: a.id, published: a.published, text: a.text, sentences: doc.sentences,
      timexes: doc.timexes, entities: doc.entities };
    if (a.title) td.title = a.title;
    if (a.source) td.source = a.source;
    if (a.url) td.url = a.url;
    docs.push(td);
  }
  if (docs.length === 0) {
    throw new TimelineRequestError('the matching articles have not been analysed yet: run chronicle analyze');
  }
  const built = buildTimeline(docs, opts);
  if (opts.story !== undefined) built.query.story = opts.story;
  return built;
}
