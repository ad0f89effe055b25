// What an editor needs to trust an entry: a headline, the cited articles (title, outlet, link, date), and how
// many articles of the selection, from how many outlets, report the same thing on the entry's date.
import type { ReportedBy, TimelineEntry, TimelineSource } from '../types.js';
import type { CollectedSentence, Collection } from './collection.js';
import { dayNumber, isoFromDay } from './dates.js';
import { headline } from './headline.js';
import { cosine } from './text.js';

/**
 * Cosine (tf-idf over the selection) from which a sentence of another article about the same date is taken to say
 * the same thing as a cited one. A first setting, above the summariser's own "repeats" bar minus a margin
 * (MAX_TIMELINE_SIMILARITY = 0.5); not yet checked against hand-judged pairs.
 */
export const SAME_THING_COSINE = 0.4;

/** The source's name, or the domain of the URL without "www." when there is no name. */
export function outletOf(source: string | undefined, url: string | undefined): string | undefined {
  const name = source?.trim();
  if (name) return name;
  if (!url) return undefined;
  try {
    const host = new URL(url.trim()).hostname.replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A function that completes entries built from one collection: headline from the first (best) sentence, the
 * distinct cited articles, and the corroboration count. The index of sentences by date is built on first use.
 */
export function entryDescriber(col: Collection, dates?: Iterable<string>):
  (entry: TimelineEntry, cited: CollectedSentence[]) => TimelineEntry {
  // With the dates the entries will have, only their sentences are indexed; a date not announced indexes them all.
  let only = dates ? new Set(dates) : undefined;
  let byDate: Map<string, CollectedSentence[]> | undefined;
  return (entry, cited) => {
    if (only && !only.has(entry.date)) {
      only = undefined;
      byDate = undefined;
    }
    byDate ??= indexByDate(col, only);
    const first = entry.sentences[0];
    return {
      ...entry,
      ...(first ? { headline: headline(first.text) } : {}),
      sources: citedSources(entry),
      reportedBy: reportedBy(cited, byDate.get(entry.date) ?? []),
    };
  };
}

function citedSources(entry: TimelineEntry): TimelineSource[] {
  const seen = new Set<number>();
  const out: TimelineSource[] = [];
  for (const s of entry.sentences) {
    if (seen.has(s.articleId)) continue;
    seen.add(s.articleId);
    const outlet = s.outlet ?? outletOf(s.source, s.url);
    out.push({
      articleId: s.articleId,
      published: s.published,
      ...(s.title !== undefined ? { title: s.title } : {}),
      ...(outlet !== undefined ? { outlet } : {}),
      ...(s.url !== undefined ? { url: s.url } : {}),
    });
  }
  return out;
}

/** Every sentence under each date it is about (of the dates `only`, when given): its days, the dates it names, its
 * event date. */
function indexByDate(col: Collection, only?: ReadonlySet<string>): Map<string, CollectedSentence[]> {
  const index = new Map<string, CollectedSentence[]>();
  // Sentences name the same few thousand days over and over: each is written out once.
  const isoOf = new Map<number, string>();
  const onlyDays = only ? new Set([...only].filter((v) => v.length === 10).map(dayNumber)) : undefined;
  // The dates one sentence is indexed under, each once: a sentence names a date or two, so one list serves them all
  // (a set per sentence was most of the cost of describing a large timeline's entries).
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  // Indexed loops: this runs once a request, over every sentence, and for-of made an iterator per list.
  for (let i = 0; i < col.sentences.length; i++) {
    const s = col.sentences[i]!;
    // Most sentences are about no date: they are passed by.
    if (s.days.length === 0 && s.dates.length === 0 && !s.event) continue;
    keys.length = 0;
    for (let j = 0; j < s.days.length; j++) {
      const d = s.days[j]!;
      if (onlyDays && !onlyDays.has(d)) continue;
      let iso = isoOf.get(d);
      if (iso === undefined) {
        iso = isoFromDay(d);
        isoOf.set(d, iso);
      }
      add(iso);
    }
    for (let j = 0; j < s.dates.length; j++) if (!only || only.has(s.dates[j]!.value)) add(s.dates[j]!.value);
    if (s.event && (!only || only.has(s.event.value))) add(s.event.value);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      const list = index.get(k);
      if (list) list.push(s);
      else index.set(k, [s]);
    }
  }
  return index;
}

/** The cited articles, plus those with a sentence on the date close enough to a cited sentence. */
function reportedBy(cited: CollectedSentence[], onDate: CollectedSentence[]): ReportedBy {
  const docs = new Map(cited.map((s) => [s.doc.id, s.doc]));
  for (const s of onDate) {
    if (docs.has(s.doc.id)) continue;
    if (cited.some((c) => cosine(c.vector, s.vector) >= SAME_THING_COSINE)) docs.set(s.doc.id, s.doc);
  }
  const outlets = new Set<string>();
  for (const d of docs.values()) {
    const o = outletOf(d.source, d.url);
    if (o) outlets.add(o.toLowerCase());
  }
  return { articles: docs.size, outlets: outlets.size };
}
