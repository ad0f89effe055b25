// What changed in a saved timeline since a moment: each entry is new, changed (new sources or another sentence)
// or unchanged. The moment's state is a snapshot of the entries (date, sentence keys, cited articles) taken when
// the timeline was viewed, exported or refreshed; with no snapshot that old, the articles' ingest times decide.
import type { FollowEntry } from './curate.js';

export type EntryStatus = 'new' | 'changed' | 'unchanged';

/** An entry as a snapshot keeps it. */
export interface SnapshotEntry {
  date: string;
  headline?: string;
  keys: string[];
  /** Cited article ids (0 for text added by hand). */
  sources: number[];
}

export interface EntryChange {
  status: EntryStatus;
  /** Sources cited now and not then. */
  newSources: number;
  /** Sentences shown now and not then. */
  newSentences: number;
}

export interface TimelineDiff {
  /** One per current entry, in order. */
  changes: EntryChange[];
  /** Dates shown then and no longer. */
  dropped: string[];
  /** What the comparison was made against. */
  basis: 'snapshot' | 'ingest-times';
}

export function snapshotEntries(entries: readonly FollowEntry[]): SnapshotEntry[] {
  return entries.map((e) => ({
    date: e.date,
    ...(e.headline ? { headline: e.headline } : {}),
    keys: e.sentences.map((s) => s.key),
    sources: [...new Set(e.sentences.map((s) => s.articleId))],
  }));
}

/** Compares the current entries with a snapshot, entry by entry on their dates. */
export function diffWithSnapshot(current: readonly FollowEntry[], then: readonly SnapshotEntry[]): TimelineDiff {
  return diffSnapshots(snapshotEntries(current), then);
}

/** Compares two snapshots, entry by entry on their dates. */
export function diffSnapshots(current: readonly SnapshotEntry[], then: readonly SnapshotEntry[]): TimelineDiff {
  const byDate = new Map(then.map((e) => [e.date, e]));
  const changes = current.map((now): EntryChange => {
    const old = byDate.get(now.date);
    if (!old) return { status: 'new', newSources: now.sources.length, newSentences: now.keys.length };
    const oldSources = new Set(old.sources);
    const oldKeys = new Set(old.keys);
    const newSources = now.sources.filter((id) => !oldSources.has(id)).length;
    const newSentences = now.keys.filter((k) => !oldKeys.has(k)).length;
    return { status: newSources + newSentences > 0 ? 'changed' : 'unchanged', newSources, newSentences };
  });
  const dates = new Set(current.map((e) => e.date));
  return { changes, dropped: then.filter((e) => !dates.has(e.date)).map((e) => e.date), basis: 'snapshot' };
}

/**
 * Compares by arrival: an entry whose sources all arrived after `since` is new, one with some is changed. Text
 * added by hand counts from when it was added.
 */
export function diffByArrival(current: readonly FollowEntry[], ingested: ReadonlyMap<number, string>,
  since: string): TimelineDiff {
  const changes = current.map((e): EntryChange => {
    const times = new Map<string, string | undefined>();
    for (const s of e.sentences) {
      times.set(s.manual ? s.key : String(s.articleId), s.manual ? s.addedAt : ingested.get(s.articleId));
    }
    const after = [...times.values()].filter((t) => t !== undefined && t > since).length;
    const freshSentences = e.sentences.filter((s) => {
      const t = s.manual ? s.addedAt : ingested.get(s.articleId);
      return t !== undefined && t > since;
    }).length;
    const status: EntryStatus = after === 0 ? 'unchanged' : after === times.size ? 'new' : 'changed';
    return { status, newSources: after, newSentences: freshSentences };
  });
  return { changes, dropped: [], basis: 'ingest-times' };
}

/** How many entries are new or changed. */
export function unreadCount(diff: TimelineDiff): number {
  return diff.changes.filter((c) => c.status !== 'unchanged').length;
}
