// A timeline request, as both faces make it: narrow the stored articles by story (merged stories included),
// source, entity, query words and dates with the store's indexes, load their analyses, and hand them to the
// pure timeline builder. Problems the user can fix come back as ServiceErrors in neutral words.
import type { ArticleCondition, ArticleFilter, Store } from '../store/store.js';
import { buildTimeline, methodProblem, type BuiltTimeline, type TimelineDoc, type TimelineOptions } from '../timeline/index.js';
import { parseQueryText } from '../timeline/query.js';
import { boundArticles, TIMELINE_ARTICLE_LIMIT, TIMELINE_TEXT_CHARS, type RankBy } from './bound.js';
import { knownEntity } from './entityNames.js';
import { ServiceError } from './errors.js';
import { listSources, type SourceCount } from './sources.js';
import { storyArticleIds } from './stories.js';
import { timelineDocs } from './timelineDocs.js';

export interface TimelineRequest extends TimelineOptions {
  /** Only articles of this story (see listStories). */
  story?: number;
  /** Only articles from this source (see listSources). */
  source?: string;
  /** Read at most this many matching articles (default TIMELINE_ARTICLE_LIMIT; see bound.ts). */
  maxArticles?: number;
}

/** How many times the articles a request reads a sample of its matches holds, when the store samples. */
const SAMPLE_FACTOR = 4;

export interface TimelineDeps {
  /** The store's sources; a long-running server passes a cached list. */
  sources?: () => Promise<SourceCount[]>;
  /** Adjusts each article before the build (saved timelines key its sentences and leave out hidden ones). */
  prepareDoc?: (doc: TimelineDoc) => TimelineDoc;
}

