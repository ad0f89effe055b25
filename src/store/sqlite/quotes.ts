// How quotes are kept on SQLite. A quote's text is a slice of its article's text, so a row keeps it only when
// SQLite's substr would not give it back exactly (offsets counted differently around characters outside the Basic
// Multilingual Plane, or an analysis of other text than the stored one); on the 10k synthetic archive that leaves
// two thirds of the quotes table out. Migration 9 applied the same test to rows written before.
import type { Quote } from '../../types.js';
import type { StatementCache } from './statements.js';

/** The quote's text in a query over `quotes q JOIN articles a`. */
export const QUOTE_TEXT = 'coalesce(q.text, substr(a.text, q.start + 1, q.end - q.start))';

/**
 * A writer of one article's quotes, `seq` numbering them within the article (the analysis's order; rows are kept in
 * article and seq order, migration 14); runs inside the caller's write transaction.
 */
export function quoteWriter(sql: StatementCache):
  (articleId: number, seq: number, speakerId: number | null, q: Quote) => void {
  const put = sql.get(`INSERT INTO quotes(article_id, seq, speaker_entity_id, speaker, speaker_text, cue, text, start,
    end, direct, said_on) VALUES (@article, @seq, @speakerId, @speaker, @speakerText, @cue,
    CASE WHEN @text = (SELECT substr(text, @start + 1, @end - @start) FROM articles WHERE id = @article)
      THEN NULL ELSE @text END, @start, @end, @direct, @saidOn)`);
  return (articleId, seq, speakerId, q) => {
    put.run({ article: articleId, seq, speakerId, speaker: q.speaker ?? null, speakerText: q.speakerText ?? null,
      cue: q.cue ?? null, text: q.text, start: q.start, end: q.end, direct: q.direct ? 1 : 0, saidOn: q.saidOn ?? null });
  };
}
