// TimeML reading and writing for TempEval-3 style evaluation, plus a reader for MEANTIME's token XML.
// Offsets are into the plain text: the TEXT element with tags removed and XML entities decoded.
// Writing inserts our TIMEX3 tags into the TEXT element's raw bytes and changes nothing else in it,
// so the official TempEval-3 scorer (which compares stripped texts) accepts the output.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Timex, TimexType } from '../types.js';
import { own } from '../util/own.js';

export interface GoldTimex {
  tid: string;
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TimemlDoc {
  /** File name without .tml / .TE3input / .xml. */
  name: string;
  path: string;
  /** Creation time (YYYY-MM-DD), from the DCT element. */
  dct: string;
  /** Plain text of the TEXT element. */
  text: string;
  /** Gold TIMEX3 inside TEXT (empty for .TE3input). */
  timexes: GoldTimex[];
  /** The whole file, kept to write output around our tags. */
  source: string;
  /** Where the TEXT element's content starts and ends in `source`. */
  textStart: number;
  textEnd: number;
  /** TEXT content with every tag removed (entities kept), and plain offset -> offset in it. */
  rawStripped: string;
  rawOffsetOf: Int32Array;
  /**
   * MEANTIME only: end of the annotated part. MEANTIME annotates the first sentences of each article (title,
   * dateline and about four more); the part ends with the last sentence holding any markable's token.
   * Timexes found after it are neither right nor wrong, so the evaluation leaves them out.
   */
  annotatedEnd?: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
/** Elements after TEXT that refer to gold events; dropped from output because the events are gone. */
const LINK_ELEMENTS = /^[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>[ \t]*\r?\n?/gm;

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return own(ENTITIES, body);
}

export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag) ?? new RegExp(`\\b${name}\\s*=\\s*'([^']*)'`).exec(tag);
  return m ? m[1] : undefined;
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => decodeEntity(body) ?? all);
}

/** Parse a TimeML document held in memory. `path` is used for names and error messages. */
export function parseTimeml(source: string, path: string): TimemlDoc {
  const open = /<TEXT\b[^>]*>/.exec(source);
  const close = source.lastIndexOf('</TEXT>');
  if (!open || close < 0 || close < open.index) throw new Error(`${path}: no <TEXT>…</TEXT> element; is this a TimeML file?`);
  const textStart = open.index + open[0].length;
  const textEnd = close;
  const dctMatch = /<DCT\b[^>]*>([\s\S]*?)<\/DCT>/.exec(source);
  const dctValue = dctMatch ? attribute(dctMatch[1], 'value') ?? dctMatch[1].replace(/<[^>]*>/g, '').trim() : undefined;
  const dct = dctValue ? normaliseDct(dctValue) : undefined;
  if (!dct) throw new Error(`${path}: no usable DCT (expected <DCT><TIMEX3 value="YYYY-MM-DD…">); pass --dct`);

  const content = source.slice(textStart, textEnd);
  let plain = '';
  let raw = '';
  const offsets: number[] = [];
  const timexes: GoldTimex[] = [];
  let openTimex: { tag: string; start: number } | undefined;
  const token = /<[^>]*>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[^<&]+|&/g;
  for (let m = token.exec(content); m; m = token.exec(content)) {
    const piece = m[0];
    if (piece.startsWith('<')) {
      if (/^<TIMEX3\b/.test(piece) && !piece.endsWith('/>')) openTimex = { tag: piece, start: plain.length };
      else if (piece.startsWith('</TIMEX3') && openTimex) {
        const type = attribute(openTimex.tag, 'type') ?? 'DATE';
        timexes.push({
          tid: attribute(openTimex.tag, 'tid') ?? `t${timexes.length + 1}`,
          start: openTimex.start,
          end: plain.length,
          text: plain.slice(openTimex.start),
          type: (TIMEX_TYPES.has(type) ? type : 'DATE') as TimexType,
          value: attribute(openTimex.tag, 'value') ?? '',
        });
        openTimex = undefined;
      }
      continue;
    }
    const decoded = m[1] !== undefined ? decodeEntity(m[1]) ?? piece : piece;
    if (decoded.length === piece.length) {
      for (let i = 0; i < piece.length; i++) offsets.push(raw.length + i);
    } else {
      for (let i = 0; i < decoded.length; i++) offsets.push(raw.length);
    }
    plain += decoded;
    raw += piece;
  }
  offsets.push(raw.length);
  for (const t of timexes) t.text = plain.slice(t.start, t.end);
  return {
    name: docName(path),
    path,
    dct,
    text: plain,
    timexes,
    source,
    textStart,
    textEnd,
    rawStripped: raw,
    rawOffsetOf: Int32Array.from(offsets),
  };
}

export function readTimeml(path: string): TimemlDoc {
  return parseTimeml(readFileSync(path, 'utf8'), path);
}

/** Output name as TempEval-3 expects: the input name with .TE3input dropped. */
export function docName(path: string): string {
  return basename(path).replace(/\.TE3input$/i, '').replace(/\.(tml|xml)$/i, '');
}

