// TempEval-3 Task A (TIMEX3) scoring, computed as the official TE3 toolkit's evaluate_entities.py does:
// - the toolkit first aligns gold and system timexes that overlap (TimeML-Normalizer gives them one id);
//   we do the same with a one-to-one alignment of overlapping spans, in text order;
// - strict match = an aligned pair with identical extent; relaxed match = any aligned pair;
// - counts are summed over all documents (micro), P = matches / system timexes, R = matches / gold timexes;
// - attribute F1 (value, type) = (attribute matches / relaxed matches) × relaxed F1,
//   with attribute matches counted over the relaxed pairs.
// The document creation time (t0) is not scored. MEANTIME annotates only the first sentences of each article:
// there only timexes inside that part are scored (TimemlDoc.annotatedEnd).

export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeMatch: number;
  valueMatch: number;
}

export interface TimexScores {
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  valueF1: number;
  typeF1: number;
  valueAccuracy: number;
  typeAccuracy: number;
  counts: TimexCounts;
}

export interface AlignedPair<G extends Span, S extends Span> {
  gold: G;
  system: S;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeMatch: 0, valueMatch: 0 };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One-to-one alignment of overlapping spans, each gold taking the first free overlapping system span. */
export function alignTimexes<G extends Span, S extends Span>(gold: readonly G[], system: readonly S[]): AlignedPair<G, S>[] {
  const sys = [...system].sort((a, b) => a.start - b.start || a.end - b.end);
  const used = new Uint8Array(sys.length);
  const pairs: AlignedPair<G, S>[] = [];
  let from = 0;
  for (const g of [...gold].sort((a, b) => a.start - b.start || a.end - b.end)) {
    while (from < sys.length && used[from]) from++;
    for (let i = from; i < sys.length && sys[i].start < g.end; i++) {
      if (!used[i] && overlaps(g, sys[i])) {
        used[i] = 1;
        pairs.push({ gold: g, system: sys[i] });
        break;
      }
    }
  }
  return pairs;
}

/** Counts for one document. */
export function countDocument(gold: readonly Span[], system: readonly Span[]): TimexCounts {
  const c = emptyCounts();
  c.gold = gold.length;
  c.system = system.length;
  for (const { gold: g, system: s } of alignTimexes(gold, system)) {
    c.relaxed++;
    if (g.start === s.start && g.end === s.end) c.strict++;
    if (g.type === s.type) c.typeMatch++;
    if (g.value === s.value) c.valueMatch++;
  }
  return c;
}

export function addCounts(into: TimexCounts, c: TimexCounts): TimexCounts {
  into.gold += c.gold;
  into.system += c.system;
  into.strict += c.strict;
  into.relaxed += c.relaxed;
  into.typeMatch += c.typeMatch;
  into.valueMatch += c.valueMatch;
  return into;
}

function prf(matches: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system ? matches / system : 0;
  const r = gold ? matches / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreCounts(c: TimexCounts): TimexScores {
  if (c.gold === 0 && c.system === 0) {
    const one = { p: 1, r: 1, f1: 1 };
    return { strict: one, relaxed: one, valueF1: 1, typeF1: 1, valueAccuracy: 1, typeAccuracy: 1, counts: c };
  }
  const strict = prf(c.strict, c.system, c.gold);
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const valueAccuracy = c.relaxed ? c.valueMatch / c.relaxed : 0;
  const typeAccuracy = c.relaxed ? c.typeMatch / c.relaxed : 0;
  return { strict, relaxed, valueF1: valueAccuracy * relaxed.f1, typeF1: typeAccuracy * relaxed.f1, valueAccuracy, typeAccuracy, counts: c };
}

/** Score a whole corpus given per-document gold and system spans. */
export function scoreCorpus(docs: readonly { gold: readonly Span[]; system: readonly Span[] }[]): TimexScores {
  const total = emptyCounts();
  for (const d of docs) addCounts(total, countDocument(d.gold, d.system));
  return scoreCounts(total);
}

// ---------------------------------------------------------------------------------------------------
// Corpus evaluation: tag every gold document's raw text with its DCT and score per sub-folder.

import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tagTimexes } from '../analyze/time/index.js';
import type { Timex } from '../types.js';
import { readTimeAnnotated, type GoldTimex, type TimemlDoc } from '../formats/timeml.js';

const GOLD_FILE = /\.(tml|xml)$/i;

export interface DocResult {
  doc: TimemlDoc;
  system: Timex[];
  counts: TimexCounts;
}

export interface CorpusReport {
  groups: { name: string; docs: number; scores: TimexScores }[];
  overall: TimexScores & { docs: number };
  /** Bytes of text tagged per second (tagging only). */
  bytesPerSecond: number;
}

/** Gold files under dir, recursively, sorted; XSD and other non-document files are skipped. */
export function listGoldFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listGoldFiles(path));
    else if (GOLD_FILE.test(name)) out.push(path);
  }
  return out;
}

export function evaluateDocument(doc: TimemlDoc): DocResult {
  // The whole text is tagged (earlier dates anchor later ones); only the annotated part is scored.
  const end = doc.annotatedEnd;
  const system = tagTimexes(doc.text, doc.dct).filter((t) => end === undefined || t.start < end);
  return { doc, system, counts: countDocument(doc.timexes, system) };
}

/** Score every gold document under `dir`; groups are the first-level sub-folders (or the folder itself). */
export function evaluateTimexCorpus(dir: string, onDoc?: (r: DocResult) => void): CorpusReport {
  const groups = new Map<string, { docs: number; counts: TimexCounts }>();
  const total = emptyCounts();
  let docs = 0;
  let bytes = 0;
  let ms = 0;
  for (const path of listGoldFiles(dir)) {
    let doc: TimemlDoc;
    try {
      doc = readTimeAnnotated(path);
    } catch (err) {
      if (/\.xml$/i.test(path) && !/<token\b|<TimeML\b|<TEXT\b/.test(String(err))) continue;
      throw err;
    }
    const t0 = performance.now();
    const r = evaluateDocument(doc);
    ms += performance.now() - t0;
    bytes += Buffer.byteLength(doc.text);
    onDoc?.(r);
    const rel = relative(dir, path).split(/[\\/]/);
    const group = rel.length > 1 ? rel[0] : '.';
    const g = groups.get(group) ?? { docs: 0, counts: emptyCounts() };
    g.docs++;
    addCounts(g.counts, r.counts);
    groups.set(group, g);
    addCounts(total, r.counts);
    docs++;
  }
  return {
    groups: [...groups].map(([name, g]) => ({ name, docs: g.docs, scores: scoreCounts(g.counts) })),
    overall: { ...scoreCounts(total), docs },
    bytesPerSecond: ms ? bytes / (ms / 1000) : 0,
  };
}

export type { GoldTimex };
