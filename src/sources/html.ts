// HTML pages: the main text via Mozilla Readability over a linkedom document; date, title, URL and site
// from the page's metadata. Metadata is read before Readability runs, because Readability edits the DOM.
// Pathological nesting is flattened before parsing, and pages that would keep Readability busy too long are
// read as the plain text of their body instead (htmlDepth.ts).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle, SourceItem } from '../types.js';
import { dateFromPath, parsePublicationDate } from './dates.js';
import { decodeText } from './decode.js';
import { boundNesting } from './htmlDepth.js';
import { accept, NO_DATE_HINT, reject, type ReadOptions } from './options.js';

/** Meta names/properties that carry the publication date, most trusted first (compared lowercased). */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date',
];
/**
 * Beyond this much nesting work (elements × their depth) Readability would take more than a few seconds:
 * the body's text is used instead. Real article pages stay well below it.
 */
const MAX_READABILITY_WORK = 200_000;
/** Text shorter than this after extraction is not an article (a stub, an error page). */
const MIN_ARTICLE_CHARS = 20;
const BLOCK_ELEMENTS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'HR',
]);

/** The minimal DOM surface used here (linkedom's types are not exported for ES2022 libs). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  title: string;
  body: DomNode | null;
}

/** Text of a DOM subtree with one paragraph per line (textContent would run paragraphs together). */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) parts.push('\n');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), content.trim());
  }
  return values;
}

/** datePublished anywhere in the page's JSON-LD blocks (objects, arrays, @graph). */
function jsonLdDate(doc: DomDocument): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const find = (value: unknown): string | undefined => {
    if (Array.isArray(value)) {
      for (const v of value) {
        const d = find(v);
        if (d) return d;
      }
      return undefined;
    }
    if (!value || typeof value !== 'object') return undefined;
    const obj = value as Record<string, unknown>;
    const direct = obj['datePublished'] ?? obj['dateCreated'];
    if (typeof direct === 'string') return parsePublicationDate(direct);
    return find(obj['@graph']);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      const date = find(JSON.parse(scripts[i]!.textContent ?? ''));
      if (date) return date;
    } catch {
      // A broken JSON-LD block is common on real pages; the other date sources still apply.
    }
  }
  return undefined;
}

function timeElementDate(doc: DomDocument): string | undefined {
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const date = parsePublicationDate(times[i]!.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

/** The main text: Readability's pick, or the whole body when the page is too heavy for it. */
function mainText(doc: DomDocument, heavy: boolean): { text: string; parsed?: ReturnType<Readability<DomNode>['parse']> } {
  if (heavy) return { text: doc.body ? blockText(doc.body) : '' };
  const parsed = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
  return { text: parsed?.content ? blockText(parsed.content) : '', parsed };
}

export function readHtmlText(page: string, path: string, opts: ReadOptions): SourceItem {
  const bounded = boundNesting(page);
  let doc: DomDocument;
  try {
    doc = parseHTML(bounded.html).document as unknown as DomDocument;
  } catch (err) {
    return reject(path, `unreadable HTML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const meta = metaValues(doc);
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? undefined;
  let published: string | undefined;
  for (const key of DATE_META) {
    published = parsePublicationDate(meta.get(key));
    if (published) break;
  }
  published ??= jsonLdDate(doc) ?? timeElementDate(doc) ?? (url ? dateFromPath(url) : undefined) ?? dateFromPath(path) ?? opts.defaultDate;
  const pageTitle = meta.get('og:title') ?? meta.get('twitter:title');
  const siteName = meta.get('og:site_name') ?? meta.get('application-name');

  let extracted: ReturnType<typeof mainText>;
  try {
    extracted = mainText(doc, bounded.work > MAX_READABILITY_WORK);
  } catch (err) {
    return reject(path, `could not extract the article text: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { text, parsed } = extracted;
  if (text.length < MIN_ARTICLE_CHARS) return reject(path, 'no article text found in the HTML page');
  if (!published) return reject(path, `no publication date in the page's metadata, URL or path; ${NO_DATE_HINT}`);

  const article: RawArticle = { text, published, origin: path };
  const title = pageTitle ?? parsed?.title ?? (doc.title || undefined);
  if (title) article.title = title.trim();
  if (url) article.url = url;
  const source = siteName ?? parsed?.siteName ?? undefined;
  if (source) article.source = source;
  return accept(article);
}

export function readHtmlFile(path: string, bytes: Uint8Array, opts: ReadOptions): SourceItem {
  const decoded = decodeText(bytes);
  return decoded.ok ? readHtmlText(decoded.text, path, opts) : reject(path, decoded.reason);
}
