// Which reader a file needs: first by layout (tilse / news-tls, decided by the walker), then by extension,
// then by a peek at the decoded text for extensions that say little (.txt, none).
import { basename } from 'node:path';
import type { FormatName } from './options.js';
import { looksLikeSeed } from './seed.js';

/**
 * Files skipped without a rejection while walking folders: hidden files and folders (".DS_Store", ".git"),
 * desktop clutter, and dataset companions that are not articles (a tilse/news-tls keywords.json, news-tls
 * gold timelines.jsonl). Anything else is read, or rejected with a reason.
 */
const SKIPPED_NAMES = new Set(['thumbs.db', 'desktop.ini', 'keywords.json', 'timelines.jsonl', 'readme.md', 'readme.txt', 'readme', 'license', 'license.txt']);

export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SKIPPED_NAMES.has(name.toLowerCase());
}

const EXTENSION_FORMATS: [string, FormatName][] = [
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'], ['.jsonl.gz', 'jsonl'], ['.ndjson.gz', 'jsonl'],
  ['.csv', 'csv'], ['.tsv', 'csv'],
  ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.rss', 'feed'], ['.atom', 'feed'], ['.xml', 'feed'],
];

/** The format an extension decides on its own, if any ('.json' is handled apart: array or lines). */
export function formatFromExtension(path: string): FormatName | undefined {
  const name = basename(path).toLowerCase();
  for (const [ext, format] of EXTENSION_FORMATS) if (name.endsWith(ext)) return format;
  return undefined;
}

const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/;
const HTML_ROOT = /<(?:!doctype\s+html|html|head|body|article|meta|title)[\s>]/i;

/** Decide from the text itself: seed header, markup, JSON lines, else plain text. */
export function formatFromContent(text: string): FormatName {
  if (looksLikeSeed(text)) return 'seed';
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('<')) {
    if (FEED_ROOT.test(head)) return 'feed';
    if (HTML_ROOT.test(head)) return 'html';
  }
  if (head.startsWith('{')) {
    const end = text.indexOf('\n');
    try {
      JSON.parse(end < 0 ? text : text.slice(0, end));
      return 'jsonl';
    } catch {
      // Not JSON Lines after all; plain text that starts with a brace.
    }
  }
  return 'text';
}
