// Trains the entity tagger (averaged perceptron, greedy BIO decoding) on the silver spaCy NER labels of the
// news-tls T17 preprocessing, and writes models/entities/tagger.{bin.gz,json} (MODEL_DIR in src/analyze/entities/tagger.ts).
//
//   node --import tsx scripts/train-entities.ts [silverDir] [--epochs 5] [--dropout 0] [--seed 0] [--gazetteer-only]
//   node --import tsx scripts/train-entities.ts --lexicon [t17Dir]
//
// --lexicon writes models/entities/lexicon.tsv.gz (src/analyze/entities/lexicon.ts) from the raw text of every
// Timeline17 article (one PTB-tokenised sentence per line; no labels are read) and exits.
//
// It also writes models/entities/gazetteer.json (src/analyze/entities/gazetteer.ts): every silver name seen at
// least 3 times with one kind for at least 80% of its mentions (PRODUCT, EVENT, NORP, WORK_OF_ART, LAW and
// LANGUAGE count as OTHER). --gazetteer-only rebuilds that file and leaves the weights alone.
//
// Labels: PERSON → PERSON; ORG → ORG; GPE, LOC, FAC → PLACE; every other spaCy type → O. The weights are
// averaged, then quantised to int16 and gzipped, so the file stays under 1 MB. One folder is held out to report silver F1.
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createGunzip, gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import {
  BUCKETS, BUCKET_BITS, NFEATURES, NTAGS, TAGS, THE_HASH, allowed, featuresAt, needsScoring, tokenInfo,
  type TokenInfo,
} from '../src/analyze/entities/features.js';
import { MODEL_DIR, MODEL_VERSION } from '../src/analyze/entities/tagger.js';
import { GazetteerBuilder, type GazetteerKind } from '../src/analyze/entities/gazetteer.js';
import { LexiconBuilder, formatLexicon } from '../src/analyze/entities/lexicon.js';
import { sharedData } from '../src/util/paths.js';

const DEFAULT_EPOCHS = 5;
const HELD_OUT_FOLDER = 'H1N1_guardian';
const KIND_OF: Record<string, string> = { PERSON: 'PERSON', ORG: 'ORG', GPE: 'PLACE', LOC: 'PLACE', FAC: 'PLACE' };
/** Silver types that name something that is not a person, organisation or place. */
const OTHER_TYPES = new Set(['PRODUCT', 'EVENT', 'NORP', 'WORK_OF_ART', 'LAW', 'LANGUAGE']);
const gazetteer = new GazetteerBuilder();

/** Adds every named span of one silver sentence to the gazetteer counts. */
function countNames(raws: string[], iobs: unknown[], types: unknown[]): void {
  let i = 0;
  while (i < raws.length) {
    if (iobs[i] !== 'B') { i++; continue; }
    let j = i + 1;
    while (j < raws.length && iobs[j] === 'I') j++;
    const type = String(types[i] ?? '');
    const kind = (KIND_OF[type] ?? (OTHER_TYPES.has(type) ? 'OTHER' : undefined)) as GazetteerKind | undefined;
    const name = raws.slice(i, j).map((r) => r.replace(/^-[LR][RSC]B-$/, '')).join(' ').trim();
    if (kind && /\p{L}/u.test(name)) gazetteer.add(name, kind);
    i = j;
  }
}

interface Example {
  toks: TokenInfo[];
  gold: Uint8Array;
}

function tagIndex(name: string): number {
  return (TAGS as readonly string[]).indexOf(name);
}

function hasWordChar(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** Converts one silver sentence (keys + rows) to an example; spans of pure punctuation become O. */
function toExample(keys: string[], rows: unknown[][]): Example {
  const iRaw = keys.indexOf('raw');
  const iIob = keys.indexOf('ner_iob');
  const iType = keys.indexOf('ner_type');
  const raws = rows.map((r) => String(r[iRaw] ?? ''));
  countNames(raws, rows.map((r) => r[iIob]), rows.map((r) => r[iType]));
  const gold = new Uint8Array(rows.length);
  let i = 0;
  while (i < rows.length) {
    const kind = KIND_OF[String(rows[i]![iType] ?? '')];
    if (rows[i]![iIob] !== 'B' || !kind) { i++; continue; }
    let j = i + 1;
    while (j < rows.length && rows[j]![iIob] === 'I') j++;
    // Trim punctuation at both ends of the span (silver noise such as an ORG "-RRB-").
    let s = i;
    let e = j;
    while (s < e && !hasWordChar(raws[s]!.replace(/^-[LR][RSC]B-$/, ''))) s++;
    while (e > s && !hasWordChar(raws[e - 1]!.replace(/^-[LR][RSC]B-$/, ''))) e--;
    if (e > s) {
      gold[s] = tagIndex(`B-${kind}`);
      for (let k = s + 1; k < e; k++) gold[k] = tagIndex(`I-${kind}`);
    }
    i = j;
  }
  return { toks: raws.map((r) => tokenInfo(r)), gold };
}

async function loadFolder(file: string): Promise<Example[]> {
  const out: Example[] = [];
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { sentences?: { tokens: { keys: string[]; data: unknown[][] } }[] };
    for (const s of article.sentences ?? []) {
      if (s.tokens.data.length > 0) out.push(toExample(s.tokens.keys, s.tokens.data));
    }
  }
  return out;
}

