// MEANTIME (NewsReader, CAT XML) reader and the named-entity score used by `chronicle eval entities`.
//
// The files hold tokens without character offsets; the text is rebuilt by joining the tokens with the
// spacing of ordinary English (no space before , . ) 's n't …), and every gold mention gets the character
// span from the start of its first token to the end of its last. Sentences are the gold sentences.
//
// Scope: MEANTIME annotates only the first sentences of each article (title, dateline and about four more);
// the extractor sees the whole article, and only its mentions inside the annotated part are scored.
//
// Gold: ENTITY_MENTIONs with syntactic_type NAM whose REFERS_TO target ENTITY has ent_type PER, ORG or LOC
// (our PERSON, ORG, PLACE). Named mentions of other types (PRO, FIN, MIX) and of no type are not gold: a
// prediction on one of them counts as a false positive under the strict rule (our tagger should not call a
// product or a stock index a person, organisation or place).
//
// Not scored either way: a prediction whose span is exactly that of a gold mention of the same type that is
// not NAM (MEANTIME marks "US" in "US automaker" as PRE.NAM, and leaves some mentions without a syntactic type),
// or of a NAM mention whose entity has no type. The annotators did mark these as that entity, so they are not
// false positives, and the scored set is NAM only, so they are not true positives; their count is reported.
//
// Matching rules:
//  - strict (the standard, as CoNLL and MUC "exact"): a predicted mention is correct when its kind equals the
//    gold type and its character span equals the gold span exactly. This is the headline score.
//  - overlap (reported alongside, as SemEval-2013 9.1 "type"/MUC "TYPE"): same type and the spans overlap; each
//    gold and each prediction is used at most once (matched left to right). MEANTIME extents include determiners,
//    premodifiers and titles ("the United States", "automaker Chrysler", "President Vladimir Putin") where most NER
//    conventions tag only the name, so this shows how much of the strict loss is extent convention.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { EntityKind, EntityMention, Sentence } from '../types.js';
import { own } from '../util/own.js';

export type MeantimeType = 'PER' | 'ORG' | 'LOC';
export const MEANTIME_TYPES: readonly MeantimeType[] = ['PER', 'ORG', 'LOC'];
export const TYPE_OF_KIND: Record<EntityKind, MeantimeType> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' };

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** ent_type of the entity the mention refers to ('' when it refers to none). */
  type: string;
  syntacticType: string;
  /** The cross-document instance of the entity it refers to (intra_cross-doc_annotation files); '' when none. */
  instance: string;
}

