// One article as the clusterer sees it: a day number and two unit vectors, TF-IDF content terms and entity
// names weighted by their rarity. Vectorising also counts the article into the vocabulary, so IDF follows
// the stream as it arrives.
import { dayNumber } from './days.js';
import { entityCounts } from './entities.js';
import type { ArticleVectors, PreparedStoryInput, StoryInput } from './model.js';
import type { StoryOptions } from './options.js';
import { isStopword, termCounts } from './terms.js';
import { normalise, norm, topK, type Sparse } from './vectors.js';
import type { Vocabulary } from './vocabulary.js';
import { isUrlLine, statedDay } from './when.js';
import { headlineOf } from './headline.js';

export type NameCounts = Map<string, { count: number; display: string }>;

/**
 * Adds the words of multi-word names as keys of their own, at `weight` times the name's count, so that
 * "Ford Motor Company" meets "Ford" and "General Motors Corp." meets "General Motors" only partly.
 */
export function withNameWords(ents: NameCounts, weight: number): NameCounts {
  if (weight <= 0) return ents;
  const out = new Map(ents);
  for (const [key, e] of ents) {
    const words = key.split(/\s+/);
    if (words.length < 2) continue;
    const displayWords = e.display.split(/\s+/);
    words.forEach((w, i) => {
      if (w.length < 3 || isStopword(w)) return;
      const seen = out.get(w);
      if (seen) seen.count += e.count * weight;
      else out.set(w, { count: e.count * weight, display: displayWords[i] ?? w });
    });
  }
  return out;
}

/**
 * What vectorising an article takes from the article alone, before the vocabulary weighs it: computed where the
 * article was analysed (a worker thread) and handed to the clusterer with it, or here when it was not. `key` names
 * the options it was computed with (featureKey); a clusterer with other options computes its own. Plain arrays in
 * the order the text gives them, not maps: a message copies arrays at half the cost.
 */
export interface ArticleFeatures {
  key: string;
  day: number;
  stated?: number;
  /** Stems, each one's weighted count, and the first surface word it came from. */
  terms: string[];
  counts: number[];
  words: string[];
  /** Entity keys (names and the words of multi-word names), their weighted counts and display forms. */
  entities: string[];
  entityCounts: number[];
  displays: string[];
  headline?: string;
}

/**
 * ArticleFeatures as they wait to be used: the strings joined in one (terms, words, entities, displays; `terms` and
 * `entityCounts.length` tell where each list ends) and the counts in one array. A message copies one string for
 * hundreds, and memory keeps one string instead of hundreds of small ones (a refresh keeps thousands of these).
 */
export interface PackedFeatures {
  key: string;
  day: number;
  stated?: number;
  headline?: string;
  strings: string;
  terms: number;
  counts: number[];
}

const SEPARATOR = '\n';

/** The packed form of `f`, or undefined when its strings would not split back the same (none in practice). */
export function packFeatures(f: ArticleFeatures): PackedFeatures | undefined {
  const strings = [...f.terms, ...f.words, ...f.entities, ...f.displays];
  // Joined and split again, a lone empty string would come back as no string at all.
  if (strings.some((x) => x.includes(SEPARATOR)) || (strings.length === 1 && strings[0] === '')) return undefined;
  const p: PackedFeatures = { key: f.key, day: f.day, strings: strings.join(SEPARATOR), terms: f.terms.length,
    counts: [...f.counts, ...f.entityCounts] };
  if (f.stated !== undefined) p.stated = f.stated;
  if (f.headline !== undefined) p.headline = f.headline;
  return p;
}

export function unpackFeatures(p: PackedFeatures): ArticleFeatures {
  const strings = p.strings.length === 0 ? [] : p.strings.split(SEPARATOR);
  const t = p.terms;
  const e = p.counts.length - t;
  const f: ArticleFeatures = { key: p.key, day: p.day, terms: strings.slice(0, t), counts: p.counts.slice(0, t),
    words: strings.slice(t, 2 * t), entities: strings.slice(2 * t, 2 * t + e), entityCounts: p.counts.slice(t),
    displays: strings.slice(2 * t + e) };
  if (p.stated !== undefined) f.stated = p.stated;
  if (p.headline !== undefined) f.headline = p.headline;
  return f;
}

/** The options an article's features depend on, as one string. */
export function featureKey(o: StoryOptions): string {
  return `${o.bodyChars}/${o.titleWeight}/${o.nameWordWeight}`;
}

/** The article's own part of vectorise: day, stated day, term and name counts, headline. */
export function articleFeatures(input: StoryInput, o: StoryOptions): ArticleFeatures {
  const day = dayNumber(input.published, input.id);
  const stated = statedDay(input.title, input.text);
  // A web address saved with the page is not prose: its "http", "www" and "com" would make every such page alike.
  const body = input.text.slice(0, o.bodyChars).split('\n').filter((line) => !isUrlLine(line)).join('\n');
  // A stem's first surface word comes with its first count, so the two maps list the stems in one order.
  const surfaces = new Map<string, string>();
  const counts = termCounts(input.title, body, o.titleWeight, (stem, word) => {
    if (!surfaces.has(stem)) surfaces.set(stem, word);
  });
  const ents = withNameWords(entityCounts(input.entities, input.title, body), o.nameWordWeight);
  const f: ArticleFeatures = {
    key: featureKey(o), day, terms: [...counts.keys()], counts: [...counts.values()],
    words: [...counts.keys()].map((t) => surfaces.get(t)!),
    entities: [...ents.keys()], entityCounts: [...ents.values()].map((e) => e.count), displays: [...ents.values()].map((e) => e.display),
  };
  if (stated !== undefined) f.stated = stated;
  const headline = headlineOf(input.title, input.text, input.lead);
  if (headline) f.headline = headline;
  return f;
}

/** Counts the article into `vocab`, then weighs its terms and names against the updated frequencies. */
export function vectorise(input: StoryInput | PreparedStoryInput, vocab: Vocabulary, o: StoryOptions): ArticleVectors {
  const f = input.features?.key === featureKey(o) ? input.features
    : 'text' in input ? articleFeatures(input, o) : undefined;
  if (!f) throw new Error(`article ${input.id}: its story features were computed with other options`);
  const { day, stated } = f;
  vocab.countKeys(f.terms, f.words, f.entities, f.displays);

  const tv: Sparse = new Map();
  // Document counts start from `idfPriorDocs` imagined documents that used none of the keys, so that early
  // in a stream a word shared by the few articles seen so far is not taken for a word every article uses.
  const docs = vocab.docs + o.idfPriorDocs;
  f.terms.forEach((t, i) => { tv.set(t, (1 + Math.log(f.counts[i]!)) * vocab.terms.idf(t, docs)); });
  const ev: Sparse = new Map();
  f.entities.forEach((k, i) => {
    ev.set(k, f.entityCounts[i]! ** o.entityCountPower * vocab.entities.idf(k, docs) ** o.entityIdfPower);
  });
  const terms = normalise(topK(tv, o.articleTerms));
  const entities = normalise(topK(ev, o.articleEntities));
  const v: ArticleVectors = { day, when: stated ?? day, stated: stated !== undefined, terms, termsNorm: norm(terms), entities, entitiesNorm: norm(entities) };
  if (f.headline) v.headline = f.headline;
  return v;
}
