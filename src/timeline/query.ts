// What a timeline is about: a query text, keywords (a dataset's keyword list), an entity and a date range.
// Articles outside the range or not about the query are left out, and summary sentences must be about it too,
// which keeps background sentences ("Shares fell 2% on Tuesday") out of a story's timeline.
// A query of several words is read as people read it: as a phrase when the articles use it as one ("Michael
// Jackson", "oil spill"), else as all of its words, and only as any of them when no article has them all (the
// timeline then says so). A query naming a known entity also finds the entity's other names.
import type { TimelineMatch } from '../types.js';
import type { TimelineDoc } from './collection.js';
import { contentWords } from './text.js';
import { dayNumber } from './dates.js';
import { hasTerm, sentencesAbout, type EntityNames } from './queryMatch.js';

export type { EntityNames } from './queryMatch.js';

/** The phrases and words of a query text. */
export interface QueryText {
  /** Quoted phrases, or the whole text when it has several words; lowercased words joined by spaces. */
  phrases: string[];
  /** Content words (stopwords dropped). */
  words: string[];
  /** The user quoted a phrase: it must match as a phrase whenever some article has it. */
  quoted: boolean;
}

export type QueryMode = NonNullable<TimelineMatch['query']>['mode'];

/** A sentence as the query tests it (a CollectedSentence satisfies it). */
export interface QuerySentence {
  doc: TimelineDoc;
  index: number;
  text: string;
}

export interface TimelineQuery {
  /** Lowercased keywords (a dataset's list); a sentence matches when it contains any of them. */
  keywords: string[];
  entity?: string;
  fromDay: number;
  toDay: number;
  text?: QueryText;
  /** The entity the query text names, when the caller found one. */
  queryEntity?: EntityNames;
  /** The names of `entity`, when the caller found them. */
  entityNames?: EntityNames;
  /** How the query text was matched; set by selectDocs. */
  mode?: QueryMode;
  /**
   * In 'all' mode, whether a sentence must name every word too ('all'), or one of them ('any') because the
   * articles use the words apart, as alternatives ("quake earthquake", "egypt egyptian"); set by selectDocs.
   */
  sentenceMode?: 'all' | 'any';
  /** What was matched, for the reader; set by selectDocs. */
  matched?: TimelineMatch;
}

