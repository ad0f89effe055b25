// One sense per document: names the tagger found somewhere are mentions wherever else they occur untagged.
import type { EntityKind, EntityMention } from '../../types.js';
import { isUpperWord, tokenize, type Token } from './tokens.js';
import { stripTitles } from './names.js';
import { isNonMention, isNewProduct, isOrgCue, withCorporateSuffix, type ExtentSpan } from './extent/index.js';
import { pushMention } from './tagging.js';
import type { Refiner } from './refiner.js';

/** Words that never start a name carried over from elsewhere in the document. */
const NOT_PROPAGATED = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'but', 'and',
  'in', 'on', 'at', 'new', 'as', 'if', 'for', 'to', 'of', 'by', 'with', 'his', 'her', 'its', 'their', 'our', 'my']);

/**
 * One sense per document: a capitalised word sequence that the tagger marked as a name somewhere in the document
 * is a mention wherever else it occurs untagged (the tagger misses "Jobs" in "Jobs said" but found "Steve Jobs"),
 * and so are the first and the last word of a person's full name (canonicalizeDocument then decides whose).
 */
export function propagate(text: string, chunks: readonly Token[][], out: EntityMention[]): void {
  if (out.length === 0) return;
  const known = new Map<string, EntityKind>();
  const firstWords = new Set<string>();
  let longest = 1;
  // Names repeat in a document: each is split into words once.
  const wordsOf = new Map<string, { words: string[]; key: string }>();
  for (const m of out) {
    // From the name, not the extent: "automaker Chrysler" and "President Vladimir Putin" spread as the name.
    const base = m.kind === 'PERSON' ? stripTitles(m.name) : m.name;
    let split = wordsOf.get(base);
    if (split === undefined) {
      const w = base.includes(' ') || /[^\p{L}\p{N}]/u.test(base)
        ? tokenize(base).map((t) => t.text).filter((x) => x.toLowerCase() !== 'the')
        : [base];
      split = { words: w, key: w.join(' ') };
      wordsOf.set(base, split);
    }
    const { words, key } = split;
    if (words.length === 0 || !isUpperWord(words[0]!)) continue;
    if (!known.has(key)) known.set(key, m.kind);
    firstWords.add(words[0]!);
    longest = Math.max(longest, words.length);
    if (m.kind === 'PERSON' && words.length >= 2) {
      // the family name, whichever end it is at ("Kovrig", "Meng"); names decide which full name it is
      for (const part of [words[words.length - 1]!, words[0]!]) {
        if (!isUpperWord(part) || known.has(part)) continue;
        known.set(part, 'PERSON');
        firstWords.add(part);
      }
    }
  }
  // Every word-prefix of a known name: a token run that is not one cannot grow into a known name, so the
  // candidates at a token are found by extending one key word by word instead of joining every length.
  const prefixes = new Set<string>();
  for (const key of known.keys()) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
    prefixes.add(key);
  }
  // The first words a name carried over may start with (lowercased, none of NOT_PROPAGATED), tested once each.
  const starts = new Set<string>();
  for (const w of firstWords) if (!NOT_PROPAGATED.has(w.toLowerCase())) starts.add(w);
  // What the mentions cover, marked when a name is first found.
  let cover: Uint8Array | undefined;
  const taken = (t: Token): boolean => {
    if (cover === undefined) {
      cover = new Uint8Array(text.length + 1);
      for (const m of out) cover.fill(1, m.start, m.end);
    }
    return cover[t.start] === 1 || cover[t.end - 1] === 1;
  };
  const added: EntityMention[] = [];
  for (const tokens of chunks) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Every first word is capitalised (above): an ASCII character that is no capital letter rules a token out.
      const c0 = t.text.charCodeAt(0);
      if (c0 < 128 && (c0 < 65 || c0 > 90)) continue;
      if (!starts.has(t.text)) continue;
      // The longest known name starting here (every path below ends the search at it).
      let found: { n: number; kind: EntityKind }[] = [];
      for (let n = 1, key = t.text; ; n++) {
        const kind = known.get(key);
        if (kind !== undefined) found = [{ n, kind }];
        if (n >= Math.min(longest, tokens.length - i) || !prefixes.has(key)) break;
        key = `${key} ${tokens[i + n]!.text}`;
      }
      for (const { n, kind } of found) {
        // Only whole tokens that no mention covers, not glued to a longer capitalised run.
        // An organisation's name goes on over company cue words ("Apple" known, "Apple Computer" here).
        const next = tokens[i + n];
        const cue = kind === 'ORG' && next !== undefined && isOrgCue(next);
        if (next && !cue && isUpperWord(next.text) && next.start === tokens[i + n - 1]!.end + 1) break;
        const prev = tokens[i - 1];
        if (prev && isUpperWord(prev.text) && t.start === prev.end + 1 && !NOT_PROPAGATED.has(prev.text.toLowerCase())) break;
        let span: ExtentSpan = { kind, from: i, to: i + n, nameFrom: i, nameTo: i + n };
        if (cue) span = withCorporateSuffix(text, tokens, span);
        if (tokens.slice(span.from, span.to).some(taken)) break;
        const after = tokens[span.to];
        if (after && isUpperWord(after.text) && after.start === tokens[span.to - 1]!.end + 1) break;
        if (!isNonMention(text, tokens, span) && !isNewProduct(tokens, span)) {
          pushMention(text, tokens, span.nameFrom, span.nameTo, span.kind, added, span.from, span.to);
        }
        i = span.to - 1;
        break;
      }
    }
  }
  if (added.length === 0) return;
  out.push(...added);
  out.sort((x, y) => x.start - y.start);
}

export const propagateRefiner: Refiner = {
  name: 'propagate',
  refine: (c) => propagate(c.text, c.chunks, c.mentions),
};
