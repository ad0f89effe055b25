// Records (JSONL objects, CSV rows, news-tls articles) → articles, through a field map. Without a map the
// usual names are tried, case-insensitively, in the order listed.
import type { RawArticle, SourceItem } from '../types.js';
import { parsePublicationDate, yearOutsideWindow } from './dates.js';
import { detokenize, looksTokenized } from './detokenize.js';
import { htmlToText, looksLikeHtml } from './htmlText.js';
import { accept, type FieldMap, NO_DATE_HINT, reject, type ReadOptions } from './options.js';

export const DEFAULT_FIELDS: Required<{ [K in keyof FieldMap]: string[] }> = {
  text: ['text', 'body', 'content', 'article', 'maintext', 'full_text', 'description'],
  date: ['date', 'published', 'publish_date', 'pubDate', 'time', 'timestamp', 'published_at', 'publishedAt', 'date_publish', 'datetime', 'created_at'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  source: ['source', 'publisher', 'site', 'source_domain'],
};

type Field = keyof FieldMap;

/** The first candidate field present in the record, exact name first, then ignoring case. */
function findField(record: Record<string, unknown>, candidates: string[]): { name: string; value: unknown } | undefined {
  for (const name of candidates) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return { name, value };
  }
  const lower = new Map<string, string>();
  for (const key of Object.keys(record)) lower.set(key.toLowerCase(), key);
  for (const name of candidates) {
    const key = lower.get(name.toLowerCase());
    if (key === undefined) continue;
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return { name: key, value };
  }
  return undefined;
}

function candidatesFor(field: Field, map: FieldMap | undefined): string[] {
  const mapped = map?.[field];
  return mapped ? [mapped] : DEFAULT_FIELDS[field];
}

/** A string out of a field value: strings trimmed, numbers printed, arrays of strings joined as paragraphs. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n\n').trim() || undefined;
  // NewsAPI-style {"source": {"name": "Reuters"}}.
  return asNamed(value)?.trim() || undefined;
}

/** What a field value is, in words, for messages ("a number", "an object"). */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The value types each field may hold; anything else rejects the record instead of being stored as text. */
const ACCEPTS: Record<Field, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  // Numbers are epoch seconds or milliseconds.
  date: (v) => typeof v === 'string' || typeof v === 'number',
  title: (v) => typeof v === 'string',
  url: (v) => typeof v === 'string',
  // NewsAPI-style {"source": {"name": "Reuters"}}.
  source: (v) => typeof v === 'string' || (asNamed(v) !== undefined),
};

function asNamed(value: unknown): string | undefined {
  const name = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['name'] : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** The first field whose value has a type its role does not allow, as a rejection reason. */
function wrongType(fields: [Field, { name: string; value: unknown } | undefined][]): string | undefined {
  for (const [field, found] of fields) {
    if (found && !ACCEPTS[field](found.value)) {
      return `field "${found.name}" is ${kindOf(found.value)}, not ${field === 'date' ? 'a date' : field === 'url' ? 'a URL' : 'text'}`;
    }
  }
  return undefined;
}

export interface RecordContext {
  /** Dataset topic to attach (news-tls). */
  topic?: string;
  /** Source to use when the record names none. */
  source?: string;
  /** Origin of an accepted article (e.g. "file#id"); defaults to the rejection origin. */
  articleOrigin?: string;
}

/** One record → an article, or a rejection that names the missing or unreadable field. */
export function recordToItem(record: unknown, origin: string, opts: ReadOptions, ctx: RecordContext = {}): SourceItem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return reject(origin, `record is ${Array.isArray(record) ? 'an array' : typeof record}, not an object with fields`);
  }
  const rec = record as Record<string, unknown>;
  const map = opts.fieldMap;

  const textField = findField(rec, candidatesFor('text', map));
  const dateField = findField(rec, candidatesFor('date', map));
  const title = findField(rec, candidatesFor('title', map));
  const url = findField(rec, candidatesFor('url', map));
  const source = findField(rec, candidatesFor('source', map));
  const typeProblem = wrongType([['text', textField], ['date', dateField], ['title', title], ['url', url], ['source', source]]);
  if (typeProblem) return reject(origin, typeProblem);
  let text = textField ? asText(textField.value) : undefined;
  if (!text) {
    const names = candidatesFor('text', map).join(', ');
    return reject(origin, map?.text ? `field "${map.text}" is missing or empty` : `no article text (looked for fields: ${names})`);
  }
  if (looksLikeHtml(text)) text = htmlToText(text);
  else if (looksTokenized(text)) text = detokenize(text);
  if (!text) return reject(origin, 'no article text after removing markup');

  let published: string | undefined;
  if (dateField) {
    const raw = dateField.value;
    published = typeof raw === 'number' ? parsePublicationDate(raw) : parsePublicationDate(asText(raw));
    if (!published) {
      const shown = typeof raw === 'string' ? `"${raw.slice(0, 60)}"` : JSON.stringify(raw)?.slice(0, 60);
      const why = yearOutsideWindow(typeof raw === 'number' ? raw : asText(raw)) ?? 'is not a date';
      if (!opts.defaultDate) return reject(origin, `field "${dateField.name}" = ${shown}${why.startsWith('is') ? ' ' : ': '}${why}`);
    }
  }
  published ??= opts.defaultDate;
  if (!published) {
    const names = candidatesFor('date', map).join(', ');
    return reject(origin, `no usable date (looked for fields: ${names}); ${NO_DATE_HINT}`);
  }

  const article: RawArticle = { text, published, origin: ctx.articleOrigin ?? origin };
  const titleText = title ? asText(title.value) : undefined;
  if (titleText && titleText !== 'None') article.title = looksTokenized(titleText) ? detokenize(titleText) : titleText;
  const urlText = url ? asText(url.value) : undefined;
  if (urlText) article.url = urlText;
  const sourceText = (source ? asText(source.value) : undefined) ?? ctx.source;
  if (sourceText) article.source = sourceText;
  if (ctx.topic) article.topic = ctx.topic;
  return accept(article);
}