export function outputName(path: string): string {
  const base = basename(path).replace(/\.TE3input$/i, '');
  return base.endsWith('.tml') ? base : `${base}.tml`;
}

function normaliseDct(value: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The document with `timexes` (offsets into doc.text) as the only tags inside TEXT. Gold tags already in
 * TEXT are removed, as are event instances and links that pointed at them; the DCT and everything outside
 * TEXT stay as they were.
 */
export function writeTimeml(doc: TimemlDoc, timexes: readonly Timex[]): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  let n = 0;
  for (const t of sorted) {
    if (t.start < lastEnd || t.end <= t.start || t.end > doc.text.length) continue; // keep tags well nested
    const rs = doc.rawOffsetOf[t.start];
    const re = rawEnd(doc, t.end);
    n++;
    const fn = t.anchoredTo === 'none' ? 'false' : 'true';
    out += doc.rawStripped.slice(cursor, rs);
    out += `<TIMEX3 tid="t${n}" type="${t.type}" value="${escapeAttr(t.value)}" temporalFunction="${fn}" functionInDocument="NONE">`;
    out += doc.rawStripped.slice(rs, re) + '</TIMEX3>';
    cursor = re;
    lastEnd = t.end;
  }
  out += doc.rawStripped.slice(cursor);
  const after = doc.source.slice(doc.textEnd).replace(LINK_ELEMENTS, '');
  return doc.source.slice(0, doc.textStart) + out + after;
}

/** Raw offset just after plain character end-1 (an entity maps its whole raw span). */
function rawEnd(doc: TimemlDoc, end: number): number {
  if (end >= doc.text.length) return doc.rawStripped.length;
  return doc.rawOffsetOf[end];
}

/**
 * MEANTIME (NewsReader) XML: tokens with sentence numbers and TIMEX3 markables anchored to token ids.
 * The text is rebuilt as tokens joined by spaces, one sentence per line. The DCT is the CREATION_TIME
 * timex's value; that timex is kept as gold when it is anchored to tokens (it is written in the text).
 */
export function parseMeantime(source: string, path: string): TimemlDoc {
  const tokens = new Map<string, { start: number; end: number; sentence: string | undefined }>();
  const sentenceEnd = new Map<string | undefined, number>();
  let text = '';
  let sentence: string | undefined;
  const tokenRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  for (let m = tokenRe.exec(source); m; m = tokenRe.exec(source)) {
    const s = attribute(m[1], 'sentence');
    const id = attribute(m[1], 't_id');
    if (sentence !== undefined) text += s !== sentence ? '\n' : ' ';
    sentence = s;
    const word = decodeXml(m[2]);
    if (id) tokens.set(id, { start: text.length, end: text.length + word.length, sentence: s });
    text += word;
    sentenceEnd.set(s, text.length);
  }
  let annotatedEnd = 0;
  for (const a of source.matchAll(/<token_anchor\b[^>]*\bt_id="([^"]+)"/g)) {
    const t = tokens.get(a[1]);
    if (t) annotatedEnd = Math.max(annotatedEnd, sentenceEnd.get(t.sentence) ?? t.end);
  }
  let dct: string | undefined;
  const timexes: GoldTimex[] = [];
  const timexRe = /<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g;
  for (let m = timexRe.exec(source); m; m = timexRe.exec(source)) {
    const attrs = m[1];
    if (attribute(attrs, 'functionInDocument') === 'CREATION_TIME') dct = normaliseDct(attribute(attrs, 'value') ?? '');
    const anchors = [...(m[3] ?? '').matchAll(/t_id="([^"]+)"/g)].map((a) => tokens.get(a[1])).filter((x) => x !== undefined);
    if (anchors.length === 0) continue;
    const start = Math.min(...anchors.map((a) => a.start));
    const end = Math.max(...anchors.map((a) => a.end));
    const type = attribute(attrs, 'type') ?? 'DATE';
    timexes.push({
      tid: `t${attribute(attrs, 'm_id') ?? timexes.length + 1}`,
      start,
      end,
      text: text.slice(start, end),
      type: (TIMEX_TYPES.has(type) ? type : 'DATE') as TimexType,
      value: attribute(attrs, 'value') ?? '',
    });
  }
  if (!dct) throw new Error(`${path}: no TIMEX3 with functionInDocument="CREATION_TIME"; cannot tell the document date`);
  timexes.sort((a, b) => a.start - b.start);
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { name: docName(path), path, dct, text, timexes, source, textStart: 0, textEnd: 0, rawStripped: text, rawOffsetOf: offsets, annotatedEnd };
}

export function readMeantime(path: string): TimemlDoc {
  return parseMeantime(readFileSync(path, 'utf8'), path);
}

/** Read either layout, by content. */
export function readTimeAnnotated(path: string): TimemlDoc {
  const source = readFileSync(path, 'utf8');
  return /<Document\b[^>]*doc_id=/.test(source) && source.includes('<token ') ? parseMeantime(source, path) : parseTimeml(source, path);
}
