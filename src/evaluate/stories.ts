// Story clustering evaluation: B-cubed precision / recall / F1 (Bagga & Baldwin 1998; Amigó et al. 2009)
// and purity of predicted clusters against gold groups, and the loader for a gold set laid out as folders
// (each immediate subfolder of the set is one gold story, holding articles in any format Chronicle reads).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../sources/index.js';
import type { RawArticle, Rejection } from '../types.js';
import { StoryClusterer, type StoryInput, type StoryOptions } from '../stories/index.js';

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterScores {
  b3: BCubed;
  purity: number;
  clusters: number;
  gold_clusters: number;
}

/** Counts of (predicted, gold) label pairs, and of each label on its own. */
function contingency(pred: readonly (string | number)[], gold: readonly (string | number)[]) {
  if (pred.length !== gold.length) throw new Error(`scoring: ${pred.length} predicted labels for ${gold.length} gold labels`);
  const pair = new Map<string, number>();
  const predSize = new Map<string | number, number>();
  const goldSize = new Map<string | number, number>();
  for (let i = 0; i < pred.length; i++) {
    const key = JSON.stringify([pred[i], gold[i]]);
    pair.set(key, (pair.get(key) ?? 0) + 1);
    predSize.set(pred[i]!, (predSize.get(pred[i]!) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
  }
  return { pair, predSize, goldSize };
}

/**
 * Item-averaged B-cubed: an item's precision is the share of its predicted cluster that shares its gold
 * group, its recall the share of its gold group that shares its predicted cluster. Computed from the
 * contingency table: a cell of n items contributes n·n/|cluster| to precision and n·n/|group| to recall.
 */
export function bcubed(pred: readonly (string | number)[], gold: readonly (string | number)[]): BCubed {
  const { pair, predSize, goldSize } = contingency(pred, gold);
  const n = pred.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  for (const [key, count] of pair) {
    const [pl, gl] = JSON.parse(key) as [string | number, string | number];
    p += (count * count) / predSize.get(pl)!;
    r += (count * count) / goldSize.get(gl)!;
  }
  const precision = p / n;
  const recall = r / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of items that belong to their predicted cluster's majority gold group. */
export function purity(pred: readonly (string | number)[], gold: readonly (string | number)[]): number {
  const { pair } = contingency(pred, gold);
  if (pred.length === 0) return 0;
  const best = new Map<string, number>();
  for (const [key, count] of pair) {
    const pl = JSON.stringify((JSON.parse(key) as unknown[])[0]);
    best.set(pl, Math.max(best.get(pl) ?? 0, count));
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  return sum / pred.length;
}

export function scoreClusters(pred: readonly (string | number)[], gold: readonly (string | number)[]): ClusterScores {
  return {
    b3: bcubed(pred, gold),
    purity: purity(pred, gold),
    clusters: new Set(pred).size,
    gold_clusters: new Set(gold).size,
  };
}

export interface GoldArticle {
  gold: string;
  article: RawArticle;
}

/** Reads every immediate subfolder of `dir` as one gold story. Rejected records are returned, not thrown. */
export async function loadGoldSet(dir: string): Promise<{ articles: GoldArticle[]; rejects: Rejection[] }> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  } catch (err) {
    throw new Error(`cannot list gold set ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const groups = names.filter((n) => statSync(join(dir, n)).isDirectory());
  if (groups.length === 0) throw new Error(`${dir}: no subfolders; each subfolder of a gold set is one story`);
  const articles: GoldArticle[] = [];
  const rejects: Rejection[] = [];
  for (const g of groups) {
    for await (const item of readSources([join(dir, g)])) {
      if (item.kind === 'article') articles.push({ gold: g, article: item.article });
      else rejects.push(item.rejection);
    }
  }
  return { articles, rejects };
}

export interface StoryRun {
  scores: ClusterScores;
  /** Milliseconds spent in the clusterer alone (reading and entity analysis excluded). */
  clusterMs: number;
  /** The story of each article, in the input order. */
  stories: number[];
}

/**
 * Clusters the articles as ingest would (oldest first, ties in input order, in pages of `page`) and scores
 * the stories against the gold groups. `entities` gives each article's extracted entities when available.
 */
export function runStoryEval(
  articles: GoldArticle[],
  opts: { options?: Partial<StoryOptions>; entities?: (StoryInput['entities'] | undefined)[]; page?: number } = {},
): StoryRun {
  const order = articles.map((_, i) => i);
  const day = (i: number): string => articles[i]!.article.published.slice(0, 10);
  order.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a - b));
  const inputs: StoryInput[] = order.map((i) => {
    const a = articles[i]!.article;
    const input: StoryInput = { id: i, published: day(i), text: a.text };
    if (a.title) input.title = a.title;
    const ents = opts.entities?.[i];
    if (ents) input.entities = ents;
    return input;
  });
  const page = opts.page ?? 200;
  const started = process.hrtime.bigint();
  let clusterer = new StoryClusterer(opts.options);
  const stories = new Array<number>(articles.length).fill(0);
  for (let k = 0; k < inputs.length; k += page) {
    for (const a of clusterer.add(inputs.slice(k, k + page))) stories[a.articleId] = a.storyId;
    // Round-trip the state as the store does after every page, so persistence is part of what is measured.
    clusterer = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(clusterer)), opts.options);
  }
  // Stories merged after some of their articles were assigned: count those articles in the survivor.
  for (let i = 0; i < stories.length; i++) stories[i] = clusterer.canonical(stories[i]!);
  const clusterMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { scores: scoreClusters(stories, articles.map((a) => a.gold)), clusterMs, stories };
}

export interface GoldBreakdown {
  gold: string;
  articles: number;
  /** Articles in the predicted story holding most of this gold group, and that story's size. */
  main: { articles: number; storySize: number };
  /** The next predicted stories holding this group's articles: [articles of this group, story size]. */
  others: [number, number][];
  /** Articles of this group in predicted stories of at most `smallStory` articles. */
  inSmallStories: number;
  stories: number;
}

/**
 * Where each gold group went (its main story, the next ones, how much sits in small stories) and the size
 * distribution of predicted stories: precision losses show as other groups inside a main story, recall losses
 * as fragments.
 */
export function storyBreakdown(
  pred: readonly number[],
  gold: readonly string[],
  smallStory = 5,
): { groups: GoldBreakdown[]; sizes: { upTo: number; stories: number; articles: number }[] } {
  const size = new Map<number, number>();
  for (const p of pred) size.set(p, (size.get(p) ?? 0) + 1);
  const byGold = new Map<string, Map<number, number>>();
  gold.forEach((g, i) => {
    let m = byGold.get(g);
    if (!m) byGold.set(g, (m = new Map()));
    m.set(pred[i]!, (m.get(pred[i]!) ?? 0) + 1);
  });
  const groups: GoldBreakdown[] = [...byGold].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([g, m]) => {
    const cells = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [mainId, mainCount] = cells[0]!;
    let small = 0;
    for (const [p, c] of cells) if (size.get(p)! <= smallStory) small += c;
    return {
      gold: g,
      articles: cells.reduce((n, [, c]) => n + c, 0),
      main: { articles: mainCount, storySize: size.get(mainId)! },
      others: cells.slice(1, 5).map(([p, c]) => [c, size.get(p)!] as [number, number]),
      inSmallStories: small,
      stories: cells.length,
    };
  });
  const bounds = [1, 2, 3, 5, 10, 20, 50, 100, Infinity];
  const sizes = bounds.map((upTo, k) => {
    const lo = k === 0 ? 0 : bounds[k - 1]!;
    const inBin = [...size.values()].filter((n) => n > lo && n <= upTo);
    return { upTo, stories: inBin.length, articles: inBin.reduce((a, b) => a + b, 0) };
  });
  return { groups, sizes };
}