class Perceptron {
  readonly w = new Float64Array(BUCKETS * NTAGS);
  readonly u = new Float64Array(BUCKETS * NTAGS);
  c = 1;
  private readonly scores = new Float64Array(NTAGS);

  best(feats: Int32Array, prevTag: number, weights: Float64Array = this.w): number {
    const sc = this.scores.fill(0);
    for (let f = 0; f < NFEATURES; f++) {
      const base = feats[f]! * NTAGS;
      for (let t = 0; t < NTAGS; t++) sc[t] += weights[base + t]!;
    }
    let best = 0;
    for (let t = 1; t < NTAGS; t++) if (allowed(prevTag, t) && sc[t]! > sc[best]!) best = t;
    return best;
  }

  update(feats: Int32Array, truth: number, guess: number): void {
    for (let f = 0; f < NFEATURES; f++) {
      const base = feats[f]! * NTAGS;
      this.w[base + truth] += 1;
      this.u[base + truth] += this.c;
      this.w[base + guess] -= 1;
      this.u[base + guess] -= this.c;
    }
  }

  averaged(): Float64Array {
    const avg = new Float64Array(this.w.length);
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i]! - this.u[i]! / this.c;
    return avg;
  }
}

/** Feature slots (see featuresAt) that hold the current word's identity, alone or in a pair. */
const WORD_SLOTS = [1, 12, 16, 17, 18];
let dropout = 0;
let dropSeed = 12345;

/**
 * Word dropout while learning: each word-identity feature of a training token is replaced, with probability
 * `dropout`, by one shared bucket, so the weights learn to tag from shape, affixes and context as well as from
 * the words they have seen (names absent from the silver data look like that at run time).
 */
function dropWords(feats: Int32Array): void {
  for (const slot of WORD_SLOTS) {
    dropSeed = (Math.imul(dropSeed, 1103515245) + 12345) >>> 0;
    if (dropSeed / 4294967296 < dropout) feats[slot] = slot; // bucket index `slot`: one shared "unknown" bucket per slot
  }
}

function decode(p: Perceptron, ex: Example, feats: Int32Array, weights: Float64Array, learn: boolean): Uint8Array {
  const pred = new Uint8Array(ex.toks.length);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < ex.toks.length; i++) {
    let tag = 0;
    if (needsScoring(ex.toks, i, prev, THE_HASH)) {
      featuresAt(ex.toks, i, prev, prev2, feats);
      if (learn && dropout > 0) dropWords(feats);
      tag = p.best(feats, prev, weights);
      if (learn) {
        if (tag !== ex.gold[i]) p.update(feats, ex.gold[i]!, tag);
        p.c++;
      }
    }
    pred[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return pred;
}

function spans(tags: Uint8Array): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < tags.length) {
    if (tags[i]! % 2 === 1) {
      let j = i + 1;
      while (j < tags.length && tags[j] === tags[i]! + 1) j++;
      out.add(`${i}:${j}:${tags[i]}`);
      i = j;
    } else i++;
  }
  return out;
}

function shuffle<T>(xs: T[], seed: number): void {
  let s = seed;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}

/** Every file under dir, recursively, in sorted order. */
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) filesUnder(path, out);
    else if (e.isFile()) out.push(path);
  }
  return out;
}

