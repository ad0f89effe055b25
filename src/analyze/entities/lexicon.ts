// Word lexicon learnt from unlabeled news text (scripts/train-entities.ts --lexicon writes
// models/entities/lexicon.tsv.gz from the raw Timeline17 articles; no labels are used). For each word seen often
// enough it keeps how often the word is written in lower case where case is free (not at the start of a sentence
// or a quotation): "inspectors" almost always, "Boeing" never. A capitalised word at the start of a sentence whose
// lower-case share is high is a common noun written with a capital, not a name.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Same folder as the tagger's weights (tagger.ts MODEL_DIR). */
const LEXICON_DIR = fileURLToPath(new URL('../../../models/entities/', import.meta.url));

/** Positions after which case is not free: the sentence start, an opening quote, a colon, a dash. */
const CASE_RESET = new Set(['``', '"', '“', "'", '‘', ':', '--', '—', '–', '-', '-LRB-', '(', '[', '-LSB-']);

/** Counts of case-free occurrences per lower-cased word, and the rule that turns them into the lexicon. */
export class LexiconBuilder {
  private readonly counts = new Map<string, [number, number]>();

  /** Adds one tokenised sentence (tokens as written). */
  addSentence(tokens: readonly string[]): void {
    for (let i = 1; i < tokens.length; i++) {
      if (CASE_RESET.has(tokens[i - 1]!)) continue;
      const w = tokens[i]!;
      const c = w[0]!;
      const upper = c.toLowerCase() !== c;
      const lower = c.toUpperCase() !== c;
      if (!upper && !lower) continue;
      const key = w.toLowerCase();
      let e = this.counts.get(key);
      if (!e) this.counts.set(key, (e = [0, 0]));
      e[lower ? 0 : 1] += 1;
    }
  }

  /** Words seen at least `minCount` times case-free, each with its lower-case share in percent (0..100). */
  build(minCount = 5): Map<string, number> {
    const out = new Map<string, number>();
    for (const [w, [lo, up]] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (lo + up < minCount || /[\t\n]/.test(w)) continue;
      out.set(w, Math.round((100 * lo) / (lo + up)));
    }
    return out;
  }
}

/** Serialises a lexicon: a header line, then `word<TAB>lowerPercent` per line. */
export function formatLexicon(words: ReadonlyMap<string, number>): string {
  const lines = ['#chronicle-lexicon 1 word lowerPercent'];
  for (const [w, p] of words) lines.push(`${w}\t${p}`);
  return `${lines.join('\n')}\n`;
}

export class Lexicon {
  constructor(private readonly lower: ReadonlyMap<string, number>) {}

  get size(): number {
    return this.lower.size;
  }

  /** Percent of case-free occurrences written in lower case (0..100), undefined for a word not in the lexicon. */
  lowerShare(word: string): number | undefined {
    return this.lower.get(word.toLowerCase());
  }

  /** Parses formatLexicon's text; errors name the file and line. */
  static parse(text: string, file = 'lexicon'): Lexicon {
    const lines = text.split('\n');
    if (!lines[0]?.startsWith('#chronicle-lexicon 1')) {
      throw new Error(`${file}:1: not a version 1 lexicon header (rebuild with scripts/train-entities.ts --lexicon)`);
    }
    const map = new Map<string, number>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const p = Number(line.slice(tab + 1));
      if (tab <= 0 || !Number.isInteger(p) || p < 0 || p > 100 || line.slice(tab + 1).trim() === '') {
        throw new Error(`${file}:${i + 1}: expected "word<TAB>0..100"`);
      }
      map.set(line.slice(0, tab), p);
    }
    return new Lexicon(map);
  }

  static load(dir = LEXICON_DIR): Lexicon {
    const path = `${dir}lexicon.tsv.gz`;
    let text: string;
    try {
      text = gunzipSync(readFileSync(path)).toString('utf8');
    } catch (err) {
      throw new Error(`entity lexicon: cannot read ${path}: ${(err as Error).message}`);
    }
    return Lexicon.parse(text, path);
  }
}

let shared: Lexicon | undefined;

/** The repository's lexicon, loaded once per process. */
export function defaultLexicon(): Lexicon {
  shared ??= Lexicon.load();
  return shared;
}
