// The tilse / Timeline17 dataset layout:
//   <root>/<topic>_<source>/InputDocs/<YYYY-MM-DD>/<id>.htm.txt   articles, PTB-tokenised, one sentence a line
//   <root>/<topic>_<source>/timelines/*.txt                        gold timelines (never ingested)
//   <root>/<topic>_<source>/keywords.json                          the topic's query terms
// Articles keep topic = the folder name (e.g. "bpoil_bbc") and source = the part after the first "_" ("bbc").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceItem } from '../types.js';
import { decodeText } from './decode.js';
import { isoDate } from './dates.js';
import { detokenize } from './detokenize.js';
import { accept, type ReadOptions, reject } from './options.js';
import { readAhead } from './readAhead.js';

export const INPUT_DOCS = 'InputDocs';
export const GOLD_TIMELINES = 'timelines';
const DAY_FOLDER = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface TilseTopic {
  /** The folder name, e.g. "bpoil_bbc". */
  name: string;
  dir: string;
  /** Query terms from keywords.json ([] when absent or unreadable). */
  keywords: string[];
  /** Gold timeline files, sorted. */
  timelineFiles: string[];
}

/** Sorted by code point, so the order never depends on the machine's locale. */
export function sortNames(names: string[]): string[] {
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when `dir` is one tilse topic folder (it has an InputDocs folder). */
export function isTilseTopicDir(dir: string): boolean {
  return isDir(join(dir, INPUT_DOCS));
}

/** The source named by a topic folder: "bpoil_bbc" → "bbc"; undefined without an underscore. */
export function sourceFromTopicName(name: string): string | undefined {
  const i = name.indexOf('_');
  return i > 0 && i < name.length - 1 ? name.slice(i + 1) : undefined;
}

function readKeywords(dir: string): string[] {
  const path = join(dir, 'keywords.json');
  if (!existsSync(path)) return [];
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function describeTopic(dir: string): TilseTopic {
  const timelinesDir = join(dir, GOLD_TIMELINES);
  const timelineFiles = isDir(timelinesDir)
    ? sortNames(readdirSync(timelinesDir).filter((f) => !f.startsWith('.'))).map((f) => join(timelinesDir, f))
    : [];
  return { name: basename(dir), dir, keywords: readKeywords(dir), timelineFiles };
}

/**
 * The topics of a tilse dataset. `dir` may be the dataset root (e.g. t17/) or one topic folder.
 * Sorted by folder name; [] when `dir` holds no topic.
 */
export function listTilseTopics(dir: string): TilseTopic[] {
  if (isTilseTopicDir(dir)) return [describeTopic(dir)];
  if (!isDir(dir)) return [];
  return sortNames(readdirSync(dir).filter((n) => !n.startsWith('.')))
    .map((n) => join(dir, n))
    .filter(isTilseTopicDir)
    .map(describeTopic);
}

/** The article files of one topic (or of one day folder inside it), sorted by day then file name. */
function articleFiles(inputDocsDir: string, onlyDay?: string): { path: string; day: string }[] {
  const files: { path: string; day: string }[] = [];
  const days = onlyDay ? [onlyDay] : sortNames(readdirSync(inputDocsDir).filter((d) => !d.startsWith('.')));
  for (const day of days) {
    const dayDir = join(inputDocsDir, day);
    if (!isDir(dayDir)) continue;
    for (const f of sortNames(readdirSync(dayDir).filter((n) => !n.startsWith('.')))) files.push({ path: join(dayDir, f), day });
  }
  return files;
}

/** One article file of a topic: decoded, dated by its day folder, detokenised. */
export function tilseArticle(path: string, bytes: Uint8Array, day: string, topic: string): SourceItem {
  const m = DAY_FOLDER.exec(day);
  const published = m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
  if (!published) return reject(path, `tilse day folder "${day}" is not a YYYY-MM-DD date`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return reject(path, decoded.reason);
  const text = detokenize(decoded.text);
  if (text.length === 0) return reject(path, 'no article text');
  return accept({ text, published, origin: path, topic, source: sourceFromTopicName(topic) });
}

/**
 * Every InputDocs article of one topic folder (the gold timelines are never read).
 * `onlyDay` / `onlyFile` narrow it when the user pointed inside InputDocs.
 */
export async function* readTilseTopic(topicDir: string, only?: { day?: string; file?: string },
  opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const topic = basename(topicDir);
  const inputDocs = join(topicDir, INPUT_DOCS);
  let files = articleFiles(inputDocs, only?.day);
  if (only?.file) files = files.filter((f) => f.path === only.file);
  const dayOf = new Map(files.map((f) => [f.path, f.day]));
  for await (const file of readAhead(files.map((f) => f.path), opts)) {
    if ('error' in file) yield reject(file.path, file.error);
    else yield tilseArticle(file.path, file.bytes, dayOf.get(file.path)!, topic);
  }
}

/**
 * Where a path sits inside a tilse topic, if it does: the topic folder, and whether it is inside
 * InputDocs (with its day and file) or inside the gold timelines.
 */
export function locateInTilse(path: string): { topicDir: string; part: 'input'; day?: string; file?: string } | { topicDir: string; part: 'gold' } | undefined {
  const parts = path.split(/[\\/]/);
  for (let i = parts.length - 1; i >= 1; i--) {
    const name = parts[i];
    if (name !== INPUT_DOCS && name !== GOLD_TIMELINES) continue;
    const topicDir = parts.slice(0, i).join('/') || '/';
    if (!isTilseTopicDir(topicDir)) continue;
    if (name === GOLD_TIMELINES) return { topicDir, part: 'gold' };
    const day = parts[i + 1];
    const file = parts.length > i + 2 ? path : undefined;
    return { topicDir, part: 'input', ...(day !== undefined && day !== '' ? { day } : {}), ...(file ? { file } : {}) };
  }
  return undefined;
}
