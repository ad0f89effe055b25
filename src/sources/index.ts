// Entry point of sources/: turn paths (files, folders, datasets) or a stream into SourceItems.
// Bad input never throws: each unreadable file or record becomes a rejection naming the file (and line or
// record) and the reason. Only a path that does not exist throws, before anything is read.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceItem } from '../types.js';
import { readCsvFile, readCsvText } from './csv.js';
import { decodeText, isGzip } from './decode.js';
import { formatFromContent, formatFromExtension, isSkippedName } from './detect.js';
import { readFeedFile, readFeedText } from './feed.js';
import { readHtmlText } from './html.js';
import { linesOf, readJsonFile, readJsonLines, readJsonlFile } from './jsonl.js';
import { isNewsTlsFile, NEWS_TLS_FILES, newsTlsFileIn, readNewsTlsFile } from './newsTls.js';
import { type FormatName, type ReadOptions, reject } from './options.js';
import { parseSeed } from './seed.js';
import { readPlainText } from './textFile.js';
import { isTilseTopicDir, listTilseTopics, locateInTilse, readTilseTopic, sortNames } from './tilse.js';

export type { FieldMap, FormatName, ReadOptions } from './options.js';
export { FORMAT_NAMES } from './options.js';
export { listTilseTopics, type TilseTopic } from './tilse.js';
export { detokenize } from './detokenize.js';
export { parsePublicationDate } from './dates.js';

/** Formats that can be read from text already in memory (a file after its peek, or a stream). */
async function* readTextAs(format: FormatName, text: string, name: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  switch (format) {
    case 'seed':
      yield parseSeed(text, name);
      return;
    case 'jsonl':
      yield* readJsonLines(linesOf(text), name, opts);
      return;
    case 'csv':
      yield* readCsvText(text, name, opts);
      return;
    case 'html':
      yield readHtmlText(text, name, opts);
      return;
    case 'feed':
      yield* readFeedText(text, name, opts);
      return;
    case 'text':
      yield readPlainText(text, name, opts);
      return;
    case 'tilse':
    case 'newstls':
      yield reject(name, `the ${format} format is a dataset layout: give its folder (or articles file), not a single text`);
      return;
  }
}

/** One file, reached directly or by walking a folder. */
async function* readOneFile(path: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  const name = basename(path);
  const forced = opts.format;
  if (!forced || forced === 'tilse') {
    const inTilse = locateInTilse(path);
    if (inTilse?.part === 'gold') {
      yield reject(path, 'a gold timeline of a tilse dataset, not an article (give the topic folder to read its InputDocs)');
      return;
    }
    if (inTilse?.part === 'input') {
      yield* readTilseTopic(inTilse.topicDir, { ...(inTilse.day ? { day: inTilse.day } : {}), file: path });
      return;
    }
  }
  if ((!forced && isNewsTlsFile(name)) || forced === 'newstls') {
    yield* readNewsTlsFile(path, opts);
    return;
  }
  const byExtension = formatFromExtension(path);
  if ((forced ?? byExtension) === 'jsonl') {
    // Streamed line by line (and gunzipped when .gz), so large files never sit in memory whole.
    yield* readJsonlFile(path, opts);
    return;
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    yield reject(path, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return;
  }
  if (isGzip(bytes)) {
    yield reject(path, 'a gzip file that is not a news-tls articles.jsonl.gz or a .jsonl.gz: decompress it first');
    return;
  }
  const format = forced ?? byExtension;
  if (format === 'csv') return yield* readCsvFile(path, bytes, opts);
  if (format === 'feed') return yield* readFeedFile(path, bytes, opts);
  if (!format && name.toLowerCase().endsWith('.json')) return yield* readJsonFile(path, bytes, opts);

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(path, decoded.reason);
    return;
  }
  yield* readTextAs(format ?? formatFromContent(decoded.text), decoded.text, path, opts);
}

function isDirectory(path: string, entry?: Dirent): boolean {
  if (entry && !entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder: a tilse topic, a news-tls topic, or any tree of files (walked in sorted order). */
async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  const forced = opts.format;
  if (!forced || forced === 'tilse') {
    if (isTilseTopicDir(dir)) {
      yield* readTilseTopic(dir);
      return;
    }
    const inTilse = locateInTilse(dir);
    if (inTilse?.part === 'gold') {
      yield reject(dir, 'the gold timelines of a tilse dataset, not articles (give the topic folder to read its InputDocs)');
      return;
    }
    if (inTilse?.part === 'input') {
      yield* readTilseTopic(inTilse.topicDir, inTilse.day ? { day: inTilse.day } : undefined);
      return;
    }
    if (forced === 'tilse' && listTilseTopics(dir).length === 0) {
      yield reject(dir, 'no tilse topic here: expected <topic>/InputDocs/<YYYY-MM-DD>/<file> folders');
      return;
    }
  }

  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield reject(dir, `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const names = sortNames([...byName.keys()].filter((n) => !isSkippedName(n)));
  // A news-tls topic folder: read its one preferred articles file, skip the other variants.
  const newsTls = !forced || forced === 'newstls' ? newsTlsFileIn(names) : undefined;
  for (const name of names) {
    if (newsTls && name !== newsTls && (NEWS_TLS_FILES as readonly string[]).includes(name)) continue;
    const path = join(dir, name);
    if (isDirectory(path, byName.get(name))) yield* readDirectory(path, opts);
    else yield* readOneFile(path, opts);
  }
}

/**
 * Read articles from files and folders (recursively, in sorted order). '-' reads standard input.
 * Throws only when a path does not exist, and does so before reading anything.
 */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path !== '-' && !existsSync(path)) throw new Error(`No such file or directory: ${path}`);
  }
  for (const path of paths) {
    if (path === '-') yield* readStream(process.stdin, '-', opts);
    else if (isDirectory(path)) yield* readDirectory(path, opts);
    else yield* readOneFile(path, opts);
  }
}

/** How much of a stream is buffered at most; beyond it the input is rejected rather than exhausting memory. */
const MAX_STREAM_BYTES = 512 * 1024 * 1024;

/**
 * Read one stream (standard input): seed format, JSON Lines, CSV, HTML or a feed, or plain text (which
 * needs opts.defaultDate, or a first line "date YYYY-MM-DD"). `name` is used as the origin ('-' for stdin).
 */
export async function* readStream(input: NodeJS.ReadableStream, name: string, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buf.length;
      if (size > MAX_STREAM_BYTES) {
        yield reject(name, `input larger than ${MAX_STREAM_BYTES / 1024 / 1024} MB: save it to a file and give the path`);
        return;
      }
      chunks.push(buf);
    }
  } catch (err) {
    yield reject(name, `cannot read input: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if (!decoded.ok) {
    yield reject(name, decoded.reason);
    return;
  }
  yield* readTextAs(opts.format ?? formatFromContent(decoded.text), decoded.text, name, opts);
}
