// Timeline-summarisation benchmark datasets as evaluation tasks, following the news-tls protocol
// (Gholipour Ghalandari & Ifrim 2020): a topic is the union of its articles; each gold timeline is one task
// whose input is the topic's articles published between the gold timeline's first and last date, whose
// query is the topic's keywords, and whose size is L = number of gold dates, K = mean sentences per gold
// date rounded half-to-even (Python's round).
// Two layouts are read:
//   tilse (Timeline17, Crisis): <root>/<topic>_<source>/InputDocs/<day>/<file>, timelines/*.txt, keywords.json;
//     folders sharing the part of their name before the first "_" form one topic.
//   news-tls: <root>/<topic>/articles.jsonl[.gz], timelines.jsonl (one timeline a line: [[date, [sentences]], …]),
//     keywords.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { listTilseTopics, readTilseTopic } from '../sources/tilse.js';
import { newsTlsFileIn, readNewsTlsFile } from '../sources/newsTls.js';
import type { SourceItem } from '../types.js';
import { parseTilseDate, parseTilseTimeline, type TilseTimeline } from '../formats/tilse.js';

export interface EvalArticle {
  /** Unique within the dataset. */
  id: number;
  /** YYYY-MM-DD */
  published: string;
  text: string;
  title?: string;
  /** The publisher, when the reader knows it (tilse: the folder's part after "_"). */
  source?: string;
  origin: string;
}

export interface GoldTimeline {
  /** e.g. "bpoil_bbc/bbc.txt" or "syria/timelines.jsonl#2" */
  name: string;
  timeline: TilseTimeline;
}

export interface EvalTopic {
  name: string;
  keywords: string[];
  articles: EvalArticle[];
  timelines: GoldTimeline[];
}

export interface EvalDataset {
  layout: 'tilse' | 'newstls';
  topics: EvalTopic[];
  /** Problems found while reading (malformed gold dates, rejected articles), each naming file and line. */
  warnings: string[];
}

export interface EvalTask {
  topic: string;
  timeline: string;
  keywords: string[];
  gold: TilseTimeline;
  /** First and last gold date (YYYY-MM-DD). */
  start: string;
  end: string;
  /** Number of gold dates. */
  dates: number;
  /** Mean gold sentences per date, rounded half to even. */
  perDate: number;
  /** The topic's articles published from `start` to `end`. */
  articles: EvalArticle[];
}

