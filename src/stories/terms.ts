// Turning article text into the content terms the story clusterer compares: lowercase words, stopwords and
// numbers dropped, Porter-stemmed so "protesters"/"protests"/"protest" meet. Stems are cached because news
// vocabulary repeats heavily and stemming dominates the cost otherwise.
import { porterStem } from '../text/porter.js';

/**
 * Function words plus the reporting vocabulary every news article uses ("said", "told", "reported"):
 * these carry no storyline and, unlike rarer words, IDF alone does not push them down enough early in a
 * stream when few documents have been seen.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although always am among an and another any are ' +
    'around as at back be became because become been before being below between both but by can cannot could ' +
    'did do does doing done down during each either else even ever every few for from further get gets got ' +
    'had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just last least less like made make many may me might more most much must my myself near neither never ' +
    'next no nor not now of off often on once one only onto or other others our ours ourselves out over own ' +
    'per perhaps rather same several shall she should since so some still such than that the their theirs ' +
    'them themselves then there these they this those though through thus to too toward towards under until ' +
    'up upon us very via was we well were what whatever when where whether which while who whom whose why ' +
    'will with within without would yet you your yours yourself ' +
    // reporting and filler words of news copy
    'said says say saying told tell tells according added adds reported reports report reporting ' +
    'mr mrs ms dr new news year years day days week weeks month months time times today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'two three four five six seven eight nine ten first second third people including including ' +
    'going went come came take took want wanted know known think see seen way need needs use used ' +
    'percent cent include includes continue continued early later late ago s t ll ve re d m'
  ).split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const MIN_TERM_LENGTH = 3;
const MAX_TERM_LENGTH = 30;
/** Stem cache bound: about the vocabulary of a few thousand articles; cleared when full. */
const STEM_CACHE_LIMIT = 200_000;

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    s = porterStem(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Called with each stem and the word it came from (for readable labels). */
export type SurfaceSink = (stem: string, word: string) => void;

/** Content terms of `text` in order (with repeats). */
export function contentTerms(text: string, onSurface?: SurfaceSink): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase();
    // Possessives and hyphen tails: "bp's" → "bp", "well-" → "well".
    w = w.replace(/['’]s?$/, '').replace(/-+$/, '');
    if (w.length < MIN_TERM_LENGTH || w.length > MAX_TERM_LENGTH) continue;
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    out.push(s);
    onSurface?.(s, w);
  }
  return out;
}

/** Term counts of a document, the title counted `titleWeight` times. */
export function termCounts(
  title: string | undefined,
  body: string,
  titleWeight: number,
  onSurface?: SurfaceSink,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (title) for (const t of contentTerms(title, onSurface)) counts.set(t, (counts.get(t) ?? 0) + titleWeight);
  for (const t of contentTerms(body, onSurface)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
