// Saved timelines ("follow"): named timeline definitions with their curation edits, the times each was last
// viewed and exported, and snapshots of what it showed, so that "what's new since" has something to compare
// with. The values are opaque JSON here: service/follow owns their shape; the stores only keep them.

export interface SavedTimelineRecord {
  name: string;
  /** The timeline request, as JSON. */
  definition: string;
  /** The curation edits in the order they were made, as JSON. */
  edits: string;
  createdAt: string;
  lastViewed?: string;
  lastExported?: string;
  /** What the latest refresh was built from (store content and edits), so that an unchanged one is skipped. */
  refreshedKey?: string;
}

export type SavedTimelinePatch = Partial<Pick<SavedTimelineRecord, 'edits' | 'lastViewed' | 'lastExported' | 'refreshedKey'>>;

/** What a saved timeline showed at one moment (entries as JSON), and why it was taken. */
export interface TimelineSnapshotRecord {
  takenAt: string;
  kind: 'view' | 'export' | 'refresh';
  entries: string;
}

export interface SavedTimelineStore {
  /** Stores a new saved timeline; false when the name is taken. */
  create(record: Pick<SavedTimelineRecord, 'name' | 'definition' | 'createdAt'>): Promise<boolean>;
  list(): Promise<SavedTimelineRecord[]>;
  get(name: string): Promise<SavedTimelineRecord | undefined>;
  update(name: string, patch: SavedTimelinePatch): Promise<void>;
  /** Deletes a saved timeline and its snapshots; false when there was none. */
  delete(name: string): Promise<boolean>;
  /** Adds a snapshot and keeps only the `keep` latest of that timeline. */
  addSnapshot(name: string, snapshot: TimelineSnapshotRecord, keep: number): Promise<void>;
  /** The latest snapshot taken at or before `at` (ISO time), or the latest of all without `at`. */
  snapshotAt(name: string, at?: string): Promise<TimelineSnapshotRecord | undefined>;
  /** When each article was ingested (ISO time, UTC). */
  ingestTimes(ids: number[]): Promise<Map<number, string>>;
  /** A short text that changes whenever articles or analyses are added or replaced. */
  contentStamp(): Promise<string>;
}

export interface SnapshotRow {
  taken_at: string;
  kind: string;
  entries: string;
}

export interface SavedRow {
  name: string;
  definition: string;
  edits: string;
  created_at: string;
  last_viewed: string | null;
  last_exported: string | null;
  refreshed_key: string | null;
}

export function toSavedRecord(r: SavedRow): SavedTimelineRecord {
  const out: SavedTimelineRecord = { name: r.name, definition: r.definition, edits: r.edits, createdAt: r.created_at };
  if (r.last_viewed != null) out.lastViewed = r.last_viewed;
  if (r.last_exported != null) out.lastExported = r.last_exported;
  if (r.refreshed_key != null) out.refreshedKey = r.refreshed_key;
  return out;
}

export function toSnapshot(r: SnapshotRow): TimelineSnapshotRecord {
  return { takenAt: r.taken_at, kind: r.kind as TimelineSnapshotRecord['kind'], entries: r.entries };
}

/** Column names of the patchable fields. */
export const PATCH_COLUMNS: Record<keyof SavedTimelinePatch, string> = {
  edits: 'edits', lastViewed: 'last_viewed', lastExported: 'last_exported', refreshedKey: 'refreshed_key',
};
