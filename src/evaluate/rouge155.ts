// ROUGE-N counting as ROUGE-1.5.5 does it under tilse/pyrouge's settings
// (`-n 2 -m -s -f A -t 2`, sentences written as SEE html lines), ported so our numbers equal theirs.
//
// How one sentence becomes tokens, in ROUGE's order:
//  1. pyrouge splits on (Python) whitespace, joins with single spaces and writes `^` as `&circ;`
//     (so "a^b" later yields the token "circ");
//  2. ROUGE reads the SEE line with `([^<]+)`: everything from the first `<` on is lost;
//  3. ASCII lower-casing; every `-` becomes ` - `; every character outside [A-Za-z0-9-] a space;
//  4. split on whitespace; a token in the stopword list is dropped (checked before stemming);
//  5. only tokens starting with [a-z0-9$] are kept (`$` can no longer occur after step 3);
//  6. a token longer than 3 characters becomes its WordNet exception base if listed, else its
//     Porter stem.
// Tokens of all sentences of a summary are joined, so n-grams run across sentence boundaries.
// With several models (`-f A`), hits and model n-grams are summed and the peer count is added once
// per model; hits are clipped per model.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../util/paths.js';
import { porterStem } from '../text/porter.js';

/** Folder (inside the shared data) holding smart_common_words.txt and WordNet-2.0-Exceptions/. */
export const ROUGE_DATA_FOLDER = 'rouge-1.5.5';
const STOPWORD_FILE = 'smart_common_words.txt';
const EXCEPTION_FOLDER = 'WordNet-2.0-Exceptions';
/** ROUGE only stems tokens longer than this. */
const MIN_STEMMED_LENGTH = 4;

export interface RougeResources {
  stopwords: ReadonlySet<string>;
  /** inflected form → base form (WordNet 2.0 exception lists). */
  exceptions: ReadonlyMap<string, string>;
  /** token → stem, filled as tokens are seen (the stemmer is the slow part). */
  stemCache: Map<string, string>;
}

/** Python's str.split() whitespace (wider than ASCII, narrower than JS \s: no U+FEFF). */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const resourceCache = new Map<string, RougeResources>();

/**
 * Read ROUGE's stopword list and WordNet exception lists from `dir` (default: the shared data).
 * Exception files are read in name order and a later line wins, like ROUGE's buildExeptionDB.pl
 * (e.g. adj.exc lists "offer off" then "offer offer": the base is "offer").
 */
export function loadRougeResources(dir: string | undefined = sharedData(ROUGE_DATA_FOLDER)): RougeResources {
  if (!dir) {
    throw new Error(
      `ROUGE-1.5.5 data not found: expected ../shared/data/${ROUGE_DATA_FOLDER}/ (or $CHRONICLE_SHARED_DATA/${ROUGE_DATA_FOLDER}) ` +
        `holding ${STOPWORD_FILE} and ${EXCEPTION_FOLDER}/*.exc`,
    );
  }
  const cached = resourceCache.get(dir);
  if (cached) return cached;
  const stopPath = join(dir, STOPWORD_FILE);
  const excDir = join(dir, EXCEPTION_FOLDER);
  if (!existsSync(stopPath)) throw new Error(`ROUGE stopword list missing: ${stopPath}`);
  if (!existsSync(excDir)) throw new Error(`ROUGE WordNet exception folder missing: ${excDir}`);

  const stopwords = new Set<string>();
  for (const line of readFileSync(stopPath, 'utf8').split('\n')) {
    if (line.length > 0) stopwords.add(line);
  }
  const exceptions = new Map<string, string>();
  const excFiles = readdirSync(excDir).filter((f) => f.endsWith('.exc')).sort();
  if (excFiles.length === 0) throw new Error(`no *.exc files in ${excDir}`);
  for (const file of excFiles) {
    for (const line of readFileSync(join(excDir, file), 'utf8').split('\n')) {
      const fields = line.split(/\s+/).filter((f) => f.length > 0);
      if (fields.length >= 2) exceptions.set(fields[0]!, fields[1]!);
    }
  }
  const resources: RougeResources = { stopwords, exceptions, stemCache: new Map() };
  resourceCache.set(dir, resources);
  return resources;
}

/** What ROUGE's SEE reader sees of one sentence (steps 1–2 above), before lower-casing. */
export function seeLineText(sentence: string): string {
  const joined = sentence
    .split(PYTHON_WHITESPACE)
    .filter((t) => t.length > 0)
    .join(' ')
    .replace(/\^/g, '&circ;');
  const lt = joined.indexOf('<');
  return lt < 0 ? joined : joined.slice(0, lt);
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function stemToken(token: string, res: RougeResources): string {
  let stem = res.stemCache.get(token);
  if (stem === undefined) {
    stem = res.exceptions.get(token) ?? porterStem(token);
    res.stemCache.set(token, stem);
  }
  return stem;
}

/** The ROUGE tokens (stemmed, stopwords removed) of one sentence. */
export function rougeTokens(sentence: string, res: RougeResources): string[] {
  const text = asciiLower(seeLineText(sentence))
    .replace(/-/g, ' - ')
    .replace(/[^A-Za-z0-9-]/g, ' ');
  const out: string[] = [];
  for (const token of text.split(' ')) {
    if (token.length === 0 || res.stopwords.has(token)) continue;
    if (!/^[a-z0-9$]/.test(token)) continue;
    out.push(token.length >= MIN_STEMMED_LENGTH ? stemToken(token, res) : token);
  }
  return out;
}

/** The tokens of a summary: its sentences' tokens joined in order. */
export function summaryTokens(sentences: readonly string[], res: RougeResources): string[] {
  const out: string[] = [];
  for (const s of sentences) for (const t of rougeTokens(s, res)) out.push(t);
  return out;
}

/** n-gram multiset of a token sequence plus its total (ROUGE's `_cn_`). */
export interface NgramCounts {
  grams: Map<string, number>;
  total: number;
}

export function ngramCounts(tokens: readonly string[], n: number): NgramCounts {
  const grams = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
    total++;
  }
  return { grams, total };
}

/** Hits of a peer against one model, each n-gram clipped at the model's count. */
export function clippedHits(model: NgramCounts, peer: NgramCounts): number {
  // iterate over the smaller map; min() is symmetric
  const [a, b] = model.grams.size <= peer.grams.size ? [model, peer] : [peer, model];
  let hits = 0;
  for (const [gram, count] of a.grams) {
    const other = b.grams.get(gram);
    if (other !== undefined) hits += Math.min(count, other);
  }
  return hits;
}

/** ROUGE-1.5.5 `-t 2` raw counts: M (model n-grams), P (peer n-grams), H (hits). */
export interface RougeRawCounts {
  model: number;
  peer: number;
  hit: number;
}

/** Raw counts of one peer against several models with `-f A` (model average) summing. */
export function rougeRawCounts(peer: NgramCounts, models: readonly NgramCounts[]): RougeRawCounts {
  let model = 0;
  let hit = 0;
  for (const m of models) {
    model += m.total;
    hit += clippedHits(m, peer);
  }
  return { model, peer: peer.total * models.length, hit };
}
