// The working set a timeline method reads: every sentence of every selected article, flattened, with its
// publication day, the dates it mentions and a tf-idf vector fitted on the whole set.
import type { Sentence, SentenceDate, Timex, EntityMention } from '../types.js';
import { dayNumber, sentenceDates, type MentionedDate } from './dates.js';
import { contentWords, TfIdf, type SparseVector } from './text.js';
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
  /** The sentences as the collection takes them, when read from the store's timeline index (record.ts). */
  prepared?: PreparedDoc;
}

/**
 * What the collection takes from one article: its sentences without datelines and repeats, with the dates they
 * mention, their event dates and their content words. Derived from the analysis (prepareDoc) or read back from
 * the store's timeline index, so that both ways give one collection.
 */
export interface PreparedDoc {
  /** The distinct content words of the sentences, in order of first use. */
  words: string[];
  sentences: PreparedSentence[];
  /** Where each of `words` is written, when read from the timeline index (the collection then reads them there). */
  places?: WordPlaces;
}

/**
 * Word w is texts[text[w]] from at[w], length[w] characters long, lowercased: a text may be the article's own,
 * not lowercased (record.ts says when that is the same; TfIdf.idAt lowercases as it reads).
 */
export interface WordPlaces {
  texts: string[];
  text: Int32Array;
  at: Int32Array;
  length: Int32Array;
}

export interface PreparedSentence {
  /** Index of the sentence inside its article. */
  index: number;
  text: string;
  dates: MentionedDate[];
  event?: SentenceDate;
  /** The sentence's content words in text order, as positions in PreparedDoc.words. */
  terms: Int32Array;
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
  /** True when `days` holds a day the sentence borrows from its context (see MIN_EVENT_CONFIDENCE), not its own. */
  borrowed: boolean;
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
    const prepared = doc.prepared ?? prepareDoc(doc);
    const places = prepared.places;
    const ids = new Int32Array(places ? places.at.length : prepared.words.length);
    for (let w = 0; w < ids.length; w++) {
      ids[w] = places ? tfidf.idAt(places.texts[places.text[w]!]!, places.at[w]!, places.length[w]!)
        : tfidf.idOf(prepared.words[w]!);
    }
    // The word ids of all the article's sentences in one array, each sentence a range of it.
    let total = 0;
    for (const s of prepared.sentences) total += s.terms.length;
    const flat = new Int32Array(total);
    let at = 0;
    byDoc.push(prepared.sentences.map((s) => {
      const from = at;
      for (let t = 0; t < s.terms.length; t++) flat[at++] = ids[s.terms[t]!]!;
      tfidf.addIds(flat, from, at);
      return new Collected(doc, s.index, s.text, pubDay, s.dates, flat, from, at, tfidf, s.event);
    }));
  }
  return { docs, sentences: byDoc.flat(), byDoc, tfidf };
}

/** The article's sentences as the collection takes them (see PreparedDoc), from its analysis. */
export function prepareDoc(doc: Pick<TimelineDoc, 'sentences' | 'timexes' | 'sentenceDates'>): PreparedDoc {
  const dates = sentenceDates(doc.sentences, doc.timexes);
  const events = new Map((doc.sentenceDates ?? []).map((e) => [e.sentence, e]));
  const vocabulary = new Map<string, number>();
  // A sentence an article prints twice (a title repeated as the lede under its dateline) is one report: counted twice,
  // it would outweigh every other sentence of its day in ranking and summaries.
  const seen = new Set<string>();
  const sentences: PreparedSentence[] = [];
  doc.sentences.forEach((s, i) => {
    const text = stripDateline(s.text);
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) return;
    seen.add(key);
    const words = contentWords(text);
    const terms = new Int32Array(words.length);
    for (let w = 0; w < words.length; w++) {
      let at = vocabulary.get(words[w]!);
      if (at === undefined) {
        at = vocabulary.size;
        vocabulary.set(words[w]!, at);
      }
      terms[w] = at;
    }
    const event = events.get(s.index);
    sentences.push({ index: s.index, text, dates: dates[i]!, ...(event ? { event } : {}), terms });
  });
  return { words: [...vocabulary.keys()], sentences };
}

/**
 * Least confidence at which an event date a sentence borrows stands for the sentence's own day, by where it is
 * borrowed from. The analysis gives 0.5 to a sentence reporting a statement dated nearby ("Champagne said." after
 * "... said in a statement on Friday") and to a past-tense sentence after a date the text gave in an earlier
 * paragraph, 0.6 to one after a date of its own paragraph, 0.45 to a present-tense sentence near publication
 * and 0.3 to the publication-day fallback. A date carried over from another paragraph is too often background
 * told after it ("The two Michaels were arrested ..." under a meeting on Tuesday), so reference needs its
 * paragraph's date.
 */
