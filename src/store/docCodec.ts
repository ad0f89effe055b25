// How an analysis (Doc) is kept in the analyses table: its JSON compressed with Brotli, without the text the
// articles table already holds. A Doc repeats its article's text whole (Doc.text) and again sentence by sentence;
// leaving that out makes the stored analysis a third smaller (T17 subset: 5.6 → 3.7 KB per article). What is
// dropped is only what reading puts back exactly: the Doc's text when it is the article's stored text, a
// sentence's text when it is that slice of the Doc's text (a sentence with page furniture blanked out differs,
// and keeps its own). Rows written as JSON text by earlier versions, text included, stay readable: the column's
// type and the keys present tell which. (An article's text is never rewritten once stored, so the copy read
// back is the one analysed.)
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Doc, Sentence } from '../types.js';

/** Quality 4 of 11: most of the size gain for a small share of the CPU the higher levels cost. */
const QUALITY = 4;

type StoredSentence = Omit<Sentence, 'text'> & { text?: string };
type StoredDoc = Omit<Doc, 'text' | 'sentences'> & { text?: string; sentences: StoredSentence[] };

/** `articleText`: the stored text of the article the analysis belongs to. */
export function encodeDoc(doc: Doc, articleText: string | undefined): Buffer {
  const sentences = doc.sentences.map((s): StoredSentence =>
    s.text === doc.text.slice(s.start, s.end) ? { index: s.index, start: s.start, end: s.end } : s);
  const { text, ...rest } = doc;
  const stored: StoredDoc = text === articleText ? { ...rest, sentences } : { ...doc, sentences };
  const json = Buffer.from(JSON.stringify(stored), 'utf8');
  return brotliCompressSync(json, {
    params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
}

export function decodeDoc(stored: Buffer | string, articleText: string): Doc {
  const json = typeof stored === 'string' ? stored : brotliDecompressSync(stored).toString('utf8');
  const parsed = JSON.parse(json) as StoredDoc;
  const text = parsed.text ?? articleText;
  const sentences = parsed.sentences.map((s): Sentence =>
    s.text === undefined ? { index: s.index, start: s.start, end: s.end, text: text.slice(s.start, s.end) } : s as Sentence);
  // Keys in the order analyzeDoc gives them (text first; a key assigned again keeps its place), so a Doc read
  // back serialises exactly as the one saved.
  return { text, ...parsed, sentences };
}
