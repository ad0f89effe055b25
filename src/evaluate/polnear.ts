// PolNeAR (Newell et al. 2018) attribution data and the quote-attribution score we report on it.
//
// Layout of one split (e.g. polnear/dev): text/<name>.txt and attributions/<name>_<annotator>.ann, the
// .ann files in brat standoff: `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>` text-bound spans
// (Source, Cue, Content, …) and `E<n>\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<t>` events tying
// them together. Offsets count Unicode code points (brat is Python); we convert them to UTF-16 indices.
// A text annotated by two annotators appears once per annotation file; each is scored as its own doc.
//
// Score (`scoreAttributions`): predicted quotes that share one speaker mention (the same speakerStart/End)
// form one predicted attribution whose content is the union of their spans — as PolNeAR joins
// “A,” said X. “B.” into one Content. Two spans overlap when they share at least one letter or digit.
//   content+source: gold = attributions with a Content and a Source; predicted = attributions with a
//     speaker span; a pair matches when contents overlap and sources overlap.
//   content only: gold = every attribution with a Content; predicted = every predicted attribution;
//     a pair matches when contents overlap.
// Matching is one-to-one (greedy, largest content overlap first), counted over all docs (micro P/R/F1).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Quote } from '../types.js';
import { formatCueTable } from '../analyze/quotes/cueTable.js';

export type Span = [number, number];

export interface GoldAttribution {
  id: string;
  source?: Span[];
  cue?: Span[];
  content?: Span[];
}

