// The trained entity tagger: averaged-perceptron weights (int16, hashed features from features.ts) applied with
// greedy left-to-right BIO decoding. The weights live in the repository under models/entities/ and are found
// relative to this file, so the same code works from src/ (tsx) and from dist/ (compiled).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../../types.js';
import {
  BOUNDARY_INFO, BUCKETS, BUCKET_BITS, NCONTEXT, NFEATURES, NTAGS, ROLES, TAGS, THE_HASH, allowed, contextBuckets,
  isUpperStart, roleBuckets, tagBuckets, tokenInfo, type TokenInfo,
} from './features.js';
import type { Token } from './tokens.js';

/**
 * Folder holding tagger.bin.gz (int16 weights, gzipped: mostly zeros, 3.7 MB raw, 0.7 MB packed) and tagger.json
 * (metadata); both are written by scripts/train-entities.ts.
 */
export const MODEL_DIR = fileURLToPath(new URL('../../../models/entities/', import.meta.url));

/** Bump when the feature templates or the tag set change: a model of another version is refused. */
export const MODEL_VERSION = 2;

const KIND_OF_TAG: (EntityKind | undefined)[] = TAGS.map((t) =>
  t === 'O' ? undefined : (t.slice(2) as EntityKind));

export interface TaggedSpan {
  kind: EntityKind;
  /** Token indices [from, to) in the token array that was tagged. */
  from: number;
  to: number;
}

/** Words kept with their sums; news vocabulary is small next to its token count, so most lookups hit. */
const WORD_CACHE_MAX = 200_000;
/** Values kept per word: its role sums (ROLES × NTAGS), then the word, shape and suffix hashes. */
const STRIDE = ROLES * NTAGS + 3;
const WORD_AT = ROLES * NTAGS;
/**
 * Hashes are kept as int32 (the pool is an Int32Array): feature buckets read them through int32 arithmetic only,
 * so they come out the same.
 */
const THE_WORD = THE_HASH | 0;

export class EntityTagger {
  private readonly context = new Int32Array(NCONTEXT);
  private readonly scores = new Int32Array(NTAGS);
  /**
   * Word → its slot in `pool`, where its values lie side by side: one lookup per token and no objects to follow
   * (tagging is bound by memory reads). Slot 0 is the sentence boundary. An open-addressing table of [hash, slot]
   * pairs (slot 0: empty), at most half full: a lookup reads one pair and, when the hashes agree, the word; a Map
   * of strings reads its buckets, an entry and the key.
   */
  private slotTable = new Int32Array(2 * 4096);
  /** Each slot's word (index 0 unused: the boundary has none). */
  private words: string[] = [''];
  /** Per-sentence scratch (each token's slot, whether it is capitalised), grown as needed. */
  private slotScratch = new Int32Array(256);
  private upperScratch = new Uint8Array(256);
  private pool = new Int32Array(0);
  private used = 1;
  /** Weight sums of the tag-only slots by previous two tags: [(prev × NTAGS + prev2) × NTAGS + tag]. */
  private readonly tagSums = new Int32Array(NTAGS * NTAGS * NTAGS);

  constructor(private readonly weights: Int16Array) {
    if (weights.length !== BUCKETS * NTAGS) {
      throw new Error(`entity tagger weights: expected ${BUCKETS * NTAGS} values, found ${weights.length}`);
    }
    this.reserve(1024);
    this.fill(0, BOUNDARY_INFO);
    for (let p = 0; p < NTAGS; p++) {
      for (let p2 = 0; p2 < NTAGS; p2++) {
        const at = (p * NTAGS + p2) * NTAGS;
        for (const b of tagBuckets(p, p2)) for (let t = 0; t < NTAGS; t++) this.tagSums[at + t]! += weights[b * NTAGS + t]!;
      }
    }
  }

  /** Room for `slots` words. */
  private reserve(slots: number): void {
    if (this.pool.length >= slots * STRIDE) return;
    const grown = new Int32Array(Math.max(slots, Math.min(2 * this.pool.length / STRIDE, WORD_CACHE_MAX + 1)) * STRIDE);
    grown.set(this.pool);
    this.pool = grown;
  }

