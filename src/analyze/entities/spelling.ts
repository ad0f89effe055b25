// A spelling key for names written in the Latin alphabet from another script: the romanisations of one Arabic,
// Russian or Chinese name differ in vowels, doubled letters, a silent h and which letter stands for a velar
// ("Gaddafi", "Gadhafi", "Qaddafi", "Kadhafi"; "Muammar", "Moammar"), and in a leading article ("al-Assad").

/** Words before a name that romanisation writes or leaves out at will ("al-Qaddafi", "el-Baradei"). */
const ARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-\s'’]/;

/** Fewest consonants a name's key must hold: shorter ones ("Ali" → "l", "Omar" → "mr") collide across names. */
const MIN_SKELETON = 3;

/**
 * The spelling key of one word (lowercase, no accents); empty for a word without letters.
 * Built on what transliteration varies and keeps: the consonants, in order. Vowels and y go (their romanisation
 * is the most free), doubled consonants count once, h after a consonant goes ("dh", "kh", "th" for one Arabic
 * letter each), and the velars c/g/k/q share one letter. The first letter stays as written when it is a vowel,
 * so "Obama" and "Abbas" keep their initial.
 */
export function wordKey(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  w = w.replace(/ph/g, 'f').replace(/([bcdgkpqstz])h/g, '$1').replace(/[cgq]/g, 'k').replace(/ck/g, 'k');
  const first = /^[aeiou]/.test(w) ? 'a' : '';
  return first + w.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The spelling key of a whole folded name: every word keyed, a leading article of a word dropped ("al assad" and
 * "assad" agree). Undefined when the key is too short to tell names apart (fewer than MIN_SKELETON consonants
 * in all, or a word without any).
 */
export function spellingKey(folded: string): string | undefined {
  const words = folded.replace(ARTICLE, '').split(' ').filter((w) => w !== '' && !/^(?:al|el)$/.test(w));
  const keys = words.map((w) => wordKey(w.replace(ARTICLE, '')));
  if (keys.length === 0 || keys.some((k) => k.replace(/^a/, '') === '')) return undefined;
  if (keys.join('').replace(/^a|\ba/g, '').length < MIN_SKELETON) return undefined;
  return keys.join(' ');
}

/** Edit distance (insertions, deletions, substitutions) of two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether two folded names with one spelling key are spellings of one name rather than different words that
 * happen to share consonants ("Gadhafi" and "Qaddafi" are; "McCain" and "magician", "Murch" and "March" are
 * not): word by word, at most a third of the letters differ, and no word of one letter or two differs at all.
 */
export function sameSpelling(a: string, b: string): boolean {
  const wa = a.replace(ARTICLE, '').split(' ').filter((w) => w !== '' && !/^(?:al|el)$/.test(w));
  const wb = b.replace(ARTICLE, '').split(' ').filter((w) => w !== '' && !/^(?:al|el)$/.test(w));
  if (wa.length !== wb.length) return false;
  return wa.every((x, i) => {
    const y = wb[i]!.replace(ARTICLE, '');
    const xs = x.replace(ARTICLE, '');
    const d = editDistance(xs, y);
    if (d === 0) return true;
    if (d > Math.floor(Math.max(xs.length, y.length) / 3) || Math.min(xs.length, y.length) <= 5) return false;
    // A short word has too few letters for a changed vowel or letter to be romanisation: "Martha" and "Murtha",
    // "Torres" and "Tories" are other words; only doubling, a silent h and the velar letter may differ there.
    return Math.min(xs.length, y.length) > SHORT_WORD || letterGroups(xs) === letterGroups(y);
  });
}

/** Longest word (in letters) that counts as short for sameSpelling. */
const SHORT_WORD = 6;

/** A word with what romanisation varies in a short word evened out: doubled letters, h after a consonant, velars. */
function letterGroups(word: string): string {
  return word.replace(/([bcdgkpqstz])h/g, '$1').replace(/[cgq]/g, 'k').replace(/(.)\1+/g, '$1');
}
