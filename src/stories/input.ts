// What the clusterer is handed for one stored article: its text and title, the names analysis found, and the
// sentences analysis read. Those sentences come from the cleaned text (page furniture set aside: an edition
// picker, a site's list of other stories), so a label drawn from them is never furniture.
import type { Article, Doc } from '../types.js';
import type { StoryInput } from './model.js';

/** How many of the analysed sentences a label may be drawn from: the lead, where a headline stands. */
export const LEAD_SENTENCES = 6;

export function storyInput(a: Pick<Article, 'id' | 'published' | 'text' | 'title'>, doc: Doc | undefined): StoryInput {
  const input: StoryInput = { id: a.id, published: a.published.slice(0, 10), text: a.text };
  if (a.title) input.title = a.title;
  if (doc) {
    input.entities = doc.entities.map((m) => ({ kind: m.kind, name: m.name }));
    input.lead = doc.sentences.slice(0, LEAD_SENTENCES).map((s) => ({ text: s.text, end: s.end }));
  }
  return input;
}
