// The trained entity tagger: averaged-perceptron weights (int16, hashed features from features.ts) applied with
// greedy left-to-right BIO decoding. The weights live in the repository under models/entities/ and are found
// relative to this file, so the same code works from src/ (tsx) and from dist/ (compiled).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../../types.js';
import {
  BOUNDARY_INFO, BUCKETS, BUCKET_BITS, NCONTEXT, NFEATURES, NTAGS, ROLES, TAGS, THE_HASH, allowed, contextFeaturesAt,
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

/** A word's features and the weight sums of its slots in each role (ROLES × NTAGS; see roleBuckets). */
interface WordEntry {
  info: TokenInfo;
  sums: Int32Array;
}

/** Words kept with their sums; news vocabulary is small next to its token count, so most lookups hit. */
const WORD_CACHE_MAX = 200_000;

export class EntityTagger {
  private readonly context = new Int32Array(NCONTEXT);
  private readonly scores = new Int32Array(NTAGS);
  private readonly words = new Map<string, WordEntry>();
  private readonly boundary: WordEntry;
  /** Weight sums of the tag-only slots by previous two tags: [(prev × NTAGS + prev2) × NTAGS + tag]. */
  private readonly tagSums = new Int32Array(NTAGS * NTAGS * NTAGS);

  constructor(private readonly weights: Int16Array) {
    if (weights.length !== BUCKETS * NTAGS) {
      throw new Error(`entity tagger weights: expected ${BUCKETS * NTAGS} values, found ${weights.length}`);
    }
    this.boundary = this.entryOf(BOUNDARY_INFO);
    for (let p = 0; p < NTAGS; p++) {
      for (let p2 = 0; p2 < NTAGS; p2++) this.addSums(this.tagSums, (p * NTAGS + p2) * NTAGS, tagBuckets(p, p2));
    }
  }

  private addSums(into: Int32Array, at: number, buckets: readonly number[]): void {
    for (const b of buckets) for (let t = 0; t < NTAGS; t++) into[at + t]! += this.weights[b * NTAGS + t]!;
  }

  private entryOf(info: TokenInfo): WordEntry {
    const sums = new Int32Array(ROLES * NTAGS);
    roleBuckets(info).forEach((buckets, role) => this.addSums(sums, role * NTAGS, buckets));
    return { info, sums };
  }

  private word(raw: string): WordEntry {
    let e = this.words.get(raw);
    if (e === undefined) {
      if (this.words.size >= WORD_CACHE_MAX) this.words.clear();
      e = this.entryOf(tokenInfo(raw));
      this.words.set(raw, e);
    }
    return e;
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
   * info is computed only when a scored token's features read it (two tokens either side): most tokens of news text are lowercase words after O, skipped unscored, and
   * the info lookup is the larger part of tagging. A token's own case is read from its text (the PTB brackets
   * that tokenInfo maps are not capitalised either way), and "the" before a capitalised word needs its hash.
   */
  tagTokens(tokens: readonly Token[]): Uint8Array {
    const n = tokens.length;
    const out = new Uint8Array(n);
    const entries: WordEntry[] = new Array<WordEntry>(n);
    const infos: TokenInfo[] = new Array<TokenInfo>(n);
    const upper = new Uint8Array(n);
    for (let i = 0; i < n; i++) upper[i] = isUpperStart(tokens[i]!.text) ? 1 : 0;
    const w = this.weights;
    const ctx = this.context;
    const sc = this.scores;
    const edge = this.boundary.sums;
    let filled = 0;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      let tag = 0;
      let scored = upper[i] === 1 || prev !== 0;
      if (!scored && i + 1 < n && upper[i + 1] === 1) {
        if (entries[i] === undefined) {
          entries[i] = this.word(tokens[i]!.text);
          infos[i] = entries[i]!.info;
        }
        scored = infos[i]!.word === THE_HASH;
      }
      if (scored) {
        for (let j = Math.max(filled, i - 2); j < n && j <= i + 2; j++) {
          if (entries[j] !== undefined) continue;
          entries[j] = this.word(tokens[j]!.text);
          infos[j] = entries[j]!.info;
        }
        filled = Math.max(filled, Math.min(n, i + 3));
        // The slots of one token (its own, as a neighbour) and of the tags come summed; the pairs are looked up.
        const own = entries[i]!.sums;
        const p1 = i > 0 ? entries[i - 1]!.sums : edge;
        const n1 = i + 1 < n ? entries[i + 1]!.sums : edge;
        const p2 = i > 1 ? entries[i - 2]!.sums : edge;
        const n2 = i + 2 < n ? entries[i + 2]!.sums : edge;
        const tg = (prev * NTAGS + prev2) * NTAGS;
        for (let t = 0; t < NTAGS; t++) {
          sc[t] = own[t]! + p1[NTAGS + t]! + n1[2 * NTAGS + t]! + p2[3 * NTAGS + t]! + n2[4 * NTAGS + t]! + this.tagSums[tg + t]!;
        }
        contextFeaturesAt(infos, i, prev, ctx);
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
