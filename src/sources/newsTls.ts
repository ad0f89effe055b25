// The news-tls dataset layout: <dataset>/<topic>/articles.jsonl[.gz] with one article per line
// ({"id", "time", "title", "text", "url"?}), beside keywords.json and the gold timelines.jsonl (never read).
// The preprocessed variant (articles.preprocessed.jsonl.gz, as in t17-silver) has the same fields plus
// per-sentence annotations, which are ignored; its text is tokenised, so it is detokenised on the way.
import { basename, dirname } from 'node:path';
import type { SourceItem } from '../types.js';
import type { Opened } from './files.js';
import { fileLines } from './lines.js';
import type { ReadOptions } from './options.js';
import { readJsonLines } from './jsonl.js';
import { sourceFromTopicName } from './tilse.js';

/** news-tls article files, most preferred first: only one of them is read per topic folder. */
export const NEWS_TLS_FILES = [
  'articles.jsonl',
  'articles.jsonl.gz',
  'articles.tokenized.jsonl',
  'articles.tokenized.jsonl.gz',
  'articles.preprocessed.jsonl',
  'articles.preprocessed.jsonl.gz',
] as const;
/** Files beside news-tls articles that are not articles (gold timelines, query terms). */
export const NEWS_TLS_COMPANIONS = new Set(['timelines.jsonl', 'keywords.json']);

export function isNewsTlsFile(name: string): boolean {
  return (NEWS_TLS_FILES as readonly string[]).includes(name);
}

/** The article file to read in a folder's listing, if the folder is a news-tls topic. */
export function newsTlsFileIn(names: string[]): string | undefined {
  return NEWS_TLS_FILES.find((f) => names.includes(f));
}

export function readNewsTlsFile(path: string, opts: ReadOptions, opened?: Opened): AsyncGenerator<SourceItem> {
  const topic = basename(dirname(path));
  const source = sourceFromTopicName(topic);
  // The field names are news-tls's own; a user field map still wins.
  const newsOpts: ReadOptions = { ...opts, fieldMap: { text: 'text', date: 'time', title: 'title', url: 'url', ...opts.fieldMap } };
  return readJsonLines(fileLines(path, opts, opened), path, newsOpts, (record, line) => {
    const id = record && typeof record === 'object' ? (record as Record<string, unknown>)['id'] : undefined;
    const articleOrigin = typeof id === 'string' || typeof id === 'number' ? `${path}#${id}` : `${path}:${line}`;
    return { topic, articleOrigin, ...(source ? { source } : {}) };
  });
}
