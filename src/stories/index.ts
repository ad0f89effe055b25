// Story clustering (incremental). First version: articles sharing a dataset topic or most of their top terms.
import { contentTerms } from './terms.js';

export interface StoryInput {
  id: number;
  published: string;
  text: string;
  title?: string;
  entities?: { kind: string; name: string }[];
}

export interface StorySummary {
  id: number;
  label: string;
  articles: number;
  first: string;
  last: string;
  events: { date: string; label: string; articles: number }[];
}

interface StoryState { id: number; terms: Record<string, number>; articles: number; first: string; last: string }

export class StoryClusterer {
  private storiesList: StoryState[] = [];

  add(inputs: StoryInput[]): { articleId: number; storyId: number; eventId: number }[] {
    const out: { articleId: number; storyId: number; eventId: number }[] = [];
    for (const a of inputs) {
      const terms = new Map<string, number>();
      for (const t of contentTerms(`${a.title ?? ''} ${a.text.slice(0, 3000)}`)) terms.set(t, (terms.get(t) ?? 0) + 1);
      let best: StoryState | undefined;
      let bestScore = 0;
      for (const s of this.storiesList) {
        let shared = 0;
        for (const [t] of terms) if (s.terms[t]) shared++;
        const score = shared / Math.max(1, terms.size);
        if (score > bestScore) { bestScore = score; best = s; }
      }
      if (!best || bestScore < 0.3) {
        best = { id: this.storiesList.length + 1, terms: {}, articles: 0, first: a.published, last: a.published };
        this.storiesList.push(best);
      }
      for (const [t, c] of terms) best.terms[t] = (best.terms[t] ?? 0) + c;
      best.articles++;
      if (a.published < best.first) best.first = a.published;
      if (a.published > best.last) best.last = a.published;
      out.push({ articleId: a.id, storyId: best.id, eventId: best.id });
    }
    return out;
  }

  stories(): StorySummary[] {
    return this.storiesList.map((s) => ({
      id: s.id,
      label: Object.entries(s.terms).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t]) => t).join(', '),
      articles: s.articles, first: s.first, last: s.last, events: [],
    }));
  }

  toJSON(): { stories: StoryState[] } {
    return { stories: this.storiesList };
  }

  static fromJSON(state: unknown): StoryClusterer {
    const c = new StoryClusterer();
    c.storiesList = ((state as { stories?: StoryState[] }).stories ?? []);
    return c;
  }
}
