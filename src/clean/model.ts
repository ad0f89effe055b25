// The furniture model learned from the data: a text line that one source repeats in many articles over many
// different days is page furniture (navigation, sign-up forms, comment policies, promos), the classic
// boilerplate signal. Lines are compared after normalising case, spaces and digits (so "Page last updated at
// 11:51" matches every other time). A story's updates share body sentences too, but over a day or three; the
// day threshold keeps those. The tables are bounded like the story vocabulary: rare lines are thinned away.
import * as crypto from 'node:crypto';
import { lineRanges, type Span } from './spans.js';

/** A line is furniture once it appeared in this many articles of one source … */
export const MIN_ARTICLES = 5;
/** … published on at least this many different days (updates of one story run over one to three days). */
export const MIN_DAYS = 4;
/** Lines kept per source before the rarest are thinned away (a dropped line simply counts from zero again). */
export const MAX_LINES_PER_SOURCE = 60_000;
/** A line between two furniture lines is furniture when at most this long (a paragraph of news is longer). */
export const MAX_BETWEEN_CHARS = 160;
/** Shorter normalised lines are ignored: too little text to tell furniture from a common phrase. */
export const MIN_LINE_CHARS = 12;

/** Articles as the model needs them. */
export interface ModelArticle {
  id: number;
  source?: string | undefined;
  published: string;
  text: string;
}

/** Per line: articles seen, then up to MIN_DAYS distinct publication days (day numbers). */
type LineStat = number[];

export interface SavedFurnitureModel {
  version: 1;
  lastArticleId: number;
  sources: Record<string, Record<string, LineStat>>;
}

/** Node's one-call digest (20.12 and later): the same bytes as a Hash object, without making one per line. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;

function lineKey(line: string): string | undefined {
  const norm = line.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
  if (norm.length < MIN_LINE_CHARS) return undefined;
  const digest = oneShot ? oneShot('sha1', norm, 'base64') : crypto.createHash('sha1').update(norm).digest('base64');
  return digest.slice(0, 11);
}

function dayNumber(published: string): number {
  return Math.floor(Date.parse(published.slice(0, 10)) / 86_400_000);
}

export class FurnitureModel {
  private readonly sources = new Map<string, Map<string, LineStat>>();
  /** Articles are learned once, in id order: a later refresh (or re-analysis) does not count them again. */
  private lastArticleId = 0;

  /**
   * Line keys of articles learned with `remember`, for their `spans` (taken once): id → the text's length and the
   * key of each of its lines (lineRanges order). An article's stored text never changes, so its id names it.
   */
  private readonly remembered = new Map<number, { length: number; keys: (string | undefined)[] }>();

  /**
   * Counts the lines of articles not learned yet (pass them in increasing id order). With `remember`, the line keys
   * of up to that many articles are kept until `spans` asks for them (a refresh learns a batch, then analyses it).
   */
  learn(articles: ModelArticle[], remember = 0): void {
    for (const a of articles) {
      if (a.id <= this.lastArticleId) continue;
      this.lastArticleId = a.id;
      const table = this.table(a.source);
      const day = dayNumber(a.published);
      const seen = new Set<string>();
      const keys: (string | undefined)[] = [];
      if (this.remembered.size < remember) this.remembered.set(a.id, { length: a.text.length, keys });
      for (const [s, e] of lineRanges(a.text)) {
        const key = lineKey(a.text.slice(s, e));
        keys.push(key);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const stat = table.get(key);
        if (!stat) table.set(key, [1, day]);
        else {
          stat[0]!++;
          if (stat.length <= MIN_DAYS && !stat.includes(day, 1)) stat.push(day);
        }
      }
      if (table.size > MAX_LINES_PER_SOURCE) thin(table);
    }
  }

  /**
   * The lines of `article` that its source repeats as furniture, and the short lines between two of them: a page
   * block (a feedback form, a sign-up box) holds lines too rare to be learned among lines that are, and a line
   * with furniture on both sides is part of the block ("What do you think of this story? | Select one of the
   * options below. | Your feedback will help …").
   */
  spans(article: Pick<ModelArticle, 'source' | 'text'> & { id?: number }): Span[] {
    const memo = article.id === undefined ? undefined : this.remembered.get(article.id);
    if (memo) this.remembered.delete(article.id!);
    const table = this.sources.get(article.source ?? '');
    if (!table) return [];
    const ranges = lineRanges(article.text);
    const known = memo?.length === article.text.length && memo.keys.length === ranges.length ? memo.keys : undefined;
    const lines: [number, number, string | undefined][] = [];
    ranges.forEach(([s, e], i) => {
      if (article.text.slice(s, e).trim().length > 0) lines.push([s, e, known ? known[i] : lineKey(article.text.slice(s, e))]);
    });
    const learned = lines.map(([, , key]) => {
      const stat = key ? table.get(key) : undefined;
      return stat !== undefined && stat[0]! >= MIN_ARTICLES && stat.length - 1 >= MIN_DAYS;
    });
    return lines.filter(([s, e], i) => learned[i] ||
      (learned[i - 1] === true && learned[i + 1] === true && e - s <= MAX_BETWEEN_CHARS)).map(([s, e]): Span => [s, e]);
  }

  toJSON(): SavedFurnitureModel {
    const sources: Record<string, Record<string, LineStat>> = {};
    for (const [source, table] of this.sources) sources[source] = Object.fromEntries(table);
    return { version: 1, lastArticleId: this.lastArticleId, sources };
  }

  static fromJSON(json: string): FurnitureModel {
    const m = new FurnitureModel();
    const saved = JSON.parse(json) as SavedFurnitureModel;
    if (saved.version !== 1) return m;
    m.lastArticleId = saved.lastArticleId;
    for (const [source, table] of Object.entries(saved.sources)) m.sources.set(source, new Map(Object.entries(table)));
    return m;
  }

  private table(source: string | undefined): Map<string, LineStat> {
    const name = source ?? '';
    let t = this.sources.get(name);
    if (!t) this.sources.set(name, (t = new Map()));
    return t;
  }
}

/** Drops the rarest lines until the table is back to half its bound. */
function thin(table: Map<string, LineStat>): void {
  for (let cutoff = 1; table.size > MAX_LINES_PER_SOURCE / 2; cutoff *= 2) {
    for (const [key, stat] of table) if (stat[0]! <= cutoff) table.delete(key);
  }
}
