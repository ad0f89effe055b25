// The analysed articles a timeline is built from. An article with a timeline index record (timeline/record.ts)
// is read from it and its stored text, which costs a small share of decompressing and parsing its whole
// analysis; the others (analysed before the index existed, or whose analysis a record cannot tell) are read
// from their analyses. Both give the timeline builder the same sentences.
import type { Article, Doc } from '../types.js';
import type { Store } from '../store/store.js';
import type { TimelineDoc } from '../timeline/index.js';
import { readTimelineRecord } from '../timeline/record.js';

/**
 * The analysed ones of `articles` as timeline documents, in the order given. `fromIndex`: whether records may
 * stand for analyses (a record holds no entities: requests naming one read the analyses). `preparedFromIndex`:
 * whether an analysis read anyway may take its collection sentences from its record (what prepareDoc would give
 * it, checked when the record was written) instead of preparing them again.
 */
export async function timelineDocs(store: Store, articles: Article[], fromIndex: boolean, preparedFromIndex = false):
  Promise<TimelineDoc[]> {
  const records = (fromIndex || preparedFromIndex) && store.getTimelineRecords
    ? await store.getTimelineRecords(articles.map((a) => a.id)) : new Map<number, Uint8Array>();
  if (!fromIndex) return fromAnalyses(store, articles, preparedFromIndex ? records : new Map());
  const fromRecords = new Map<number, TimelineDoc>();
  for (const a of articles) {
    const bytes = records.get(a.id);
    const read = bytes ? readTimelineRecord(bytes, a.text) : undefined;
    if (!read) continue;
    fromRecords.set(a.id, withArticle(a, { id: a.id, published: a.published, text: a.text,
      sentences: read.sentences, timexes: [], prepared: read.prepared }));
  }
  const rest = articles.filter((a) => !fromRecords.has(a.id)).map((a) => a.id);
  const analyses = rest.length > 0 ? await store.getAnalyses(rest) : new Map<number, Doc>();
  const docs: TimelineDoc[] = [];
  for (const a of articles) {
    const recorded = fromRecords.get(a.id);
    if (recorded) {
      docs.push(recorded);
      continue;
    }
    const doc = analyses.get(a.id);
    if (!doc) continue;
    const td: TimelineDoc = { id: a.id, published: a.published, text: a.text, sentences: doc.sentences,
      timexes: doc.timexes, entities: doc.entities };
    if (doc.sentenceDates) td.sentenceDates = doc.sentenceDates;
    docs.push(withArticle(a, td));
  }
  return docs;
}

function withArticle(a: Article, td: TimelineDoc): TimelineDoc {
  if (a.title) td.title = a.title;
  if (a.source) td.source = a.source;
  if (a.url) td.url = a.url;
  return td;
}

/** The articles read from their analyses, each with the collection sentences of its record when it has one. */
async function fromAnalyses(store: Store, articles: Article[], records: Map<number, Uint8Array>):
  Promise<TimelineDoc[]> {
  const analyses = await store.getAnalyses(articles.map((a) => a.id));
  const docs: TimelineDoc[] = [];
  for (const a of articles) {
    const doc = analyses.get(a.id);
    if (!doc) continue;
    const td: TimelineDoc = { id: a.id, published: a.published, text: a.text, sentences: doc.sentences,
      timexes: doc.timexes, entities: doc.entities };
    if (doc.sentenceDates) td.sentenceDates = doc.sentenceDates;
    const bytes = records.get(a.id);
    const read = bytes ? readTimelineRecord(bytes, a.text) : undefined;
    if (read) td.prepared = read.prepared;
    docs.push(withArticle(a, td));
  }
  return docs;
}