export const MIN_EVENT_CONFIDENCE: Readonly<Partial<Record<SentenceDate['basis'], number>>> = {
  update: 0.5,
  statement: 0.5,
  reference: 0.6,
};

function countsForEventDay(event: SentenceDate): boolean {
  const min = MIN_EVENT_CONFIDENCE[event.basis];
  return min !== undefined && event.confidence >= min;
}

/**
 * The sentence without a leading dateline ("LONDON (Reuters) -", "PORT ALDER, Veloria (VNS) —"; see
 * analyze/dateline.ts). The result is a suffix of the sentence, so it stays a substring of the article; a sentence
 * that is nothing but a dateline is returned unchanged.
 */
export function stripDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/** Day numbers of the values read so far: a collection's sentences name the same few thousand days over and over. */
const dayNumbers = new Map<string, number>();

/** dayNumber(value), remembered for the values of a collection's dates. */
export function dayOf(value: string): number {
  let day = dayNumbers.get(value);
  if (day === undefined) {
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    day = dayNumber(value);
    dayNumbers.set(value, day);
  }
  return day;
}

/**
 * The days of a sentence that names none, shared by all of them: nothing changes a sentence's day lists once it
 * is collected. (A frozen list would guard that, but gives the lists two shapes and slowed every loop over them.)
 */
const NO_DAYS: number[] = [];

/** Calls `add` with each (weight, word id) of the sentence's vector, in order, making the map only if it has one. */
export function eachWeight(s: CollectedSentence, add: (x: number, k: number) => void): void {
  if (s instanceof Collected) s.eachWeight(add);
  else s.vector.forEach(add);
}

/**
 * A collected sentence whose tf-idf vector is computed on first use: a method reads the vectors of a small
 * part of a large collection (the candidates of the chosen days), and building a few hundred thousand
 * sparse vectors up front dominated the time of a timeline over thousands of articles.
 */
class Collected implements CollectedSentence {
  // Declared, not defined: a defined class field is defined anew on each object before the constructor assigns it,
  // and a request over 1,500 articles collects some forty thousand sentences.
  declare readonly doc: TimelineDoc;
  declare readonly index: number;
  declare readonly text: string;
  declare readonly pubDay: number;
  declare readonly dates: MentionedDate[];
  declare private readonly ids: Int32Array;
  declare private readonly from: number;
  declare private readonly to: number;
  declare private readonly tfidf: TfIdf;
  declare readonly event: SentenceDate | undefined;
  declare days: number[];
  declare readonly explicitDays: number[];
  declare borrowed: boolean;
  declare private cached: SparseVector | undefined;

  constructor(doc: TimelineDoc, index: number, text: string, pubDay: number, dates: MentionedDate[], ids: Int32Array,
    from: number, to: number, tfidf: TfIdf, event?: SentenceDate) {
    this.doc = doc;
    this.index = index;
    this.text = text;
    this.pubDay = pubDay;
    this.dates = dates;
    this.ids = ids;
    this.from = from;
    this.to = to;
    this.tfidf = tfidf;
    this.event = event;
    this.borrowed = false;
    this.cached = undefined;
    // Most sentences name no day: they share one empty list instead of each allocating two.
    this.days = NO_DAYS;
    this.explicitDays = NO_DAYS;
    for (const d of dates) {
      if (d.granularity !== 'day') continue;
      const day = dayOf(d.value);
      if (this.days === NO_DAYS) this.days = [];
      this.days.push(day);
      if (!d.explicit) continue;
      if (this.explicitDays === NO_DAYS) this.explicitDays = [];
      this.explicitDays.push(day);
    }
    if (event?.granularity !== 'day') return;
    const day = dayOf(event.value);
    // The event layer read the sentence's own day again (a weekday under a live-blog update is the one before the
    // update, not before publication): its day replaces the days read from the publication date.
    if (event.basis === 'own') {
      if (!this.days.includes(day)) this.days = [day];
    } else if (dates.length === 0 && countsForEventDay(event)) {
      // No date of its own, but the text tells which day it reports ("Champagne said." after "... said in a
      // statement on Friday"): it speaks of that day, in ranking and in summaries, not of its publication day.
      this.days = [day];
      this.borrowed = true;
    }
  }

  get vector(): SparseVector {
    return (this.cached ??= this.tfidf.vectorOfIds(this.ids, this.from, this.to));
  }

  eachWeight(add: (x: number, k: number) => void): void {
    if (this.cached) this.cached.forEach(add);
    else this.tfidf.eachWeight(this.ids, this.from, this.to, add);
  }
}