/** Whether a sentence may summarise a date: it names a keyword, is on the query (in its mode) and the entity. */
export function sentenceFilter(q: TimelineQuery): (s: QuerySentence) => boolean {
  return (s) => textMatchesKeywords(s.text, q.keywords) && entityAllows(q, s) && queryAllows(q, s);
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseQueryText(text: string): QueryText | undefined {
  const quoted = [...text.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => (m[1]!.toLowerCase().match(WORD) ?? []).join(' '))
    .filter((p) => p.length > 0);
  const words = [...new Set(contentWords(text))];
  const all = text.toLowerCase().match(WORD) ?? [];
  if (quoted.length > 0) return { phrases: [...new Set(quoted)], words, quoted: true };
  if (words.length === 0) return undefined;
  return { phrases: all.length > 1 ? [all.join(' ')] : [], words, quoted: false };
}

/** Turns the user's options into a query; dates default to the span of the articles. */
export function makeQuery(
  docs: TimelineDoc[],
  opts: { query?: string; keywords?: string[]; entity?: string; from?: string; to?: string;
    queryEntity?: EntityNames; entityNames?: EntityNames },
): TimelineQuery {
  const keywords = (opts.keywords ?? []).map((k) => k.toLowerCase().trim()).filter((k) => k.length > 0);
  let fromDay = opts.from ? dayNumber(opts.from) : Number.NaN;
  let toDay = opts.to ? dayNumber(opts.to) : Number.NaN;
  if (opts.from && Number.isNaN(fromDay)) fromDay = dayNumber(`${opts.from}-01`.slice(0, 10));
  if (opts.to && Number.isNaN(toDay)) toDay = endOfPeriod(opts.to);
  // Without a range, any past event may appear; events after the latest article are plans, not history.
  if (Number.isNaN(fromDay)) fromDay = -Infinity;
  if (Number.isNaN(toDay)) {
    toDay = -Infinity;
    for (const d of docs) {
      const day = dayNumber(d.published);
      if (day > toDay) toDay = day;
    }
  }
  const q: TimelineQuery = { keywords: [...new Set(keywords)], fromDay, toDay };
  if (opts.entity !== undefined) q.entity = opts.entity;
  const text = opts.query ? parseQueryText(opts.query) : undefined;
  if (text) q.text = text;
  if (opts.queryEntity) q.queryEntity = opts.queryEntity;
  if (opts.entityNames) q.entityNames = opts.entityNames;
  return q;
}

/** Last day of a YYYY or YYYY-MM period (for --to 2020 or --to 2020-06). */
function endOfPeriod(value: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  if (m[2] === undefined) return dayNumber(`${y + 1}-01-01`) - 1;
  const mo = Number(m[2]);
  return dayNumber(mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`) - 1;
}

export function textMatchesKeywords(text: string, keywords: string[]): boolean {
  if (keywords.length === 0) return true;
  const lower = text.toLowerCase();
  return keywords.some((k) => lower.includes(k));
}

/** Position of the sentence with this index in doc.sentences (they are normally the same). */
function sentencePosition(doc: TimelineDoc, index: number): number {
  return doc.sentences[index]?.index === index ? index : doc.sentences.findIndex((s) => s.index === index);
}

function about(e: EntityNames, s: QuerySentence): boolean {
  return sentencesAbout(s.doc, e)[sentencePosition(s.doc, s.index)] === true;
}

function entityAllows(q: TimelineQuery, s: QuerySentence): boolean {
  return !q.entityNames || about(q.entityNames, s);
}

function queryAllows(q: TimelineQuery, s: QuerySentence): boolean {
  const t = q.text;
  if (!t) return true;
  if (t.phrases.some((p) => hasTerm(s.text, p)) || (q.queryEntity && about(q.queryEntity, s))) return true;
  if (q.mode === 'phrase') return false;
  return (q.sentenceMode ?? q.mode) === 'any' ? t.words.some((w) => hasTerm(s.text, w))
    : t.words.every((w) => hasTerm(s.text, w));
}

function mentionsEntity(doc: TimelineDoc, q: TimelineQuery): boolean {
  if (q.entityNames) return sentencesAbout(doc, q.entityNames).includes(true);
  const e = q.entity!.toLowerCase();
  if (doc.entities?.some((m) => m.name.toLowerCase() === e || m.text.toLowerCase() === e)) return true;
  return doc.text.toLowerCase().includes(e);
}

/**
 * The articles a timeline is built from: on topic and published on or after `from`. Articles published after
 * `to` are kept because they often look back on events inside the range; entries stay inside it. Decides how the
 * query text is matched (q.mode) and records what was matched (q.matched).
 */
export function selectDocs(docs: TimelineDoc[], q: TimelineQuery): TimelineDoc[] {
  const base = docs.filter((d) => {
    const day = dayNumber(d.published);
    if (Number.isNaN(day) || day < q.fromDay) return false;
    if (q.entity && !mentionsEntity(d, q)) return false;
    return textMatchesKeywords(d.text, q.keywords);
  });
  const matched: TimelineMatch = {};
  if (q.entity) {
    matched.entity = { name: q.entityNames?.name ?? q.entity, aliases: otherNames(q.entityNames), articles: base.length };
  }
  q.matched = matched;
  const t = q.text;
  if (!t) return base;
  // Each article's text is searched for the phrase once: a miss reads the whole text, and every mode below asks.
  const phraseHits = new Set(base.filter((d) => t.phrases.some((p) => hasTerm(d.text, p)) ||
    (q.queryEntity !== undefined && sentencesAbout(d, q.queryEntity).includes(true))));
  const phraseHit = (d: TimelineDoc): boolean => phraseHits.has(d);
  const allHit = (d: TimelineDoc): boolean => t.words.every((w) => hasTerm(d.text, w));
  const anyHit = (d: TimelineDoc): boolean => t.words.some((w) => hasTerm(d.text, w));
  const phrase = base.filter(phraseHit);
  const allWords = base.filter((d) => phraseHit(d) || allHit(d));
  const named = t.phrases.length > 0 || q.queryEntity !== undefined;
  let selected: TimelineDoc[];
  let note: string | undefined;
  // A phrase most of whose articles use it as a phrase is a name or a term; words used apart ("protests in
  // Egypt" for "Egypt protests") make the query a set of words.
  if (named && phrase.length > 0 && (t.quoted || phrase.length >= 0.5 * allWords.length)) {
    q.mode = 'phrase';
    selected = phrase;
  } else if (allWords.length > 0) {
    q.mode = 'all';
    selected = allWords;
    if (t.quoted) note = `no article has ${t.phrases.map((p) => `"${p}"`).join(' or ')} as a phrase: matched all of its words`;
    // Words that most articles put together in one sentence are a conjunction ("Egypt protests"); words that
    // articles use in different sentences are alternatives, and a sentence naming one of them is on the query.
    const together = allWords.filter((d) => d.sentences.some((x) =>
      t.words.every((w) => hasTerm(d.text.slice(x.start, x.end), w)))).length;
    if (t.words.length > 1 && together < 0.5 * allWords.length) {
      q.sentenceMode = 'any';
      note = [note, `few articles name ${t.words.join(', ')} in one sentence: sentences with any of them`]
        .filter(Boolean).join('; ');
    }
  } else {
    q.mode = 'any';
    selected = base.filter((d) => phraseHit(d) || anyHit(d));
    if (t.words.length > 1) note = `no article has all of ${t.words.join(', ')}: matched articles with any of them`;
  }
  const terms = q.mode === 'phrase' ? [...t.phrases] : [...t.words];
  matched.query = { mode: q.mode, terms, articles: selected.length };
  if (q.queryEntity) matched.query.entity = { name: q.queryEntity.name, aliases: otherNames(q.queryEntity) };
  if (note) matched.query.note = note;
  return selected;
}

function otherNames(e: EntityNames | undefined): string[] {
  return e ? e.written.filter((w) => w !== e.name.toLowerCase()) : [];
}

/** The keywords and query terms a sentence must name, for messages. */
export function queryTerms(q: TimelineQuery): string[] {
  return [...q.keywords, ...(q.text?.phrases.length ? q.text.phrases : q.text?.words ?? [])];
}

/** One line saying what the timeline matched, e.g. `matched: phrase "michael jackson" in 412 articles`. */
export function describeMatch(m: TimelineMatch | undefined): string | undefined {
  if (!m?.query && !m?.entity && !m?.read) return undefined;
  const parts: string[] = [];
  const qm = m.query;
  if (qm) {
    const what = qm.mode === 'phrase' ? `phrase ${qm.terms.map((p) => `"${p}"`).join(' or ')}`
      : qm.mode === 'all' ? (qm.terms.length === 1 ? `word "${qm.terms[0]}"` : `all of the words ${qm.terms.join(', ')}`)
      : `any of the words ${qm.terms.join(', ')}`;
    const also = qm.entity?.aliases.length ? ` (also as ${qm.entity.aliases.join(', ')})` : '';
    const entity = qm.entity ? `entity ${qm.entity.name}${also}` : '';
    const both = qm.mode === 'phrase' && qm.terms.length === 0 ? entity : [what, entity].filter(Boolean).join(' or ');
    parts.push(`${both} in ${qm.articles} article(s)${qm.note ? ` (${qm.note})` : ''}`);
  }
  if (m.entity) {
    const aliases = m.entity.aliases.length ? ` (also as ${m.entity.aliases.join(', ')})` : '';
    parts.push(`entity ${m.entity.name}${aliases} in ${m.entity.articles} article(s)`);
  }
  if (m.read) {
    parts.push(`built from ${m.read.articles} of ${m.read.estimated ? 'about' : 'the'} ${m.read.of} matching articles ` +
      `(${m.read.estimated ? 'an even spread over time' : 'the best-ranked and an even spread over time'})`);
  }
  return `matched: ${parts.join('; ')}`;
}