export interface PolnearDoc {
  /** The .ann file name without extension, e.g. breitbart_2016-09-15_pat-caddell-democrat-voters-worr_4e07. */
  id: string;
  textPath: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Maps code-point offsets to UTF-16 indices; identity when the text has no astral characters. */
function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

const ID_LINE = /^([TEARNM#*])(\d*)\t/;

/** Parses one brat .ann file against its text. Throws naming file and line on malformed records. */
export function parseBratAttributions(ann: string, text: string, annPath: string): GoldAttribution[] {
  const toIdx = codePointMapper(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Array<{ line: number; args: string[] }> = [];
  const lines = ann.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!;
    if (line.trim() === '') continue;
    const m = ID_LINE.exec(line);
    if (!m) continue; // continuation of a T line whose covered text held a line break
    const fields = line.split('\t');
    if (m[1] === 'T') {
      const head = fields[1] ?? '';
      const sp = head.indexOf(' ');
      if (sp < 0) throw new Error(`${annPath}:${ln + 1}: text-bound annotation without offsets: ${line.slice(0, 80)}`);
      const type = head.slice(0, sp);
      const list: Span[] = [];
      for (const part of head.slice(sp + 1).split(';')) {
        const nums = part.trim().split(/\s+/).map(Number);
        if (nums.length !== 2 || !nums.every((n) => Number.isInteger(n) && n >= 0) || nums[0]! > nums[1]!) {
          throw new Error(`${annPath}:${ln + 1}: bad offsets '${part}'`);
        }
        const s = toIdx(nums[0]!);
        const e = toIdx(nums[1]!);
        if (e > text.length) throw new Error(`${annPath}:${ln + 1}: offset ${nums[1]} beyond the text (${text.length} chars)`);
        list.push([s, e]);
      }
      spans.set(`T${m[2]}`, { type, spans: list });
    } else if (m[1] === 'E') {
      events.push({ line: ln + 1, args: (fields[1] ?? '').trim().split(/\s+/) });
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const g: GoldAttribution = { id: '' };
    for (const arg of ev.args) {
      const colon = arg.indexOf(':');
      if (colon < 0) throw new Error(`${annPath}:${ev.line}: bad event argument '${arg}'`);
      const role = arg.slice(0, colon).replace(/\d+$/, '');
      const ref = arg.slice(colon + 1);
      const t = spans.get(ref);
      if (!t) throw new Error(`${annPath}:${ev.line}: event refers to unknown annotation ${ref}`);
      if (role === 'Attribution' || role === 'Attribution-no-source') g.id = ref;
      else if (role === 'Source') g.source = [...(g.source ?? []), ...t.spans];
      else if (role === 'Cue') g.cue = [...(g.cue ?? []), ...t.spans];
      else if (role === 'Content') g.content = [...(g.content ?? []), ...t.spans];
    }
    out.push(g);
  }
  return out;
}

/** Reads one PolNeAR split folder (with text/ and attributions/). */
export function readPolnearDir(dir: string): PolnearDoc[] {
  const annDir = join(dir, 'attributions');
  const textDir = join(dir, 'text');
  let files: string[];
  try {
    files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  } catch (err) {
    throw new Error(`${dir}: not a PolNeAR split (expected attributions/ and text/): ${(err as Error).message}`);
  }
  if (files.length === 0) throw new Error(`${annDir}: no .ann files`);
  const texts = new Map<string, string>();
  const docs: PolnearDoc[] = [];
  for (const f of files) {
    const id = basename(f, '.ann');
    const us = id.lastIndexOf('_');
    const name = us > 0 ? id.slice(0, us) : id;
    const textPath = join(textDir, `${name}.txt`);
    let text = texts.get(textPath);
    if (text === undefined) {
      try {
        text = readFileSync(textPath, 'utf8');
      } catch {
        throw new Error(`${join(annDir, f)}: its text ${textPath} cannot be read`);
      }
      texts.set(textPath, text);
    }
    const annPath = join(annDir, f);
    docs.push({ id, textPath, text, attributions: parseBratAttributions(readFileSync(annPath, 'utf8'), text, annPath) });
  }
  return docs;
}

export interface PredictedAttribution {
  source?: Span;
  content: Span[];
}

/** Groups quotes sharing a speaker mention into one attribution (see the header). */
export function groupQuotes(quotes: Quote[]): PredictedAttribution[] {
  const bySpeaker = new Map<string, PredictedAttribution>();
  const out: PredictedAttribution[] = [];
  for (const q of quotes) {
    if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      const key = `${q.speakerStart}:${q.speakerEnd}`;
      const had = bySpeaker.get(key);
      if (had) {
        had.content.push([q.start, q.end]);
        continue;
      }
      const p: PredictedAttribution = { source: [q.speakerStart, q.speakerEnd], content: [[q.start, q.end]] };
      bySpeaker.set(key, p);
      out.push(p);
    } else {
      out.push({ content: [[q.start, q.end]] });
    }
  }
  return out;
}

const WORDCHAR = /[\p{L}\p{N}]/u;

/** Number of letters/digits shared by two span lists. */
export function overlapChars(text: string, a: Span[], b: Span[]): number {
  let n = 0;
  for (const [as, ae] of a) {
    for (const [bs, be] of b) {
      const s = Math.max(as, bs);
      const e = Math.min(ae, be);
      for (let i = s; i < e; i++) if (WORDCHAR.test(text[i]!)) n++;
    }
  }
  return n;
}

export interface PRFCounts {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): PRFCounts {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

/** One-to-one greedy matching: returns the number of matched pairs. */
function matchCount(text: string, preds: PredictedAttribution[], golds: GoldAttribution[], needSource: boolean): number {
  const cand: Array<[number, number, number]> = [];
  for (let i = 0; i < preds.length; i++) {
    for (let j = 0; j < golds.length; j++) {
      const c = overlapChars(text, preds[i]!.content, golds[j]!.content ?? []);
      if (c === 0) continue;
      if (needSource && overlapChars(text, [preds[i]!.source!], golds[j]!.source ?? []) === 0) continue;
      cand.push([c, i, j]);
    }
  }
  cand.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of cand) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return usedP.size;
}

export interface DocCounts {
  pairTp: number;
  pairPred: number;
  pairGold: number;
  contentTp: number;
  contentPred: number;
  contentGold: number;
}

export function scoreDoc(doc: PolnearDoc, quotes: Quote[]): DocCounts {
  const preds = groupQuotes(quotes);
  const withContent = doc.attributions.filter((g) => g.content && g.content.length > 0);
  const pairGold = withContent.filter((g) => g.source && g.source.length > 0);
  const pairPred = preds.filter((p) => p.source);
  return {
    pairTp: matchCount(doc.text, pairPred, pairGold, true),
    pairPred: pairPred.length,
    pairGold: pairGold.length,
    contentTp: matchCount(doc.text, preds, withContent, false),
    contentPred: preds.length,
    contentGold: withContent.length,
  };
}

export interface QuoteScores {
  docs: number;
  chars: number;
  contentSource: PRFCounts;
  contentOnly: PRFCounts;
}

export function totalScores(counts: DocCounts[], chars: number): QuoteScores {
  const sum = (k: keyof DocCounts): number => counts.reduce((a, c) => a + c[k], 0);
  return {
    docs: counts.length,
    chars,
    contentSource: prf(sum('pairTp'), sum('pairPred'), sum('pairGold')),
    contentOnly: prf(sum('contentTp'), sum('contentPred'), sum('contentGold')),
  };
}

/** Words of cues, with how often each is a gold cue word and how often it occurs at all. */
export interface CueStat {
  word: string;
  cue: number;
  total: number;
}

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/**
 * Counts, over a training split, each lower-case word form: occurrences inside a gold Cue span (once per
 * cue) and occurrences anywhere in the texts. Their ratio is the word's precision as a cue.
 */
export function cueStatistics(docs: PolnearDoc[]): CueStat[] {
  const cue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const d of docs) {
    for (const g of d.attributions) {
      const words = new Set<string>();
      for (const [s, e] of g.cue ?? []) for (const m of d.text.slice(s, e).matchAll(WORD)) words.add(m[0].toLowerCase());
      for (const w of words) cue.set(w, (cue.get(w) ?? 0) + 1);
    }
    // a text annotated twice counts its words twice, as its cues are counted twice
    for (const m of d.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
    }
  }
  return [...cue.entries()].map(([word, c]) => ({ word, cue: c, total: total.get(word) ?? c }))
    .sort((a, b) => b.cue - a.cue || a.word.localeCompare(b.word));
}

/** Cue words kept from statistics: verbs (not -ly adverbs or clitics) seen as cues ≥ minCount times with ≥ minPrecision. */
export function selectCueWords(stats: CueStat[], minCount: number, minPrecision: number): CueStat[] {
  return stats.filter((s) => s.cue >= minCount && s.total >= s.cue && s.cue / s.total >= minPrecision &&
    s.word.length > 2 && !s.word.endsWith('ly') && !/['’]/.test(s.word));
}

/** The learned lexicon as the table models/quotes/cues.tsv (format in analyze/quotes/cueTable.ts). */
export function cueTableSource(words: CueStat[], from: string, minCount: number, minPrecision: number): string {
  return formatCueTable(words, from, minCount, minPrecision);
}
