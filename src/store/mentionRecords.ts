// The entity mentions of one analysis (Doc.entities), kept beside its timeline record so that a request naming an
// entity reads these few bytes instead of decompressing the whole analysis. Every mention is kept, resolved to a
// corpus entity or not, in the analysis's order: which sentences are about an entity is decided at request time
// from the entity's current names (timeline/queryMatch.ts), so the record must hold what that rule reads, not a
// verdict taken when the article was saved. Layout, all numbers unsigned LEB128 varints:
//   version (1) · name count · per name: UTF-8 byte length, bytes · mention count · per mention:
//   zigzag(start − previous start) · end − start · ((name index · kinds + kind) · 2 + own text) · [own text:
//   UTF-8 byte length, bytes]
// A mention's text is left out when it is the slice of the article text its offsets give (nearly always).
import type { EntityMention } from '../types.js';
import { ENTITY_KINDS } from '../types.js';

const VERSION = 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

class Writer {
  private bytes: number[] = [];
  uint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  text(s: string): void {
    const b = encoder.encode(s);
    this.uint(b.length);
    for (const x of b) this.bytes.push(x);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/**
 * The record of `mentions` for an analysis whose text is `articleText` (the article's stored text); undefined when
 * a mention cannot be recorded (offsets outside the text, an unknown kind), so the caller keeps none.
 */
export function mentionRecord(mentions: EntityMention[], articleText: string): Uint8Array | undefined {
  const w = new Writer();
  w.uint(VERSION);
  const names = new Map<string, number>();
  for (const m of mentions) if (!names.has(m.name)) names.set(m.name, names.size);
  w.uint(names.size);
  for (const name of names.keys()) w.text(name);
  w.uint(mentions.length);
  let prev = 0;
  for (const m of mentions) {
    const kind = ENTITY_KINDS.indexOf(m.kind);
    if (kind < 0 || !Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end < m.start ||
      m.end > articleText.length) return undefined;
    const delta = m.start - prev;
    w.uint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    prev = m.start;
    w.uint(m.end - m.start);
    const own = m.text !== articleText.slice(m.start, m.end);
    w.uint((names.get(m.name)! * ENTITY_KINDS.length + kind) * 2 + (own ? 1 : 0));
    if (own) w.text(m.text);
  }
  return w.done();
}

/** The mentions a record holds, as the analysis had them; undefined for a record this code cannot read. */
export function readMentionRecord(bytes: Uint8Array, articleText: string): EntityMention[] | undefined {
  let at = 0;
  const uint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new RangeError('record ends early');
      const b = bytes[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  };
  const text = (): string => {
    const n = uint();
    if (at + n > bytes.length) throw new RangeError('record ends early');
    const s = decoder.decode(bytes.subarray(at, at + n));
    at += n;
    return s;
  };
  try {
    if (uint() !== VERSION) return undefined;
    const names: string[] = [];
    for (let n = uint(); n > 0; n--) names.push(text());
    const out: EntityMention[] = [];
    let prev = 0;
    for (let n = uint(); n > 0; n--) {
      const z = uint();
      const start = prev + (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
      prev = start;
      const end = start + uint();
      const tag = uint();
      const own = tag % 2 === 1;
      const kindName = Math.floor(tag / 2);
      const name = names[Math.floor(kindName / ENTITY_KINDS.length)];
      const kind = ENTITY_KINDS[kindName % ENTITY_KINDS.length]!;
      if (name === undefined) return undefined;
      out.push({ kind, name, start, end, text: own ? text() : articleText.slice(start, end) });
    }
    return at === bytes.length ? out : undefined;
  } catch {
    return undefined;
  }
}
