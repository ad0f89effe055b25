// The analysed articles a timeline is built from. An article with a timeline index record (timeline/record.ts)
// is read from it and its stored text, which costs a small share of decompressing and parsing its whole
// analysis; the others (analysed before the index existed, or whose analysis a record cannot tell) are read
// from their analyses. Both give the timeline builder the same sentences. A request naming an entity needs the
// articles' entity mentions too: those come from the mention records kept beside (store/mentionRecords.ts).
import type { Article } from '../types.js';
import type { Store } from '../store/store.js';
import type { TimelineDoc } from '../timeline/index.js';
import { readTimelineRecord } from '../timeline/record.js';

/**
 * The analysed ones of `articles` as timeline documents, in the order given. `fromIndex`: whether records may
 * stand for analyses. `preparedFromIndex`: whether an analysis read anyway may take its collection sentences from
 * its record (what prepareDoc would give it, checked when the record was written) instead of preparing them again.
 * `entities`: whether the request needs the articles' entity mentions (it names an entity): a record stands for
 * the analysis only together with the article's mention record then.
 */
export async function timelineDocs(store: Store, articles: Article[], fromIndex: boolean, preparedFromIndex = false,
  entities = false, textChars?: number): Promise<TimelineDoc[]> {
  const records = (fromIndex || preparedFromIndex) && store.getTimelineRecords
    ? await store.getTimelineRecords(articles.map((a) => a.id)) : new Map<number, Uint8Array>();
  if (!fromIndex) return fromAnalyses(store, articles, preparedFromIndex ? records : new Map());
  const mentions = entities && store.getEntityMentions
    ? await store.getEntityMentions(new Map(articles.filter((a) => records.has(a.id)).map((a) => [a.id, a.text])))
    : undefined;
  const fromRecords = new Map<number, TimelineDoc>();
  for (const a of articles) {
    const bytes = records.get(a.id);
    const found = mentions?.get(a.id);
    if (!bytes || (entities && !found)) continue;
    const read = readTimelineRecord(bytes, a.text);
    if (!read) continue;
    const td: TimelineDoc = { id: a.id, published: a.published, text: a.text, sentences: read.sentences, timexes: [],
      prepared: read.prepared };
    // A text read cut short keeps the mentions inside it (the record keeps its sentences likewise).
    if (found) td.entities = found.every((m) => m.end <= a.text.length) ? found
      : found.filter((m) => m.end <= a.text.length);
    fromRecords.set(a.id, withArticle(a, td));
  }
  let rest = articles.filter((a) => !fromRecords.has(a.id));
  // An analysis tells spans in the whole text: an article read cut short is read again whole for it.
  const cut = textChars === undefined ? [] : rest.filter((a) => a.text.length >= textChars).map((a) => a.id);
  if (cut.length > 0) {
    const whole = new Map((await store.listArticles({ ids: cut })).map((a) => [a.id, a]));
    rest = rest.map((a) => whole.get(a.id) ?? a);
  }
  const analysed = rest.length > 0 ? await fromAnalyses(store, rest, records) : [];
  const byId = new Map(analysed.map((d) => [d.id, d]));
  const docs: TimelineDoc[] = [];
  for (const a of articles) {
    const doc = fromRecords.get(a.id) ?? byId.get(a.id);
    if (doc) docs.push(doc);
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