/** Builds the timeline a request asks for; throws ServiceError when it cannot be built. Never returns no entries. */
export async function timelineRequest(store: Store, request: TimelineRequest, deps: TimelineDeps = {}):
  Promise<BuiltTimeline> {
  const methodIssue = request.method === undefined ? undefined : methodProblem(request.method);
  if (methodIssue) throw new ServiceError('invalid', methodIssue, { param: 'method' });
  const span = await store.dateSpan();
  if (!span) throw new ServiceError('no_result', 'the store is empty: ingest articles first', { see: 'ingest' });
  const { from, to } = request;
  if (from && to && from > to) {
    throw new ServiceError('invalid', `the start date ${from} is after the end date ${to}`, { param: 'from' });
  }
  if ((from && from > span.last) || (to && to < span.first)) {
    throw new ServiceError('no_result', `no articles in the requested dates: stored articles run from ${span.first} ` +
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
  if (request.story !== undefined) {
    const members = await storyArticleIds(store, request.story);
    if (members.length === 0) {
      throw new ServiceError('not_found', `there is no story ${request.story}`, { param: 'story', see: 'stories' });
    }
    narrow(members);
  }
  if (request.source !== undefined) {
    const sources = await (deps.sources ?? (() => listSources(store)))();
    const found = sources.find((s) => s.source === request.source);
    if (!found) {
      throw new ServiceError('not_found', `no stored article has the source '${request.source}'`,
        { param: 'source', see: 'sources' });
    }
    narrow(found.ids);
    if (ids!.length === 0) {
      throw new ServiceError('no_result', `story ${request.story} has no article from '${request.source}'`);
    }
  }
  const { maxArticles, ...timelineOptions } = request;
  const options: TimelineOptions = { ...timelineOptions };
  let rank: RankBy | undefined;
  // Conditions the store applies itself: the articles mentioning a well-covered entity run to tens of thousands,
  // and listing them here only to hand them back would cost more than the narrowing.
  const where: ArticleCondition[] = [];
  if (request.entity) {
    const named = await knownEntity(store, request.entity);
    if (named) {
      // A known entity has stored mentions (its names come from them).
      where.push({ names: [request.entity, named.name] });
      options.entityNames = named;
    } else {
      const mentioning = await store.articlesMentioning(request.entity);
      if (mentioning.length === 0) {
        throw new ServiceError('not_found', `no stored article mentions an entity named '${request.entity}'`,
          { param: 'entity', see: 'entities' });
      }
      narrow(mentioning);
    }
  }
  if (request.keywords?.length) {
    const matching = await store.searchIds(request.keywords.join(' '), from ? { from } : {});
    rank = { text: request.keywords.join(' '), match: 'any', ...(from ? { from } : {}) };
    if (matching.length === 0) {
      throw new ServiceError('no_result', `no stored article matches the keywords '${request.keywords.join(' ')}'`);
    }
    narrow(matching);
  }
  const parsed = request.query ? parseQueryText(request.query) : undefined;
  if (request.query && !parsed) {
    // Only common words ("the", "us"): nothing to search for, unless they are a known entity's name ("US", "WHO").
    const named = await knownEntity(store, request.query.replace(/["“”]/g, ''));
    if (!named) {
      throw new ServiceError('invalid', `the query '${request.query}' has only common words: nothing to search for`,
        { param: 'query' });
    }
    where.push({ names: [named.name] });
    if (!request.entity) {
      options.entity = named.name;
      options.entityNames = named;
    }
  }
  if (request.query && parsed) {
    const named = await knownEntity(store, request.query.replace(/["“”]/g, ''));
    // Every word, as the timeline reads the query; any word only when no article has them all.
    const words = parsed.words.join(' ');
    let matching = await store.searchIds(words, { ...(from ? { from } : {}), match: 'all' });
    rank = { text: words, match: 'all', ...(from ? { from } : {}) };
    if (matching.length === 0) {
      matching = await store.searchIds(words, from ? { from } : {});
      rank.match = 'any';
    }
    if (named) {
      // The articles matching the words or mentioning the entity the query names.
      options.queryEntity = named;
      where.push({ ids: matching, names: [named.name] });
    } else {
      if (matching.length === 0) {
        throw new ServiceError('no_result', `no stored article matches the query '${request.query}'`);
      }
      narrow(matching);
    }
  }

  const filter: ArticleFilter = { excludeNearDuplicates: true };
  if (from) filter.from = from;
  if (ids !== undefined) filter.ids = ids;
  if (where.length > 0) filter.where = where;
  const limit = Math.max(1, maxArticles ?? TIMELINE_ARTICLE_LIMIT);
  // Without a ranking, the articles read are an even spread over the matches, which an even spread over a large
  // enough sample of them gives as well: an entity in half of a large archive is not listed whole.
  const sampled = !rank && where.some((c) => c.names?.length) && store.sampleArticleIds
    ? await store.sampleArticleIds(filter, SAMPLE_FACTOR * limit) : undefined;
  const selected = sampled?.ids ?? await store.listArticleIds(filter);
  if (selected.length === 0) throw new ServiceError('no_result', 'no stored article matches this request');
  const matches = sampled?.total ?? selected.length;
  const read = await boundArticles(store, selected, limit, rank);
  // A caller's adjustments may change the sentences, which a record would not know: they need the analysis.
  const fromIndex = !deps.prepareDoc;
  const articles = await store.listArticles({ ids: read, ...(fromIndex ? { textChars: TIMELINE_TEXT_CHARS } : {}) });
  const docs: TimelineDoc[] = [];
  const loaded = await timelineDocs(store, articles, fromIndex, !deps.prepareDoc,
    Boolean(options.entityNames || options.queryEntity || request.entity), fromIndex ? TIMELINE_TEXT_CHARS : undefined);
  for (const td of loaded) docs.push(deps.prepareDoc ? deps.prepareDoc(td) : td);
  if (docs.length === 0) {
    throw new ServiceError('no_result', 'the matching articles have not been analysed yet', { see: 'analyze' });
  }
  const built = buildTimeline(docs, options);
  if (request.story !== undefined) built.query.story = request.story;
  if (request.source !== undefined) built.query.source = request.source;
  if (read.length < matches) {
    built.matched = { ...built.matched, read: { articles: read.length, of: matches,
      ...(sampled && !sampled.exact ? { estimated: true } : {}) } };
  }
  if (built.entries.length === 0) {
    throw new ServiceError('no_result', built.reason ?? 'no dated events found for this request');
  }
  return built;
}