  private fill(slot: number, info: TokenInfo): void {
    const at = slot * STRIDE;
    roleBuckets(info).forEach((buckets, role) => {
      for (const b of buckets) for (let t = 0; t < NTAGS; t++) this.pool[at + role * NTAGS + t]! += this.weights[b * NTAGS + t]!;
    });
    this.pool[at + WORD_AT] = info.word;
    this.pool[at + WORD_AT + 1] = info.shape;
    this.pool[at + WORD_AT + 2] = info.suffix;
  }

  private slotOf(raw: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < raw.length; i++) h = Math.imul(h ^ raw.charCodeAt(i), 0x01000193);
    const table = this.slotTable;
    const mask = table.length - 1;
    let at = (h << 1) & mask;
    for (let slot = table[at + 1]!; slot !== 0; slot = table[at + 1]!) {
      if (table[at] === h && this.words[slot] === raw) return slot;
      at = (at + 2) & mask;
    }
    const slot = this.used++;
    this.fill(slot, tokenInfo(raw));
    this.words.push(raw);
    table[at] = h;
    table[at + 1] = slot;
    if (4 * slot > table.length) this.growTable();
    return slot;
  }

  /** Doubles the word table, placing every pair again. */
  private growTable(): void {
    const old = this.slotTable;
    const table = new Int32Array(2 * old.length);
    const mask = table.length - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let at = (old[k]! << 1) & mask;
      while (table[at + 1] !== 0) at = (at + 2) & mask;
      table[at] = old[k]!;
      table[at + 1] = old[k + 1]!;
    }
    this.slotTable = table;
  }

  /** Loads models/entities/tagger.{bin.gz,json}, checking that they match this code's version and feature layout. */
  static load(dir = MODEL_DIR): EntityTagger {
    const metaPath = `${dir}tagger.json`;
    const binPath = `${dir}tagger.bin.gz`;
    let meta: { version?: number; bucketBits?: number; features?: number; tags?: string[] };
    try {
      meta = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof meta;
    } catch (err) {
      throw new Error(`entity tagger: cannot read ${metaPath}: ${(err as Error).message}`);
    }
    if (meta.version !== MODEL_VERSION || meta.bucketBits !== BUCKET_BITS || meta.features !== NFEATURES ||
      JSON.stringify(meta.tags) !== JSON.stringify(TAGS)) {
      throw new Error(`entity tagger: ${metaPath} is for model version ${meta.version}, this code needs ${MODEL_VERSION}` +
        ' (retrain with scripts/train-entities.ts)');
    }
    let buf: Buffer;
    try {
      buf = gunzipSync(readFileSync(binPath));
    } catch (err) {
      throw new Error(`entity tagger: cannot read ${binPath}: ${(err as Error).message}`);
    }
    // Copy into an aligned buffer: a Buffer may sit at an odd offset of a shared pool.
    const copy = new Uint8Array(buf.byteLength);
    copy.set(buf);
    return new EntityTagger(new Int16Array(copy.buffer));
  }

  /**
   * BIO tag indices of one sentence's tokens. A token is scored only when it may start or continue a name; its
   * word is looked up only when a scored token's features read it (two tokens either side): most tokens of news
   * text are lowercase words after O, skipped unscored. A token's own case is read from its text (the PTB brackets
   * that tokenInfo maps are not capitalised either way), and "the" before a capitalised word needs its hash.
   */
  tagTokens(tokens: readonly Token[]): Uint8Array {
    const n = tokens.length;
    // Forget the words seen when the pool is full, between sentences only: a sentence's slots must hold.
    if (this.used + n > WORD_CACHE_MAX) {
      this.slotTable.fill(0);
      this.words = [''];
      this.pool.fill(0, STRIDE);
      this.used = 1;
    }
    this.reserve(this.used + n);
    const out = new Uint8Array(n);
    /** Each token's slot; 0 until looked up (the boundary's slot is never a token's). */
    if (this.slotScratch.length < n) {
      this.slotScratch = new Int32Array(2 * n);
      this.upperScratch = new Uint8Array(2 * n);
    }
    const slot = this.slotScratch;
    slot.fill(0, 0, n);
    const upper = this.upperScratch;
    for (let i = 0; i < n; i++) upper[i] = isUpperStart(tokens[i]!.text) ? 1 : 0;
    const w = this.weights;
    const pool = this.pool;
    const ctx = this.context;
    const sc = this.scores;
    let filled = 0;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      let tag = 0;
      let scored = upper[i] === 1 || prev !== 0;
      if (!scored && i + 1 < n && upper[i + 1] === 1) {
        if (slot[i] === 0) slot[i] = this.slotOf(tokens[i]!.text);
        scored = pool[slot[i]! * STRIDE + WORD_AT] === THE_WORD;
      }
      if (scored) {
        for (let j = Math.max(filled, i - 2); j < n && j <= i + 2; j++) if (slot[j] === 0) slot[j] = this.slotOf(tokens[j]!.text);
        filled = Math.max(filled, Math.min(n, i + 3));
        // The slots of one token (its own, as a neighbour) and of the tags come summed; the pairs are looked up.
        const own = slot[i]! * STRIDE;
        const p1 = i > 0 ? slot[i - 1]! * STRIDE : 0;
        const n1 = i + 1 < n ? slot[i + 1]! * STRIDE : 0;
        const p2 = i > 1 ? slot[i - 2]! * STRIDE : 0;
        const n2 = i + 2 < n ? slot[i + 2]! * STRIDE : 0;
        const tg = (prev * NTAGS + prev2) * NTAGS;
        for (let t = 0; t < NTAGS; t++) {
          sc[t] = pool[own + t]! + pool[p1 + NTAGS + t]! + pool[n1 + 2 * NTAGS + t]! + pool[p2 + 3 * NTAGS + t]! +
            pool[n2 + 4 * NTAGS + t]! + this.tagSums[tg + t]!;
        }
        contextBuckets(pool[own + WORD_AT]!, pool[own + WORD_AT + 1]!, pool[p1 + WORD_AT]!, pool[p1 + WORD_AT + 1]!,
          pool[p1 + WORD_AT + 2]!, pool[n1 + WORD_AT]!, pool[n1 + WORD_AT + 1]!, i === 0, prev, ctx);
        if (NTAGS === 7) {
          // The sums in locals: the loop is the hottest of tagging, and seven array writes per feature show.
          let s0 = sc[0]!; let s1 = sc[1]!; let s2 = sc[2]!; let s3 = sc[3]!; let s4 = sc[4]!; let s5 = sc[5]!; let s6 = sc[6]!;
          for (let f = 0; f < NCONTEXT; f++) {
            const base = ctx[f]! * 7;
            s0 += w[base]!; s1 += w[base + 1]!; s2 += w[base + 2]!; s3 += w[base + 3]!;
            s4 += w[base + 4]!; s5 += w[base + 5]!; s6 += w[base + 6]!;
          }
          sc[0] = s0; sc[1] = s1; sc[2] = s2; sc[3] = s3; sc[4] = s4; sc[5] = s5; sc[6] = s6;
        } else {
          for (let f = 0; f < NCONTEXT; f++) {
            const base = ctx[f]! * NTAGS;
            for (let t = 0; t < NTAGS; t++) sc[t] += w[base + t]!;
          }
        }
        for (let t = 1; t < NTAGS; t++) if (allowed(prev, t) && sc[t]! > sc[tag]!) tag = t;
      }
      out[i] = tag;
      prev2 = prev;
      prev = tag;
    }
    return out;
  }

  /** Entity spans (token index ranges) of one tokenised sentence. */
  tag(tokens: Token[]): TaggedSpan[] {
    return spansOf(this.tagTokens(tokens));
  }
}

/** Turns BIO tag indices into spans. */
export function spansOf(tags: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = 0;
  while (i < tags.length) {
    const t = tags[i]!;
    if (t !== 0 && t % 2 === 1) {
      let j = i + 1;
      while (j < tags.length && tags[j] === t + 1) j++;
      out.push({ kind: KIND_OF_TAG[t]!, from: i, to: j });
      i = j;
    } else i++;
  }
  return out;
}

let shared: EntityTagger | undefined;

/** The tagger with the repository's weights, loaded once per process (thread). */
export function defaultTagger(): EntityTagger {
  shared ??= EntityTagger.load();
  return shared;
}