/** Builds the case lexicon (lexicon.ts) from the InputDocs of a Timeline17 folder (gold timelines are not read). */
function buildLexicon(t17: string): void {
  const builder = new LexiconBuilder();
  const paths: string[] = [];
  for (const folder of readdirSync(t17).sort()) {
    const docs = join(t17, folder, 'InputDocs');
    if (!existsSync(docs)) continue;
    for (const file of filesUnder(docs)) paths.push(file);
  }
  const sentences = function* (): Generator<string[]> {
    for (const file of paths) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const tokens = line.split(' ').filter((t) => t.length > 0);
        if (tokens.length > 1) yield tokens;
      }
    }
  };
  for (const tokens of sentences()) builder.addSentence(tokens);
  const words = builder.build();
  const files = paths.length;
  const outDir = resolve(MODEL_DIR);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lexicon.tsv.gz'), gzipSync(formatLexicon(words), { level: 9 }));
  process.stderr.write(`wrote ${outDir}/lexicon.tsv.gz (${words.size} words from ${files} articles)\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--lexicon')) {
    const t17 = args.find((a) => !a.startsWith('--')) ?? sharedData('t17');
    if (!t17) throw new Error('t17 data not found: pass its directory after --lexicon');
    buildLexicon(t17);
    return;
  }
  const epochsAt = args.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : DEFAULT_EPOCHS;
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 0;
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${args[seedAt + 1]}`);
  const dropoutAt = args.indexOf('--dropout');
  dropout = dropoutAt >= 0 ? Number(args[dropoutAt + 1]) : 0;
  if (!(dropout >= 0 && dropout < 1)) throw new Error(`--dropout must be in [0, 1), got ${args[dropoutAt + 1]}`);
  const dir = args.find((a, i) => !a.startsWith('--') && !['--epochs', '--dropout', '--seed'].includes(args[i - 1] ?? '')) ??
    sharedData('t17-silver');
  if (!dir) throw new Error('t17-silver data not found: pass its directory as the first argument');
  const train: Example[] = [];
  let held: Example[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const examples = await loadFolder(join(dir, folder, 'articles.preprocessed.jsonl.gz'));
    if (folder === HELD_OUT_FOLDER) held = examples;
    else train.push(...examples);
    process.stderr.write(`loaded ${folder}: ${examples.length} sentences\n`);
  }
  const names = gazetteer.build();
  const outDir = resolve(MODEL_DIR);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'gazetteer.json'), JSON.stringify({
    version: 1, builtFrom: 't17-silver (spaCy NER), all folders; names seen >= 3 times, majority kind >= 80%',
    names: Object.fromEntries(names),
  }) + '\n');
  process.stderr.write(`wrote ${outDir}/gazetteer.json (${names.size} names)\n`);
  if (args.includes('--gazetteer-only')) return;
  const p = new Perceptron();
  const feats = new Int32Array(NFEATURES);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(train, epoch + 1 + 1000 * seed);
    for (const ex of train) decode(p, ex, feats, p.w, true);
    process.stderr.write(`epoch ${epoch + 1} done\n`);
  }
  const avg = p.averaged();
  let tp = 0, np = 0, ng = 0;
  for (const ex of held) {
    const g = spans(ex.gold);
    const s = spans(decode(p, ex, feats, avg, false));
    ng += g.size;
    np += s.size;
    for (const x of s) if (g.has(x)) tp++;
  }
  const prec = tp / Math.max(1, np), rec = tp / Math.max(1, ng);
  process.stderr.write(`held-out ${HELD_OUT_FOLDER}: P ${prec.toFixed(3)} R ${rec.toFixed(3)} F1 ${(2 * prec * rec / (prec + rec)).toFixed(3)}\n`);

  let maxAbs = 0;
  for (const v of avg) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = 32767 / maxAbs;
  const q = new Int16Array(avg.length);
  for (let i = 0; i < avg.length; i++) q[i] = Math.round(avg[i]! * scale);
  const out = resolve(MODEL_DIR);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'tagger.bin.gz'), gzipSync(new Uint8Array(q.buffer), { level: 9 }));
  writeFileSync(join(out, 'tagger.json'), JSON.stringify({
    version: MODEL_VERSION, bucketBits: BUCKET_BITS, tags: TAGS, features: NFEATURES, epochs, dropout, ...(seed ? { seed } : {}),
    trainedOn: 't17-silver (spaCy NER, news-tls preprocessing), held out: ' + HELD_OUT_FOLDER,
    heldOutF1: Number((2 * prec * rec / (prec + rec)).toFixed(4)),
  }, null, 1) + '\n');
  process.stderr.write(`wrote ${out}/tagger.bin.gz (${q.byteLength} bytes before gzip)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
