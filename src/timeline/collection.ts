// The working set a timeline method reads: every sentence of every selected article, flattened, with its
// publication day, the dates it mentions and a tf-idf vector fitted on the whole set.
import type { Sentence, Timex, EntityMention } from '../types.js';
import { dayNumber, sentenceDates, type MentionedDate } from './dates.js';
import { TfIdf, type SparseVector } from './text.js';

/** An analysed article as the timeline builder receives it (from the store or an evaluation dataset). */
export interface TimelineDoc {
  id: number;
  /** YYYY-MM-DD, optionally followed by a time. */
  published: string;
  title?: string;
  source?: string;
  url?: string;
  text: string;
  sentences: Sentence[];
  timexes: Timex[];
  entities?: EntityMention[];
}

export interface CollectedSentence {
  doc: TimelineDoc;
  /** Index of the sentence inside its article. */
  index: number;
  text: string;
  /** Publication day number of the article. */
  pubDay: number;
  /** Dates mentioned in the sentence, in text order. */
  dates: MentionedDate[];
  /** Day numbers of the day-precision dates mentioned. */
  days: number[];
  /** Day numbers of the days written as calendar dates. */
  explicitDays: number[];
  vector: SparseVector;
}

export interface Collection {
  docs: TimelineDoc[];
  sentences: CollectedSentence[];
  /** Sentences per article, in article order (same objects as `sentences`). */
  byDoc: CollectedSentence[][];
  tfidf: TfIdf;
}

/** Sentences longer than this are usually run-together paragraphs or tables: never summary material. */
export const MAX_SUMMARY_SENTENCE_CHARS = 400;

export function buildCollection(docs: TimelineDoc[]): Collection {
  const raw: { doc: TimelineDoc; index: number; text: string; pubDay: number; dates: MentionedDate[] }[][] = [];
  for (const doc of docs) {
    const pubDay = dayNumber(doc.published);
    const dates = sentenceDates(doc.sentences, doc.timexes);
    raw.push(doc.sentences.map((s, i) => ({ doc, index: s.index, text: s.text, pubDay, dates: dates[i]! })));
  }
  const tfidf = new TfIdf(raw.flatMap((r) => r.map((s) => s.text)));
  const byDoc = raw.map((r) =>
    r.map((s): CollectedSentence => {
      const days = s.dates.filter((d) => d.granularity === 'day').map((d) => dayNumber(d.value));
      const explicitDays = s.dates.filter((d) => d.granularity === 'day' && d.explicit).map((d) => dayNumber(d.value));
      return { ...s, days, explicitDays, vector: tfidf.vector(s.text) };
    }),
  );
  return { docs, sentences: byDoc.flat(), byDoc, tfidf };
}
