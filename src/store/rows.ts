// Database rows → Chronicle objects, shared by both stores so that an article, quote, entity or search hit has
// one shape whichever database it came from. Drivers differ in two ways only: node-postgres returns BIGINT
// columns and counts as strings, and SQLite has no boolean or array type (0/1, packed strings).
import type { Article, Doc, EntityKind, EntityRef } from '../types.js';
import type { EntityAliases, SearchHit, StoredEntity, StoredQuote } from './store.js';
import { sameNameForms } from '../util/nameForms.js';

/** An integer as a driver returns it. */
export type DbInt = number | string;

/** Separator the SQLite store packs origins with (group_concat); a control character never found in paths. */
export const ORIGIN_SEP = '\u001f';

/** One way an entity's mentions are written, with its count (entityAliases). */
export interface AliasRow {
  id: DbInt;
  name: string;
  kind: string;
  text: string;
  n: DbInt;
}

export interface ArticleRow {
  id: DbInt;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  topic: string | null;
  text: string;
  near_duplicate_of: DbInt | null;
  /** An array (PostgreSQL array_agg) or one string joined with ORIGIN_SEP (SQLite group_concat). */
  origins: string[] | string | null;
}

function originsOf(packed: string[] | string | null): string[] {
  if (packed == null) return [];
  if (typeof packed !== 'string') return packed;
  return packed ? packed.split(ORIGIN_SEP) : [];
}

export function toArticle(r: ArticleRow): Article {
  const a: Article = { id: Number(r.id), published: r.published, text: r.text, origins: originsOf(r.origins) };
  if (r.title != null) a.title = r.title;
  if (r.url != null) a.url = r.url;
  if (r.source != null) a.source = r.source;
  if (r.topic != null) a.topic = r.topic;
  if (r.near_duplicate_of != null) a.nearDuplicateOf = Number(r.near_duplicate_of);
  return a;
}

export interface HitRow {
  id: DbInt;
  published: string;
  title: string | null;
  snippet: string;
}

/** `score` comes separately: each database ranks with its own function and sign (higher is better here). */
export function toSearchHit(r: HitRow, score: number): SearchHit {
  const hit: SearchHit = { articleId: Number(r.id), published: r.published, snippet: r.snippet, score };
  if (r.title != null) hit.title = r.title;
  return hit;
}

export interface EntityRow {
  key: string;
  kind: EntityKind;
  name: string;
  mentions: DbInt;
  articles: DbInt;
  first: string | null;
  last: string | null;
}

export function toStoredEntity(r: EntityRow): StoredEntity {
  const e: StoredEntity = { key: r.key, kind: r.kind, name: r.name, mentions: Number(r.mentions),
    articles: Number(r.articles) };
  if (r.first != null) e.first = r.first;
  if (r.last != null) e.last = r.last;
  return e;
}

export interface QuoteRow {
  article_id: DbInt;
  published: string;
  title: string | null;
  speaker: string | null;
  speaker_text: string | null;
  cue: string | null;
  text: string;
  start: number;
  end: number;
  /** BOOLEAN in PostgreSQL, 0/1 in SQLite. */
  direct: boolean | number;
  said_on: string | null;
  /** The speaker's corpus entity, when the quote was linked to one. */
  speaker_key?: string | null;
}

export function toStoredQuote(r: QuoteRow): StoredQuote {
  const q: StoredQuote = { articleId: Number(r.article_id), published: r.published, text: r.text, start: r.start,
    end: r.end, direct: r.direct === true || r.direct === 1 };
  if (r.title != null) q.title = r.title;
  if (r.speaker != null) q.speaker = r.speaker;
  if (r.speaker_text != null) q.speakerText = r.speaker_text;
  if (r.cue != null) q.cue = r.cue;
  if (r.said_on != null) q.saidOn = r.said_on;
  if (r.speaker_key != null) q.speakerKey = r.speaker_key;
  return q;
}

/**
 * The corpus entity each quote's speaker stands for. A quote names its speaker by the document's canonical name
 * ("Obama" in an article that never writes "Barack"); the resolver has tied that document entity to a corpus
 * entity ("Barack Obama"), and storing that link is what lets every spelling of one speaker be listed as one.
 * Where several document entities share the name (a person and a place "Washington"), the mention inside the
 * speaker phrase wins, else the last one before it (a pronoun's antecedent).
 */
export function speakerRefs(doc: Doc, refs: readonly EntityRef[]): (EntityRef | undefined)[] {
  if (doc.quotes.length === 0) return [];
  const byName = new Map<string, number[]>();
  doc.entities.forEach((m, i) => {
    const list = byName.get(m.name);
    if (list) list.push(i);
    else byName.set(m.name, [i]);
  });
  return doc.quotes.map((q) => {
    const found = q.speaker === undefined ? undefined : byName.get(q.speaker);
    if (!found) return undefined;
    const from = q.speakerStart ?? 0;
    const to = q.speakerEnd ?? from;
    const m = (i: number) => doc.entities[i]!;
    const pick = found.find((i) => m(i).start < to && m(i).end > from) ??
      found.filter((i) => m(i).start < from).pop() ?? found[0]!;
    const ref = refs[pick];
    // the resolver also links names on weaker evidence ("Martha" to John Murtha): a quote is filed under the
    // entity only when the article's name is a form of the entity's, else under the name the article wrote
    return ref && sameNameForms(q.speaker!, ref.name) ? ref : undefined;
  });
}

/** Groups (entity, written text, count) rows into one EntityAliases per entity, most mentioned first. */
export function groupAliases(rows: AliasRow[]): EntityAliases[] {
  const byId = new Map<string, EntityAliases & { total: number }>();
  for (const r of rows) {
    const id = String(r.id);
    let e = byId.get(id);
    if (!e) byId.set(id, (e = { name: r.name, kind: r.kind as EntityKind, aliases: [], total: 0 }));
    e.aliases.push({ text: r.text, mentions: Number(r.n) });
    e.total += Number(r.n);
  }
  return [...byId.values()].sort((a, b) => b.total - a.total).map(({ name, kind, aliases }) =>
    ({ name, kind, aliases: aliases.sort((a, b) => b.mentions - a.mentions) }));
}
