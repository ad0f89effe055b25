// How an analysis (Doc) is kept in the analyses table: its JSON compressed with Brotli, without the text the
// articles table already holds. A Doc repeats its article's text whole (Doc.text), again sentence by sentence,
// and in pieces in its time expressions, entity mentions and quotes; leaving that out makes the stored analysis
// a third smaller (T17 subset: 5.6 → 3.7 KB per article), and the pieces a further 30% (10k synthetic: 2.46 →
// 1.72 KB). What is dropped is only what reading puts back exactly: the Doc's text when it is the article's
// stored text, a sentence's text when it is that slice of the Doc's text (a sentence with page furniture blanked
// out differs, and keeps its own), and likewise a timex's, mention's or quote's text, which is then stored as 0
// so that its key keeps its place. Rows written by earlier versions (JSON text with the text; pieces with their
// text) stay readable: the column's type and what the keys hold tell which. (An article's text is never
// rewritten once stored, so the copy read back is the one analysed.)
// The entity mentions are left out too when the caller stores them elsewhere, exactly (SQLite: the article's
// mention record, written in the same transaction): they were two fifths of the compressed analysis, and the
// record holds every one with its offsets, name and kind. `entities` is then stored as 1, and the reader passes the
// mentions back in.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Doc, EntityMention, Sentence } from '../types.js';

/** Quality 4 of 11: most of the size gain for a small share of the CPU the higher levels cost. */
const QUALITY = 4;

/** Stands for "the slice of the Doc's text at this piece's start and end". */
const SLICE = 0;
/** Stands for "the mentions the caller keeps beside the analysis". */
const ELSEWHERE = 1 as const;

interface Piece { start: number; end: number; text: string }
type Stored<T extends Piece> = Omit<T, 'text'> & { text: string | typeof SLICE };
type StoredSentence = Omit<Sentence, 'text'> & { text?: string };
type StoredDoc = Omit<Doc, 'text' | 'sentences' | 'timexes' | 'entities' | 'quotes'> & {
  text?: string;
  sentences: StoredSentence[];
  timexes: Stored<Doc['timexes'][number]>[];
  entities: Stored<Doc['entities'][number]>[] | typeof ELSEWHERE;
  quotes: Stored<Doc['quotes'][number]>[];
};

function pack<T extends Piece>(pieces: T[], text: string): Stored<T>[] {
  return pieces.map((p) => p.text === text.slice(p.start, p.end) ? { ...p, text: SLICE } : p);
}

function unpack<T extends Piece>(pieces: Stored<T>[], text: string): T[] {
  return pieces.map((p) => (p.text === SLICE ? { ...p, text: text.slice(p.start, p.end) } : p) as T);
}

/**
 * `articleText`: the stored text of the article the analysis belongs to. `entitiesKept`: the caller stores
 * `doc.entities` elsewhere and will give them back to decodeDoc exactly as they serialise now.
 */
export function encodeDoc(doc: Doc, articleText: string | undefined, entitiesKept = false): Buffer {
  const sentences = doc.sentences.map((s): StoredSentence =>
    s.text === doc.text.slice(s.start, s.end) ? { index: s.index, start: s.start, end: s.end } : s);
  const { text, ...rest } = doc;
  const pieces = { sentences, timexes: pack(doc.timexes, text),
    entities: entitiesKept ? ELSEWHERE : pack(doc.entities, text), quotes: pack(doc.quotes, text) };
  const stored: StoredDoc = text === articleText ? { ...rest, ...pieces } : { ...doc, ...pieces };
  const json = Buffer.from(JSON.stringify(stored), 'utf8');
  return brotliCompressSync(json, {
    params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
}

/** `keptEntities`: the mentions stored beside the analysis, asked for only when it was saved without them. */
export function decodeDoc(stored: Buffer | string, articleText: string,
  keptEntities?: () => EntityMention[] | undefined): Doc {
  const json = typeof stored === 'string' ? stored : brotliDecompressSync(stored).toString('utf8');
  const parsed = JSON.parse(json) as StoredDoc;
  const text = parsed.text ?? articleText;
  const sentences = parsed.sentences.map((s): Sentence =>
    s.text === undefined ? { index: s.index, start: s.start, end: s.end, text: text.slice(s.start, s.end) } : s as Sentence);
  // Keys in the order analyzeDoc gives them (text first; a key assigned again keeps its place), so a Doc read
  // back serialises exactly as the one saved.
  let entities: EntityMention[];
  if (parsed.entities === ELSEWHERE) {
    const kept = keptEntities?.();
    if (!kept) throw new Error('an analysis saved without its entity mentions has no readable mention record');
    entities = kept;
  } else entities = unpack(parsed.entities, text);
  return { text, ...parsed, sentences, timexes: unpack(parsed.timexes, text), entities, quotes: unpack(parsed.quotes, text) };
}