export interface MeantimeDoc {
  file: string;
  name: string;
  text: string;
  sentences: Sentence[];
  /** Every entity mention of the file (all syntactic types); see namedGold() for the scored ones. */
  mentions: GoldMention[];
  /**
   * End offset of the annotated part: MEANTIME annotates only the title, the dateline and the first sentences
   * of each article, so the part ends with the last sentence that holds any markable (entity, event, time).
   */
  annotatedEnd: number;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return own(XML_ENTITIES, e) ?? m;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '}', '%', "''", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``', '#']);

/**
 * Hyphenated words of the article's title as its Wikinews address spells it ("Apple's_iTunes_replaces_Wal-Mart_as_…").
 * The tokenizer of some MEANTIME files split such words into three tokens ("Wal", "-", "Mart"), and the tokens
 * carry no spacing: the title in the address is the one record of how the words were written, so a hyphen
 * token between the two halves of one of these words is glued to them throughout the document.
 */
function hyphenatedWords(xml: string): Set<string> {
  const url = attr(/<Document\b[^>]*>/.exec(xml)?.[0] ?? '', 'url') ?? '';
  let title = url.slice(url.lastIndexOf('/') + 1);
  try {
    title = decodeURIComponent(title);
  } catch {
    // a malformed escape leaves the address as written
  }
  return new Set(title.split('_').filter((w) => /\p{L}-\p{L}/u.test(w)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
}

/** Parses one MEANTIME CAT XML file. Errors name the file and the line. */
export function parseMeantimeXml(xml: string, file: string): MeantimeDoc {
  const lineAt = (index: number): number => xml.slice(0, index).split('\n').length;
  const tokenRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  const tokens: { id: string; sent: number; tok: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(xml)) !== null) {
    const id = attr(m[1]!, 't_id');
    const sent = Number(attr(m[1]!, 'sentence'));
    if (id === undefined || !Number.isInteger(sent)) {
      throw new Error(`${file}:${lineAt(m.index)}: token without t_id or sentence number`);
    }
    tokens.push({ id, sent, tok: decodeXml(m[2]!) });
  }
  const glued = hyphenatedWords(xml);
  const tokStart = new Map<string, number>();
  const tokEnd = new Map<string, number>();
  const sentences: Sentence[] = [];
  let text = '';
  let sentence = -1;
  let sentStart = 0;
  let lastTok = '';
  let openQuote = false;
  for (const [i, { id, sent, tok }] of tokens.entries()) {
    if (sent !== sentence) {
      if (sentence >= 0) {
        sentences.push({ index: sentences.length, start: sentStart, end: text.length, text: text.slice(sentStart) });
        text += '\n';
      }
      sentence = sent;
      sentStart = text.length;
      lastTok = '';
    } else if (lastTok !== '') {
      let space = !NO_SPACE_BEFORE.has(tok) && !NO_SPACE_AFTER.has(lastTok);
      if (tok === '"') space = !openQuote; // a closing quote leans left
      if (lastTok === '"' && openQuote) space = false; // just after an opening quote
      const next = tokens[i + 1];
      if (tok === '-' && next?.sent === sent && glued.has(`${lastTok}-${next.tok}`)) space = false;
      if (lastTok === '-' && i >= 2 && glued.has(`${tokens[i - 2]!.tok}-${tok}`)) space = false;
      if (space) text += ' ';
    }
    if (tok === '"') openQuote = !openQuote;
    tokStart.set(id, text.length);
    text += tok;
    tokEnd.set(id, text.length);
    lastTok = tok;
  }
  if (sentence >= 0) sentences.push({ index: sentences.length, start: sentStart, end: text.length, text: text.slice(sentStart) });
  if (tokStart.size === 0) throw new Error(`${file}: no <token> elements (not a MEANTIME CAT XML file?)`);

  // Entity types by the entity's m_id, and the entity each mention refers to.
  const entType = new Map<string, string>();
  const entInstance = new Map<string, string>();
  for (const e of xml.matchAll(/<ENTITY\s([^>]*?)\/?>/g)) {
    const id = attr(e[1]!, 'm_id');
    if (id !== undefined) {
      entType.set(id, attr(e[1]!, 'ent_type') ?? '');
      entInstance.set(id, attr(e[1]!, 'instance_id') ?? '');
    }
  }
  const typeOfMention = new Map<string, string>();
  const instanceOfMention = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target\s+m_id="([^"]*)"/.exec(r[1]!)?.[1];
    if (target === undefined) continue;
    const type = entType.get(target);
    if (type === undefined) continue;
    for (const s of r[1]!.matchAll(/<source\s+m_id="([^"]*)"/g)) {
      typeOfMention.set(s[1]!, type);
      instanceOfMention.set(s[1]!, entInstance.get(target) ?? '');
    }
  }

  const mentions: GoldMention[] = [];
  const mentionRe = /<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g;
  while ((m = mentionRe.exec(xml)) !== null) {
    const id = attr(m[1]!, 'm_id') ?? '';
    const anchors = [...m[2]!.matchAll(/t_id="([^"]*)"/g)].map((a) => a[1]!);
    if (anchors.length === 0) continue;
    const starts = anchors.map((a) => tokStart.get(a));
    const ends = anchors.map((a) => tokEnd.get(a));
    if (starts.some((s) => s === undefined) || ends.some((e) => e === undefined)) {
      throw new Error(`${file}:${lineAt(m.index)}: ENTITY_MENTION m_id=${id} anchors a token that does not exist`);
    }
    const start = Math.min(...(starts as number[]));
    const end = Math.max(...(ends as number[]));
    mentions.push({
      start, end, text: text.slice(start, end),
      type: typeOfMention.get(id) ?? '',
      syntacticType: attr(m[1]!, 'syntactic_type') ?? '',
      instance: instanceOfMention.get(id) ?? '',
    });
  }
  let annotatedEnd = 0;
  for (const a of xml.matchAll(/<token_anchor\s+t_id="([^"]*)"/g)) {
    const at = tokStart.get(a[1]!);
    if (at === undefined) continue;
    const sent = sentences.find((s) => at >= s.start && at < s.end);
    if (sent && sent.end > annotatedEnd) annotatedEnd = sent.end;
  }
  const name = attr(/<Document\b[^>]*>/.exec(xml)?.[0] ?? '', 'doc_name') ?? basename(file, '.xml');
  return { file, name, text, sentences, mentions, annotatedEnd };
}

/** The scored gold mentions of a document: named (NAM) mentions of PER, ORG and LOC entities. */
export function namedGold(doc: MeantimeDoc): (GoldMention & { type: MeantimeType })[] {
  return doc.mentions.filter((g): g is GoldMention & { type: MeantimeType } =>
    g.syntacticType === 'NAM' && (MEANTIME_TYPES as readonly string[]).includes(g.type));
}

function xmlFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) xmlFiles(path, out);
    else if (name.endsWith('.xml')) out.push(path);
  }
  return out;
}

/**
 * Loads a MEANTIME folder: the release root (its intra-doc_annotation/ is read; intra_cross-doc_annotation/
 * holds the same documents again), or any folder of CAT XML files, read recursively.
 */
export function loadMeantime(dir: string): MeantimeDoc[] {
  if (!existsSync(dir)) throw new Error(`MEANTIME folder not found: ${dir}`);
  const intra = join(dir, 'intra-doc_annotation');
  const root = existsSync(intra) ? intra : dir;
  const files = xmlFiles(root, []);
  if (files.length === 0) throw new Error(`no .xml files under ${root}`);
  return files.map((f) => parseMeantimeXml(readFileSync(f, 'utf8'), f));
}

export interface PRFCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScores {
  documents: number;
  /** Predictions left out of the counts: exact spans of same-type non-NAM (or untyped NAM) gold mentions. */
  ignored: number;
  strict: Record<MeantimeType | 'micro', PRFCounts>;
  overlap: Record<MeantimeType | 'micro', PRFCounts>;
}

function prf(tp: number, fp: number, fn: number): PRFCounts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

interface Span {
  type: MeantimeType;
  start: number;
  end: number;
}

/** True positives per type: one-to-one, predictions and gold both in start order. */
function matchCount(pred: Span[], gold: Span[], same: (p: Span, g: Span) => boolean): Map<MeantimeType, number> {
  const used = new Uint8Array(gold.length);
  const tp = new Map<MeantimeType, number>();
  for (const p of pred) {
    for (let i = 0; i < gold.length; i++) {
      if (used[i] || !same(p, gold[i]!)) continue;
      used[i] = 1;
      tp.set(p.type, (tp.get(p.type) ?? 0) + 1);
      break;
    }
  }
  return tp;
}

/** Scores an extractor over MEANTIME documents (see the matching rules at the top of this file). */
export function scoreEntities(docs: MeantimeDoc[], extract: (text: string, sentences: Sentence[]) => EntityMention[]): EntityScores {
  const rules = {
    strict: (p: Span, g: Span): boolean => p.type === g.type && p.start === g.start && p.end === g.end,
    overlap: (p: Span, g: Span): boolean => p.type === g.type && p.start < g.end && g.start < p.end,
  };
  const counts = {
    strict: { tp: new Map<MeantimeType, number>() },
    overlap: { tp: new Map<MeantimeType, number>() },
  };
  const nPred = new Map<MeantimeType, number>();
  const nGold = new Map<MeantimeType, number>();
  let ignored = 0;
  for (const doc of docs) {
    const dontCare = new Set(doc.mentions.filter((g) => g.syntacticType !== 'NAM' || g.type === '')
      .map((g) => `${g.start}:${g.end}:${g.type}`));
    const gold: Span[] = namedGold(doc).map((g) => ({ type: g.type, start: g.start, end: g.end }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const inScope: Span[] = extract(doc.text, doc.sentences).filter((e) => e.start < doc.annotatedEnd)
      .map((e) => ({ type: TYPE_OF_KIND[e.kind], start: e.start, end: e.end }));
    const goldSpans = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const pred = inScope.filter((p) => {
      const k = `${p.start}:${p.end}:${p.type}`;
      const skip = !goldSpans.has(k) && (dontCare.has(k) || dontCare.has(`${p.start}:${p.end}:`));
      if (skip) ignored++;
      return !skip;
    }).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const g of gold) nGold.set(g.type, (nGold.get(g.type) ?? 0) + 1);
    for (const p of pred) nPred.set(p.type, (nPred.get(p.type) ?? 0) + 1);
    for (const rule of ['strict', 'overlap'] as const) {
      for (const [t, n] of matchCount(pred, gold, rules[rule])) counts[rule].tp.set(t, (counts[rule].tp.get(t) ?? 0) + n);
    }
  }
  const table = (tpBy: Map<MeantimeType, number>): Record<MeantimeType | 'micro', PRFCounts> => {
    let tpAll = 0, predAll = 0, goldAll = 0;
    const out = {} as Record<MeantimeType | 'micro', PRFCounts>;
    for (const t of MEANTIME_TYPES) {
      const tp = tpBy.get(t) ?? 0;
      const np = nPred.get(t) ?? 0;
      const ng = nGold.get(t) ?? 0;
      out[t] = prf(tp, np - tp, ng - tp);
      tpAll += tp; predAll += np; goldAll += ng;
    }
    out.micro = prf(tpAll, predAll - tpAll, goldAll - tpAll);
    return out;
  };
  return { documents: docs.length, ignored, strict: table(counts.strict.tp), overlap: table(counts.overlap.tp) };
}
