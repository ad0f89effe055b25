// The working set a timeline method reads: every sentence of every selected article, flattened, with its
// publication day, the dates it mentions and a tf-idf vector fitted on the whole set.
import type { Sentence, SentenceDate, Timex, EntityMention } from '../types.js';
import { dayNumber, sentenceDates, type MentionedDate } from './dates.js';
import { TfIdf, type SparseVector } from './text.js';
import { datelineLength } from '../text/dateline.js';

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
  /** The event date of each sentence (analysis layer; absent in analyses stored before it existed). */
  sentenceDates?: SentenceDate[];
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
  /** The date of the event the sentence reports, when the analysis has that layer. */
  event?: SentenceDate;
  vector: SparseVector;
}

export interface Collection {
  docs: TimelineDoc[];
  sentences: CollectedSentence[];
  /** Sentences per article, in article order (same objects as `sentences`). */
  byDoc: CollectedSentence[][];
  tfidf: TfIdf;
}

/** Sentences longer than this (characters) are usually run-together paragraphs, tables or several clauses of
 * background: never summary material (Timeline17 gold sentences average 114 characters). */
export const MAX_SUMMARY_SENTENCE_CHARS = 300;

export function buildCollection(docs: TimelineDoc[]): Collection {
  const tfidf = new TfIdf();
  const byDoc: CollectedSentence[][] = [];
  for (const doc of docs) {
    const pubDay = dayNumber(doc.published);
    const dates = sentenceDates(doc.sentences, doc.timexes);
    const events = new Map((doc.sentenceDates ?? []).map((e) => [e.sentence, e]));
    byDoc.push(
      doc.sentences.map((s, i) => {
        const text = stripDateline(s.text);
        return new Collected(doc, s.index, text, pubDay, dates[i]!, tfidf.add(text), tfidf, events.get(s.index));
      }),
    );
  }
  return { docs, sentences: byDoc.flat(), byDoc, tfidf };
}

/**
 * The sentence without a leading dateline ("LONDON (Reuters) -", "PORT ALDER, Veloria (VNS) —"; see
 * analyze/dateline.ts). The result is a suffix of the sentence, so it stays a substring of the article; a sentence
 * that is nothing but a dateline is returned unchanged.
 */
export function stripDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/**
 * A collected sentence whose tf-idf vector is computed on first use: a method reads the vectors of a small
 * part of a large collection (the candidates of the chosen days), and building a few hundred thousand
 * sparse vectors up front dominated the time of a timeline over thousands of articles.
 */
class Collected implements CollectedSentence {
  days: number[];
  readonly explicitDays: number[];
  private cached: SparseVector | undefined;

  constructor(
    readonly doc: TimelineDoc,
    readonly index: number,
    readonly text: string,
    readonly pubDay: number,
    readonly dates: MentionedDate[],
    private readonly ids: Int32Array,
    private readonly tfidf: TfIdf,
    readonly event?: SentenceDate,
  ) {
    this.days = [];
    this.explicitDays = [];
    for (const d of dates) {
      if (d.granularity !== 'day') continue;
      const day = dayNumber(d.value);
      this.days.push(day);
      if (d.explicit) this.explicitDays.push(day);
    }
    // The event layer read the sentence's own day again (a weekday under a live-blog update is the one before the
    // update, not before publication): its day replaces the days read from the publication date.
    if (event?.basis === 'own' && event.granularity === 'day') {
      const day = dayNumber(event.value);
      if (!this.days.includes(day)) this.days = [day];
    }
  }

  get vector(): SparseVector {
    return (this.cached ??= this.tfidf.vectorOfIds(this.ids));
  }
}
