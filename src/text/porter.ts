// The Porter (1980) suffix-stripping stemmer in the exact variant ROUGE-1.5.5 uses (`-m`).
//
// Two things differ from textbook Porter and must be kept for ROUGE-compatible numbers:
//  - step 4 (ROUGE's 2004 change): "-ement" is tried with the other step-4 suffixes, and then
//    "-ment" and "-ent" are each tried again on the result, so one word may lose two suffixes;
//  - the measure tests are regular expressions over the whole (partial) word, evaluated with
//    leftmost-match semantics, e.g. the final "-ll" rule measures the word including "ll".
// Words shorter than three characters are returned unchanged.

const CONSONANT = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONSONANT_RUN = `${CONSONANT}[^aeiouy]*`;
const VOWEL_RUN = `${VOWEL}[aeiou]*`;

/** m > 0: [C](VC){1,}… */
const MEASURE_ABOVE_0 = new RegExp(`^(${CONSONANT_RUN})?${VOWEL_RUN}${CONSONANT_RUN}`);
/** m == 1 exactly: [C]VC[V] */
const MEASURE_IS_1 = new RegExp(`^(${CONSONANT_RUN})?${VOWEL_RUN}${CONSONANT_RUN}(${VOWEL_RUN})?$`);
/** m > 1: [C]VCVC… */
const MEASURE_ABOVE_1 = new RegExp(`^(${CONSONANT_RUN})?${VOWEL_RUN}${CONSONANT_RUN}${VOWEL_RUN}${CONSONANT_RUN}`);
/** the stem contains a vowel */
const HAS_VOWEL = new RegExp(`^(${CONSONANT_RUN})?${VOWEL}`);
/** consonant-vowel-consonant ending where the last is not w, x or y (whole word is CVC) */
const SHORT_CVC = new RegExp(`^${CONSONANT_RUN}${VOWEL}[^aeiouwxy]$`);

const STEP2_SUFFIXES: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
  entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3_SUFFIXES: Record<string, string> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP4_SUFFIXES = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

/** An alternation anchored at the end; the leftmost match is the longest listed suffix. */
function suffixPattern(suffixes: readonly string[]): RegExp {
  return new RegExp(`(${suffixes.join('|')})$`);
}
const STEP2 = suffixPattern(Object.keys(STEP2_SUFFIXES));
const STEP3 = suffixPattern(Object.keys(STEP3_SUFFIXES));
const STEP4 = suffixPattern(STEP4_SUFFIXES);

/** The part of `word` before the match of `pattern`, or undefined when it does not match. */
function before(word: string, pattern: RegExp): { stem: string; suffix: string } | undefined {
  const m = pattern.exec(word);
  if (!m) return undefined;
  return { stem: word.slice(0, m.index), suffix: m[1] ?? m[0] };
}

function step1(word: string): string {
  let w = word;
  // 1a: plurals
  let m = /(ss|i)es$/.exec(w);
  if (m) w = w.slice(0, m.index) + m[1];
  else if ((m = /([^s])s$/.exec(w))) w = w.slice(0, m.index) + m[1];
  // 1b: -eed, -ed, -ing
  if (w.endsWith('eed')) {
    if (MEASURE_ABOVE_0.test(w.slice(0, -3))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (SHORT_CVC.test(w)) w += 'e';
    }
  }
  // 1c: y -> i when the stem has a vowel
  if (w.endsWith('y')) {
    const stem = w.slice(0, -1);
    if (HAS_VOWEL.test(stem)) w = `${stem}i`;
  }
  return w;
}

function replaceSuffix(w: string, pattern: RegExp, table: Record<string, string>): string {
  const hit = before(w, pattern);
  if (hit && MEASURE_ABOVE_0.test(hit.stem)) return hit.stem + (table[hit.suffix] ?? '');
  return w;
}

function step4(word: string): string {
  let w = word;
  let hit = before(w, STEP4);
  if (hit && MEASURE_ABOVE_1.test(hit.stem)) w = hit.stem;
  if (w.endsWith('ment')) {
    const stem = w.slice(0, -4);
    if (MEASURE_ABOVE_1.test(stem)) w = stem;
  }
  if (w.endsWith('ent')) {
    const stem = w.slice(0, -3);
    if (MEASURE_ABOVE_1.test(stem)) w = stem;
  } else if ((hit = before(w, /(s|t)ion$/))) {
    const stem = hit.stem + hit.suffix; // keep the s / t
    if (MEASURE_ABOVE_1.test(stem)) w = stem;
  }
  return w;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (MEASURE_ABOVE_1.test(stem) || (MEASURE_IS_1.test(stem) && !SHORT_CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && MEASURE_ABOVE_1.test(w)) w = w.slice(0, -1);
  return w;
}

/** Stem one lowercase word as ROUGE-1.5.5's Perl Porter stemmer does. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  // An initial y is a consonant: upper-case it so no vowel class matches it, restore at the end.
  const initialY = word.startsWith('y');
  let w = initialY ? `Y${word.slice(1)}` : word;
  w = step1(w);
  w = replaceSuffix(w, STEP2, STEP2_SUFFIXES);
  w = replaceSuffix(w, STEP3, STEP3_SUFFIXES);
  w = step4(w);
  w = step5(w);
  if (initialY) w = w.charAt(0).toLowerCase() + w.slice(1);
  return w;
}
