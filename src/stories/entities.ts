// Named things an article is about, as lowercase keys. When Chronicle's entity extractor has run, its
// canonical names are used as they are. Otherwise a cheap fallback takes capitalised phrases ("Gulf of
// Mexico", "Ken Salazar", "BP"): crude, but names are what tell two look-alike events apart, and a phrase
// list is enough for overlap counting.
import { isStopword } from './terms.js';

/** Words that join the parts of one name: "Bank of America", "Abu Bakr al-Baghdadi", "Charles de Gaulle". */
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'da', 'di', 'al', 'bin', 'van', 'von', 'la', 'le', 'du', 'and']);

/** Titles and honorifics written before names; dropped so "President Obama" and "Obama" meet. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
  'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sen', 'senator', 'rep', 'gov',
  'governor', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'judge', 'justice', 'chief',
  'mayor', 'ambassador', 'foreign', 'interior', 'defence', 'defense', 'home', 'deputy', 'state', 'sheikh',
  'ayatollah', 'rev', 'father', 'saint', 'st', 'professor', 'prof', 'officer', 'spokesman', 'spokeswoman',
]);

/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i', 'ap', 'afp', 'copyright', 'updated', 'photo', 'video', 'read', 'click', 'related', 'advertisement',
]);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[.!?\n]/gu;

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

function cleanWord(word: string): string {
  return word.replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
}

/**
 * Capitalised phrases of `text` as lowercase keys with their counts. A one-word phrase at a sentence start
 * counts only when the same word also appears capitalised mid-sentence (so "Rescuers said…" is not a name).
 * A single word that ends a longer name in the same text ("Salazar" after "Ken Salazar") counts as that name.
 */
export function capitalisedPhrases(text: string): Map<string, { count: number; display: string }> {
  const phrases: { words: string[]; sentenceStart: boolean }[] = [];
  const midSentence = new Set<string>();
  let current: string[] = [];
  let currentStartsSentence = false;
  let atSentenceStart = true;
  let pendingConnector: string | undefined;

  const flush = (): void => {
    if (current.length > 0) phrases.push({ words: current, sentenceStart: currentStartsSentence });
    current = [];
    pendingConnector = undefined;
  };

  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw === '.' || raw === '!' || raw === '?' || raw === '\n') {
      flush();
      atSentenceStart = true;
      continue;
    }
    const word = cleanWord(raw);
    const lower = word.toLowerCase();
    if (word.length > 0 && isCapitalised(word) && !NOT_NAMES.has(lower)) {
      if (current.length === 0) currentStartsSentence = atSentenceStart;
      else if (pendingConnector) current.push(pendingConnector);
      pendingConnector = undefined;
      current.push(word);
      if (!atSentenceStart) midSentence.add(lower);
    } else if (current.length > 0 && NAME_CONNECTORS.has(lower) && !pendingConnector) {
      pendingConnector = lower;
    } else {
      flush();
    }
    atSentenceStart = raw.endsWith('.') && raw.length > 1 && !/^[A-Z][a-z]?\.$/.test(raw);
  }
  flush();

  const counts = new Map<string, { count: number; display: string }>();
  for (const p of phrases) {
    let words = p.words;
    let startsSentence = p.sentenceStart;
    // A stopword that opens a sentence ("The", "But") is not part of the name that follows.
    while (words.length > 0 && startsSentence && isStopword(words[0]!)) {
      words = words.slice(1);
      startsSentence = false;
    }
    while (words.length > 1 && TITLES.has(words[0]!.toLowerCase())) words = words.slice(1);
    if (words.length === 0) continue;
    const key = words.join(' ').toLowerCase();
    if (words.length === 1) {
      if (TITLES.has(key) || isStopword(key) || key.length < 2) continue;
      if (p.sentenceStart && !midSentence.has(key)) continue;
    }
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { count: 1, display: words.join(' ') });
  }

  // Fold surnames into the full name when this text introduced it.
  const byLastWord = new Map<string, string>();
  for (const key of counts.keys()) {
    const parts = key.split(' ');
    if (parts.length > 1) byLastWord.set(parts[parts.length - 1]!, key);
  }
  for (const [key, entry] of [...counts]) {
    const full = key.includes(' ') ? undefined : byLastWord.get(key);
    const fullEntry = full === undefined ? undefined : counts.get(full);
    if (fullEntry) {
      fullEntry.count += entry.count;
      counts.delete(key);
    }
  }
  return counts;
}

/** A headline in Title Case capitalises every word, so its capitals say nothing about names. */
function isTitleCase(title: string): boolean {
  const words = title.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !isStopword(w));
  if (content.length < 3) return false;
  return content.filter(isCapitalised).length >= 0.8 * content.length;
}

/**
 * Entity keys with counts and a display form: the extractor's canonical names when given, else capitalised
 * phrases of the title (unless it is in Title Case) and body.
 */
export function entityCounts(
  entities: { name: string }[] | undefined,
  title: string | undefined,
  body: string,
): Map<string, { count: number; display: string }> {
  const out = new Map<string, { count: number; display: string }>();
  if (entities && entities.length > 0) {
    for (const e of entities) {
      const display = e.name.trim();
      const key = display.toLowerCase();
      if (!key) continue;
      const seen = out.get(key);
      if (seen) seen.count++;
      else out.set(key, { count: 1, display });
    }
    return out;
  }
  const useTitle = title !== undefined && title.length > 0 && !isTitleCase(title);
  return capitalisedPhrases(useTitle ? `${title}.\n${body}` : body);
}
