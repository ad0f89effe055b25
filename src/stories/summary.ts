// What a reader sees of the stories: a headline-like label (its most central article headline, or failing
// any, its heaviest names and terms), its dates, and its events in date order.
import type { StorySummary } from '../types.js';
import { isoDay } from './days.js';
import { bestHeadline } from './headline.js';
import type { EventState, Story } from './model.js';
import type { Centroid } from './vectors.js';
import type { Vocabulary } from './vocabulary.js';

/** "Name, Name: term, term" from the heaviest entities and content terms, in their readable forms. */
export function label(vocab: Vocabulary, terms: Centroid, entities: Centroid, nEntities: number, nTerms: number): string {
  const names: string[] = [];
  for (const k of entities.top(nEntities * 3)) {
    const display = vocab.entities.display(k);
    // Skip a name contained in one already chosen ("Obama" after "Barack Obama").
    if (names.some((n) => n.toLowerCase().includes(k))) continue;
    names.push(display);
    if (names.length >= nEntities) break;
  }
  const lowerNames = names.join(' ').toLowerCase();
  const words: string[] = [];
  for (const t of terms.top(nTerms * 3)) {
    const w = vocab.terms.display(t);
    if (lowerNames.includes(w)) continue;
    words.push(w);
    if (words.length >= nTerms) break;
  }
  if (names.length === 0) return words.join(', ');
  return words.length === 0 ? names.join(', ') : `${names.join(', ')}: ${words.join(', ')}`;
}

/** An open event's label: its most central headline, else its heaviest names and terms. */
export function eventLabel(e: EventState, vocab: Vocabulary): string {
  if (e.label !== undefined) return e.label;
  if (!e.terms || !e.entities) return '';
  return bestHeadline(e.headlines ?? [], e.terms) ?? label(vocab, e.terms, e.entities, 2, 3);
}

/** The stories with their labels and dated events (events in date order, then id). */
export function summarise(stories: readonly Story[], vocab: Vocabulary): StorySummary[] {
  return stories.map((s) => ({
    id: s.id,
    label: bestHeadline(s.headlines, s.terms) ?? label(vocab, s.terms, s.entities, 3, 3),
    articles: s.articles,
    first: isoDay(s.first),
    last: isoDay(s.last),
    events: [...s.events]
      .sort((a, b) => a.first - b.first || a.id - b.id)
      .map((e) => ({
        date: isoDay(e.first),
        label: eventLabel(e, vocab),
        articles: e.articles,
      })),
  }));
}
