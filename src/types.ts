// Core types shared by every stage. Keep them small: each stage adds one layer.

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** An article as a reader produced it, before normalisation and deduplication. */
export interface RawArticle {
  text: string;
  /** Publication date, YYYY-MM-DD (a time may follow after 'T' when known). */
  published: string;
  title?: string;
  url?: string;
  source?: string;
  /** Where the article came from: a path, optionally with ':line' or '#record'. */
  origin: string;
  /** Dataset topic (tilse / news-tls layouts), kept as metadata. */
  topic?: string;
}

/** A record a reader could not turn into an article. */
export interface Rejection {
  origin: string;
  reason: string;
}

export type SourceItem = { kind: 'article'; article: RawArticle } | { kind: 'reject'; rejection: Rejection };

/** A stored article. */
export interface Article {
  id: number;
  published: string;
  title?: string;
  url?: string;
  source?: string;
  topic?: string;
  text: string;
  /** Every place this text was ingested from. */
  origins: string[];
  /** Set when this article is a near-duplicate of an earlier one. */
  nearDuplicateOf?: number;
}

export interface Sentence {
  index: number;
  /** Offsets into the normalised article text. */
  start: number;
  end: number;
  text: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity = 'day' | 'month' | 'year' | 'decade' | 'century' | 'week' | 'quarter' | 'season' | 'time' | 'none';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value, e.g. 2020-08-25, 2018-12, P18M, PRESENT_REF, XXXX-WXX-1. */
  value: string;
  granularity: Granularity;
  anchoredTo: 'publication' | 'previous' | 'none';
}

/** The kinds of named entity Chronicle tracks. */
export const ENTITY_KINDS = ['PERSON', 'ORG', 'PLACE'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityMention {
  kind: EntityKind;
  /** Canonical name inside this document, e.g. 'Michael Kovrig' for 'Kovrig'. */
  name: string;
  start: number;
  end: number;
  text: string;
}

export interface Quote {
  /** The speaker as written, e.g. 'Zhao Lijian' or 'the department'. */
  speakerText?: string;
  /** Canonical speaker name when resolved to an entity. */
  speaker?: string;
  speakerStart?: number;
  speakerEnd?: number;
  cue?: string;
  /** The quoted or reported content and its offsets in the article text. */
  text: string;
  start: number;
  end: number;
  direct: boolean;
  /** When it was said, when the text says so ("said on Friday"): the day's TIMEX3 value, e.g. 2020-08-21. */
  saidOn?: string;
}

/** Where a sentence's event date comes from, most to least direct. */
export const EVENT_DATE_BASES = ['own', 'update', 'statement', 'reference', 'publication'] as const;

/**
 * own: the sentence's own time expression; update: the live-blog update stamp heading its section; statement:
 * the date of the statement it reports or continues; reference: the running reference time of the text (the
 * last date it gave); publication: nothing better.
 */
export type EventDateBasis = (typeof EVENT_DATE_BASES)[number];

/** The date of the event a sentence reports. */
export interface SentenceDate {
  /** Index of the sentence in Doc.sentences. */
  sentence: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  granularity: 'day' | 'month' | 'year';
  /** 0..1: how sure the rule that chose the date is (an own day ~0.9, publication as fallback ~0.3). */
  confidence: number;
  basis: EventDateBasis;
}

/** One speaker's turn in a broadcast transcript: the text after the speaker tag, up to the next tag. */
export interface Turn {
  /** The name as the tag writes it, e.g. 'MALVEAUX' or 'WOLF BLITZER'. */
  speaker: string;
  start: number;
  end: number;
}

/** One analysed article: every layer carries offsets into the article text. */
export interface Doc {
  text: string;
  published: IsoDate;
  sentences: Sentence[];
  timexes: Timex[];
  entities: EntityMention[];
  quotes: Quote[];
  /** One per sentence. Absent in analyses stored before this layer existed: consumers fall back to timexes. */
  sentenceDates?: SentenceDate[];
  /** Speaker turns when the article is a transcript (speaker tags themselves are furniture). */
  turns?: Turn[];
}

export interface TimelineSentence {
  text: string;
  articleId: number;
  sentenceIndex: number;
  published: string;
  title?: string;
  source?: string;
  url?: string;
  /** The source's name, or the domain of the URL when the article has no source name. */
  outlet?: string;
}

export interface TimelineEntry {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  granularity: 'day' | 'month' | 'year';
  sentences: TimelineSentence[];
  /** At most 12 words taken in order from the entry's first sentence (filled by the timeline builder). */
  headline?: string;
  /** The articles cited, one each, in the order of their first citation. */
  sources?: TimelineSource[];
  /** How many articles of the selection (and of how many outlets) report the same thing on this date. */
  reportedBy?: ReportedBy;
}

/** One cited article as an editor reads the credit: title, outlet, link, publication date. */
export interface TimelineSource {
  articleId: number;
  published: string;
  title?: string;
  /** The source's name, or the domain of the URL when the article has no source name. */
  outlet?: string;
  url?: string;
}

/** Corroboration of an entry: the cited articles and every other selected article saying the same on its date. */
export interface ReportedBy {
  articles: number;
  /** Distinct outlets among those articles (articles of no known outlet are not counted). */
  outlets: number;
}

/** What a timeline's query and entity were found as, so a reader knows what the entries were chosen for. */
export interface TimelineMatch {
  query?: {
    /** phrase: the words in a row, or a name of the entity the query names; all: every word; any: at least one. */
    mode: 'phrase' | 'all' | 'any';
    /** The phrases or words looked for, lowercased. */
    terms: string[];
    /** The entity the query names and its other names, found as well. */
    entity?: { name: string; aliases: string[] };
    articles: number;
    /** Why a looser match than the query asks for was used. */
    note?: string;
  };
  entity?: { name: string; aliases: string[]; articles: number };
  /** Set when more articles matched than one request reads: how many were read, of how many. */
  read?: { articles: number; of: number; /** `of` was estimated from a sample of the matches. */ estimated?: boolean };
}

export interface Timeline {
  query: { text?: string; entity?: string; story?: number; source?: string; from?: string; to?: string };
  method: string;
  entries: TimelineEntry[];
  matched?: TimelineMatch;
  /** Dates before the story's own period that its articles recall (a few at most), when no start date was given. */
  background?: TimelineEntry[];
}

/** One story as the story clusterer describes it: its label, size, span and largest events. */
export interface StorySummary {
  id: number;
  label: string;
  articles: number;
  first: string;
  last: string;
  events: { date: string; label: string; articles: number }[];
}

/** A corpus-level entity: a stable key, its kind and its current canonical name. */
export interface EntityRef {
  key: string;
  kind: EntityKind;
  name: string;
}