/** Python 3's round(): halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (Math.abs(diff - 0.5) < 1e-9) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

/** The tasks of a dataset: one per gold timeline, input clipped to the timeline's span. */
export function tasksOf(dataset: EvalDataset): EvalTask[] {
  const tasks: EvalTask[] = [];
  for (const topic of dataset.topics) {
    for (const gold of topic.timelines) {
      const dates = [...gold.timeline.entries.keys()].sort();
      if (dates.length === 0) continue;
      const start = dates[0]!;
      const end = dates[dates.length - 1]!;
      let sentences = 0;
      for (const s of gold.timeline.entries.values()) sentences += s.length;
      tasks.push({
        topic: topic.name,
        timeline: gold.name,
        keywords: topic.keywords,
        gold: gold.timeline,
        start,
        end,
        dates: dates.length,
        perDate: Math.max(1, roundHalfEven(sentences / dates.length)),
        articles: topic.articles.filter((a) => a.published >= start && a.published <= end),
      });
    }
  }
  return tasks;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readKeywords(path: string): string[] {
  if (!existsSync(path)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message}); expected a list of query terms`);
  }
  if (!Array.isArray(value) || !value.every((k) => typeof k === 'string')) {
    throw new Error(`${path}: expected a JSON list of strings such as ["bp", "oil", "spill"]`);
  }
  return value as string[];
}

/** The topic a tilse folder belongs to: "bpoil_bbc" → "bpoil"; a name without "_" is its own topic. */
export function tilseTopicPrefix(folder: string): string {
  const i = folder.indexOf('_');
  return i > 0 ? folder.slice(0, i) : folder;
}

class ArticleSink {
  private nextId = 0;
  constructor(private readonly warnings: string[]) {}

  /** Adds an accepted article unless the topic already holds the same text on the same day. */
  add(item: SourceItem, into: EvalArticle[], topicSeen: Set<string>): void {
    if (item.kind === 'reject') {
      this.warnings.push(`${item.rejection.origin}: ${item.rejection.reason}; article skipped`);
      return;
    }
    const a = item.article;
    const published = a.published.slice(0, 10);
    const key = createHash('sha1').update(published).update('\0').update(a.text).digest('hex');
    if (topicSeen.has(key)) return;
    topicSeen.add(key);
    const article: EvalArticle = { id: this.nextId++, published, text: a.text, origin: a.origin };
    if (a.title) article.title = a.title;
    if (a.source) article.source = a.source;
    into.push(article);
  }
}

async function readTilseDataset(dir: string): Promise<EvalDataset> {
  const warnings: string[] = [];
  const sink = new ArticleSink(warnings);
  const folders = listTilseTopics(dir);
  const byTopic = new Map<string, typeof folders>();
  for (const f of folders) {
    const p = tilseTopicPrefix(f.name);
    byTopic.set(p, [...(byTopic.get(p) ?? []), f]);
  }
  const topics: EvalTopic[] = [];
  for (const [name, group] of byTopic) {
    const articles: EvalArticle[] = [];
    const seen = new Set<string>();
    const keywords = new Set<string>();
    const timelines: GoldTimeline[] = [];
    for (const folder of group) {
      for (const k of readKeywords(join(folder.dir, 'keywords.json'))) keywords.add(k);
      for await (const item of readTilseTopic(folder.dir)) sink.add(item, articles, seen);
      for (const file of folder.timelineFiles) {
        const label = `${folder.name}/${basename(file)}`;
        const { timeline, warnings: w } = parseTilseTimeline(readFileSync(file, 'utf8'), file);
        warnings.push(...w);
        if (timeline.entries.size === 0) warnings.push(`${file}: no dated entries; timeline skipped`);
        else timelines.push({ name: label, timeline });
      }
    }
    articles.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id - b.id));
    topics.push({ name, keywords: [...keywords], articles, timelines });
  }
  return { layout: 'tilse', topics, warnings };
}

/** One news-tls timelines.jsonl line: [[date, [sentence, …]], …]; repeated dates: the later entry wins. */
export function parseNewsTlsTimeline(line: string, origin: string, warnings: string[]): TilseTimeline {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new Error(`${origin}: not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(value)) throw new Error(`${origin}: expected a list of [date, [sentences]] pairs`);
  const entries = new Map<string, string[]>();
  value.forEach((pair: unknown, i) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !Array.isArray(pair[1])) {
      warnings.push(`${origin}: entry ${i + 1} is not a [date, [sentences]] pair; skipped`);
      return;
    }
    const date = parseTilseDate(pair[0].slice(0, 10).trim());
    if (!date) {
      warnings.push(`${origin}: entry ${i + 1} has a malformed date "${pair[0]}"; skipped`);
      return;
    }
    entries.delete(date);
    entries.set(date, pair[1].filter((s): s is string => typeof s === 'string'));
  });
  return { entries };
}

async function readNewsTlsDataset(dir: string, topicDirs: string[]): Promise<EvalDataset> {
  const warnings: string[] = [];
  const sink = new ArticleSink(warnings);
  const topics: EvalTopic[] = [];
  for (const topicDir of topicDirs) {
    const name = basename(topicDir);
    const file = newsTlsFileIn(readdirSync(topicDir))!;
    const articles: EvalArticle[] = [];
    const seen = new Set<string>();
    for await (const item of readNewsTlsFile(join(topicDir, file), {})) sink.add(item, articles, seen);
    articles.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id - b.id));
    const timelines: GoldTimeline[] = [];
    const tlPath = join(topicDir, 'timelines.jsonl');
    if (existsSync(tlPath)) {
      readFileSync(tlPath, 'utf8').split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '') return;
        const timeline = parseNewsTlsTimeline(line, `${tlPath}:${i + 1}`, warnings);
        if (timeline.entries.size > 0) timelines.push({ name: `${name}/timelines.jsonl#${i + 1}`, timeline });
      });
    } else {
      warnings.push(`${topicDir}: no timelines.jsonl; topic has no task`);
    }
    topics.push({ name, keywords: readKeywords(join(topicDir, 'keywords.json')), articles, timelines });
  }
  if (topics.length === 0) throw new Error(`${dir}: no news-tls topic found`);
  return { layout: 'newstls', topics, warnings };
}

/** Reads a tilse or news-tls dataset folder (or one topic folder of either). */
export async function readEvalDataset(dir: string): Promise<EvalDataset> {
  if (!isDir(dir)) throw new Error(`${dir}: not a folder (expected a tilse or news-tls dataset)`);
  if (listTilseTopics(dir).length > 0) return readTilseDataset(dir);
  if (newsTlsFileIn(readdirSync(dir))) return readNewsTlsDataset(dir, [dir]);
  const newsTopics = readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => isDir(p) && newsTlsFileIn(readdirSync(p)) !== undefined);
  if (newsTopics.length > 0) return readNewsTlsDataset(dir, newsTopics);
  throw new Error(`${dir}: neither a tilse dataset (<topic>/InputDocs/<day>/…) nor a news-tls dataset ` +
    '(<topic>/articles.jsonl[.gz] with timelines.jsonl)');
}
