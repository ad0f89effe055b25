// Curation of a saved timeline, as pure functions: the editor's edits are kept as an ordered list and applied
// again to every rebuild, so they hold after new articles arrive. Sentences are named by a key made of their
// article's content hash and their offset in it, which stays the same however often the timeline is rebuilt.
import { createHash } from 'node:crypto';
import type { TimelineEntry, TimelineSentence, TimelineSource } from '../../types.js';

export interface KeyedSentence extends TimelineSentence {
  /** Stable name of the sentence: article content hash and offset ("m-…" for a manual entry's text). */
  key: string;
  /** Set on text an editor added; its URL is the source. */
  manual?: true;
  /** When a manual sentence was added (ISO time). */
  addedAt?: string;
}

export interface FollowEntry extends TimelineEntry {
  sentences: KeyedSentence[];
  /** The editor pinned this entry: it stays even when the ranking drops it. */
  pinned?: true;
  /** The edits that touched this entry, in words ("re-dated from 2023-03-15", "headline"). */
  edited?: string[];
}

/** An edit as an editor asks for it. */
export type EditRequest =
  | { op: 'pin'; date: string }
  | { op: 'hide'; date: string }
  | { op: 'hide-sentence'; key: string }
  | { op: 'date'; from: string; to: string }
  | { op: 'headline'; date: string; text: string }
  | { op: 'add'; date: string; text: string; url: string }
  | { op: 'merge'; dates: [string, string] }
  | { op: 'undo' };

/**
 * An edit as stored: when it was made, and for a pin, a headline or a new date the entry as it was, so that an
 * entry an editor worked on stays when the ranking drops it.
 */
export type FollowEdit = Exclude<EditRequest, { op: 'undo' }> & { at: string; entry?: FollowEntry };

export function sentenceKey(articleText: string, start: number): string {
  return `${createHash('sha1').update(articleText).digest('hex').slice(0, 10)}-${start}`;
}

export function manualKey(date: string, text: string, url: string): string {
  return `m-${createHash('sha1').update(`${date}\n${text}\n${url}`).digest('hex').slice(0, 10)}`;
}

/** The sentence keys the edits hide. */
export function hiddenKeys(edits: readonly FollowEdit[]): Set<string> {
  return new Set(edits.flatMap((e) => (e.op === 'hide-sentence' ? [e.key] : [])));
}

function granularityOf(date: string): TimelineEntry['granularity'] {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function note(e: FollowEntry, what: string): void {
  e.edited = [...(e.edited ?? []), what];
}

function outletOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The cited articles of sentences, one each; manual sentences are credited by their URL. */
function sourcesOf(sentences: readonly KeyedSentence[], keep: readonly TimelineSource[] = []): TimelineSource[] {
  const out = [...keep];
  const seen = new Set(out.map((s) => (s.articleId === 0 ? s.url : s.articleId)));
  for (const s of sentences) {
    const id = s.articleId === 0 ? s.url : s.articleId;
    if (seen.has(id)) continue;
    seen.add(id);
    const outlet = s.outlet ?? s.source;
    out.push({ articleId: s.articleId, published: s.published, ...(s.title ? { title: s.title } : {}),
      ...(outlet ? { outlet } : {}), ...(s.url ? { url: s.url } : {}) });
  }
  return out;
}

/** `b` folded into `a`: its sentences after a's (each key once) and its sources added. */
function mergeInto(a: FollowEntry, b: FollowEntry): void {
  const keys = new Set(a.sentences.map((s) => s.key));
  a.sentences = [...a.sentences, ...b.sentences.filter((s) => !keys.has(s.key))];
  a.sources = sourcesOf(a.sentences, [...(a.sources ?? []), ...(b.sources ?? [])].filter(
    (s, i, all) => all.findIndex((t) => t.articleId === s.articleId && t.url === s.url) === i));
  delete a.reportedBy;
  if (b.pinned) a.pinned = true;
  a.edited = [...(a.edited ?? []), ...(b.edited ?? [])];
}

function clone(e: FollowEntry): FollowEntry {
  return structuredClone(e);
}

/**
 * The built entries with the edits applied in the order they were made. An edit naming a date no entry has any
 * more does nothing, except a pin, a headline or a new date, which bring back the entry as it was then.
 */
export function applyEdits(built: readonly FollowEntry[], edits: readonly FollowEdit[]): FollowEntry[] {
  let entries = built.map(clone);
  const at = (date: string): FollowEntry | undefined => entries.find((e) => e.date === date);
  // The entry an edit was made on, brought back as it was then when the ranking no longer shows it.
  const kept = (date: string, edit: FollowEdit): FollowEntry | undefined => {
    const found = at(date);
    if (found || !edit.entry) return found;
    const restored = clone(edit.entry);
    entries.push(restored);
    return restored;
  };
  for (const edit of edits) {
    switch (edit.op) {
      case 'pin': {
        const found = kept(edit.date, edit);
        if (found) found.pinned = true;
        break;
      }
      case 'hide':
        entries = entries.filter((e) => e.date !== edit.date);
        break;
      case 'hide-sentence':
        for (const e of entries) {
          const kept = e.sentences.filter((s) => s.key !== edit.key);
          if (kept.length === e.sentences.length) continue;
          e.sentences = kept;
          e.sources = sourcesOf(kept);
          delete e.reportedBy;
        }
        entries = entries.filter((e) => e.sentences.length > 0);
        break;
      case 'date': {
        const moved = kept(edit.from, edit);
        if (!moved || edit.from === edit.to) break;
        const target = at(edit.to);
        moved.date = edit.to;
        moved.granularity = granularityOf(edit.to);
        note(moved, `re-dated from ${edit.from}`);
        if (target) {
          mergeInto(target, moved);
          entries = entries.filter((e) => e !== moved);
        }
        break;
      }
      case 'headline': {
        const e = kept(edit.date, edit);
        if (e) { e.headline = edit.text; note(e, 'headline'); }
        break;
      }
      case 'add': {
        const outlet = outletOfUrl(edit.url);
        // The web site names the source: as the title, so that the credit reads "example.org" and not an article number.
        const sentence: KeyedSentence = { text: edit.text, articleId: 0, sentenceIndex: 0, published: edit.date,
          url: edit.url, ...(outlet ? { title: outlet } : {}), key: manualKey(edit.date, edit.text, edit.url), manual: true,
          addedAt: edit.at };
        const e = at(edit.date);
        if (e) {
          e.sentences.push(sentence);
          e.sources = sourcesOf([sentence], e.sources ?? sourcesOf(e.sentences));
          delete e.reportedBy;
          note(e, 'text added');
        } else {
          entries.push({ date: edit.date, granularity: granularityOf(edit.date), sentences: [sentence],
            sources: sourcesOf([sentence]), edited: ['added by hand'] });
        }
        break;
      }
      case 'merge': {
        const [a, b] = [at(edit.dates[0]), at(edit.dates[1])];
        if (!a || !b || a === b) break;
        mergeInto(a, b);
        note(a, `merged with ${b.date}`);
        entries = entries.filter((e) => e !== b);
        break;
      }
    }
  }
  return entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
