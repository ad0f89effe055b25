// RSS 2.0 / RSS 1.0 (RDF) / Atom files: one article per item or entry. The text is the fullest body the
// item carries (content:encoded, content, description, summary) with markup stripped; the source is the
// channel/feed title. Malformed XML is parsed leniently and only rejected when no item can be read.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawArticle, SourceItem } from '../types.js';
import { parsePublicationDate } from './dates.js';
import { decodeText } from './decode.js';
import { decodeEntities, htmlToText } from './htmlText.js';
import { accept, NO_DATE_HINT, reject, type ReadOptions } from './options.js';

const BODY_FIELDS = ['content:encoded', 'content', 'description', 'summary', 'media:description'];
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'updated', 'issued', 'modified', 'a10:updated'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
});

type XmlNode = Record<string, unknown>;

function asNode(value: unknown): XmlNode | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

/** Text of an element that may be a plain string or {"#text": …, "@_type": …}. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  const node = asNode(value);
  if (node && '#text' in node) return textOf(node['#text']);
  return undefined;
}

/** RSS <link>text</link>, or Atom <link rel="alternate" href="…"/> (the first link without rel also counts). */
function linkOf(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : [value];
  let fallback: string | undefined;
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    const node = asNode(link);
    if (!node) continue;
    const href = typeof node['@_href'] === 'string' ? node['@_href'] : textOf(node);
    const rel = node['@_rel'];
    if (href && (rel === undefined || rel === 'alternate')) return href;
    fallback ??= href;
  }
  return fallback;
}

function itemsOf(doc: XmlNode): { items: XmlNode[]; feedTitle?: string } | undefined {
  const rss = asNode(doc['rss']);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc['feed']);
  if (rss || rdf) {
    const root = rss ?? rdf!;
    const channel = asNode(root['channel']);
    const items = (channel?.['item'] ?? root['item'] ?? []) as unknown[];
    const feedTitle = textOf(channel?.['title']);
    return { items: items.map(asNode).filter((n): n is XmlNode => n !== undefined), ...(feedTitle ? { feedTitle } : {}) };
  }
  if (atom) {
    const entries = (atom['entry'] ?? []) as unknown[];
    const feedTitle = textOf(atom['title']);
    return { items: entries.map(asNode).filter((n): n is XmlNode => n !== undefined), ...(feedTitle ? { feedTitle } : {}) };
  }
  return undefined;
}

function itemToItem(item: XmlNode, origin: string, feedTitle: string | undefined, opts: ReadOptions): SourceItem {
  let body: string | undefined;
  for (const field of BODY_FIELDS) {
    const value = textOf(item[field]);
    if (value) {
      body = htmlToText(value);
      if (body) break;
    }
  }
  if (!body) return reject(origin, `feed item has no text (looked for ${BODY_FIELDS.join(', ')})`);
  let published: string | undefined;
  for (const field of DATE_FIELDS) {
    published = parsePublicationDate(textOf(item[field]));
    if (published) break;
  }
  published ??= opts.defaultDate;
  if (!published) return reject(origin, `feed item has no usable date (looked for ${DATE_FIELDS.join(', ')}); ${NO_DATE_HINT}`);
  const article: RawArticle = { text: body, published, origin };
  const title = textOf(item['title']);
  if (title) article.title = decodeEntities(htmlToText(title));
  const link = linkOf(item['link']) ?? textOf(item['guid']);
  if (link) article.url = link;
  const itemSource = textOf(item['source']);
  const source = itemSource ?? feedTitle;
  if (source) article.source = source;
  return accept(article);
}

export function* readFeedText(xml: string, name: string, opts: ReadOptions): Generator<SourceItem> {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (err) {
    yield reject(name, `unreadable XML: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const found = itemsOf(doc);
  if (!found || found.items.length === 0) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      yield reject(`${name}:${valid.err.line}`, `malformed XML: ${valid.err.msg}`);
    } else {
      yield reject(name, found ? 'feed has no items' : 'XML is neither an RSS nor an Atom feed');
    }
    return;
  }
  for (let i = 0; i < found.items.length; i++) yield itemToItem(found.items[i]!, `${name}#${i + 1}`, found.feedTitle, opts);
}

export function* readFeedFile(path: string, bytes: Uint8Array, opts: ReadOptions): Generator<SourceItem> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(path, decoded.reason);
    return;
  }
  yield* readFeedText(decoded.text, path, opts);
}
