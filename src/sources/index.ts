// Entry point of sources/: turn paths (files, folders, datasets) or a stream into SourceItems.
// Bad input never throws: each unreadable file or record becomes a rejection naming the file (and line or
// record) and the reason. Only a path that does not exist throws, before anything is read.
import { closeSync, existsSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceItem } from '../types.js';
import { readCsvFile, readCsvText } from './csv.js';
import { decodeText, isGzip } from './decode.js';
import { formatFromContent, formatFromExtension, isSkippedName } from './detect.js';
import { notRegular, openRegular, readOpened, tooLarge, Visited } from './files.js';
import { readFeedFile, readFeedText } from './feed.js';
import { readHtmlText } from './html.js';
import { linesOf, readJsonFile, readJsonLines, readJsonlFile } from './jsonl.js';
import { isNewsTlsFile, NEWS_TLS_FILES, newsTlsFileIn, readNewsTlsFile } from './newsTls.js';
import { type FormatName, maxFileSize, printable, type ReadOptions, reject } from './options.js';
import { parseSeed } from './seed.js';
import { readPlainText } from './textFile.js';
import { isTilseTopicDir, listTilseTopics, locateInTilse, readTilseTopic, sortNames } from './tilse.js';

export type { FieldMap, FormatName, ReadOptions } from './options.js';
export { DEFAULT_MAX_FILE_SIZE, FORMAT_NAMES, formatBytes, parseByteSize, printable } from './options.js';
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
      yield* readJsonLines(linesOf(text, opts), name, opts);
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

/** What one run shares while walking: the files and folders seen, and the folders open on the way down. */
interface Walk {
  visited: Visited;
  open: Set<string>;
}

const keyOf = (stats: Stats): string => `${stats.dev}:${stats.ino}`;

/** One file, reached directly or by walking a folder. */
async function* readOneFile(path: string, opts: ReadOptions, walk: Walk): AsyncGenerator<SourceItem> {
  const name = basename(path);
  const forced = opts.format;
  if (!forced || forced === 'tilse') {
    const inTilse = locateInTilse(path);
    if (inTilse?.part === 'gold') {
      yield reject(path, 'a gold timeline of a tilse dataset, not an article (give the topic folder to read its InputDocs)');
      return;
    }
    if (inTilse?.part === 'input') {
      yield* readTilseTopic(inTilse.topicDir, { ...(inTilse.day ? { day: inTilse.day } : {}), file: path }, opts);
      return;
    }
  }
  const newsTls = (!forced && isNewsTlsFile(name)) || forced === 'newstls';
  const byExtension = formatFromExtension(path);
  // JSONL is streamed line by line (and gunzipped when .gz), so large files never sit in memory whole.
  const jsonl = !newsTls && (forced ?? byExtension) === 'jsonl';
  const opened = openRegular(path, opts, (newsTls || jsonl) && !path.endsWith('.gz'));
  if ('reason' in opened) {
    yield reject(path, opened.reason);
    return;
  }
  const first = walk.visited.firstVisit(opened.stats, path);
  if (first !== undefined) {
    closeSync(opened.fd);
    yield reject(path, `the same file as ${first}, already read in this run: skipped`);
    return;
  }
  if (newsTls) {
    yield* readNewsTlsFile(path, opts, opened);
    return;
  }
  if (jsonl) {
    yield* readJsonlFile(path, opts, opened);
    return;
  }

  const bytes = readOpened(opened, opts);
  if ('reason' in bytes) {
    yield reject(path, bytes.reason);
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

/** Where a listed entry leads (links followed), or undefined when it leads nowhere readable. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A folder: a tilse topic, a news-tls topic, or any tree of files (walked in sorted order). */
async function* readDirectory(dir: string, stats: Stats, opts: ReadOptions, walk: Walk): AsyncGenerator<SourceItem> {
  const key = keyOf(stats);
  const first = walk.visited.firstVisit(stats, dir);
  if (first !== undefined) {
    yield reject(dir, walk.open.has(key)
      ? `a link back to the folder ${first}, which contains it: skipped (following it would loop)`
      : `the same folder as ${first}, already read in this run: skipped`);
    return;
  }
  walk.open.add(key);
  try {
    yield* readDirectoryOnce(dir, opts, walk);
  } finally {
    walk.open.delete(key);
  }
}

async function* readDirectoryOnce(dir: string, opts: ReadOptions, walk: Walk): AsyncGenerator<SourceItem> {
  const forced = opts.format;
  if (!forced || forced === 'tilse') {
    if (isTilseTopicDir(dir)) {
      yield* readTilseTopic(dir, undefined, opts);
      return;
    }
    const inTilse = locateInTilse(dir);
    if (inTilse?.part === 'gold') {
      yield reject(dir, 'the gold timelines of a tilse dataset, not articles (give the topic folder to read its InputDocs)');
      return;
    }
    if (inTilse?.part === 'input') {
      yield* readTilseTopic(inTilse.topicDir, inTilse.day ? { day: inTilse.day } : undefined, opts);
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
    const entry = byName.get(name)!;
    // Plain files need no stat here: the file readers check what they open.
    if (entry.isFile()) {
      yield* readOneFile(path, opts, walk);
      continue;
    }
    // FIFOs, sockets and devices are never opened; links are followed to see where they lead.
    if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
      yield reject(path, notRegular(entry));
      continue;
    }
    const stats = statOf(path);
    if (stats?.isDirectory()) yield* readDirectory(path, stats, opts, walk);
    else if (stats?.isFile()) yield* readOneFile(path, opts, walk);
    else if (stats) yield reject(path, notRegular(stats));
    else yield reject(path, 'a link to nothing (its target does not exist or cannot be reached)');
  }
}

/**
 * Read articles from files and folders (recursively, in sorted order). '-' reads standard input.
 * Throws only when a path does not exist, and does so before reading anything.
 */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path !== '-' && !existsSync(path)) throw new Error(`No such file or directory: ${printable(path)}`);
  }
  const walk: Walk = { visited: new Visited(), open: new Set() };
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(process.stdin, '-', opts);
      continue;
    }
    const stats = statOf(path);
    if (stats?.isDirectory()) yield* readDirectory(path, stats, opts, walk);
    else yield* readOneFile(path, opts, walk);
  }
}

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
      // Buffered whole (its format is decided on the whole text), so bounded like a file.
      if (size > maxFileSize(opts)) {
        yield reject(name, `input ${tooLarge(maxFileSize(opts))}`);
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
