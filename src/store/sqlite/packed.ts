// An analysis encoded ahead of its save, as the SQLite store keeps it: the compressed analysis and the mention
// record writeAnalyses would make when the article's stored text is the analysed text (Doc.text). Made in the
// thread that analysed the article, so the thread that saves does not compress; writeAnalyses takes it only when
// the stored text is indeed the analysed text, and makes both itself otherwise.
import { encodeDoc } from '../docCodec.js';
import type { PackedAnalysis } from '../store.js';
import type { Doc } from '../../types.js';
import { mentionRecordOf } from './entities.js';

/** What writeAnalyses stores for `doc` when the article's text is `doc.text`; `timelineRecord`: one is saved with it. */
export function packAnalysis(doc: Doc, timelineRecord: boolean): PackedAnalysis {
  const mentions = mentionRecordOf(doc, doc.text, timelineRecord);
  const packed: PackedAnalysis = { doc: encodeDoc(doc, doc.text, mentions.kept) };
  if (mentions.record) packed.mentions = mentions.record;
  return packed;
}
