// Saved timelines ("follow"): a named timeline request kept in the store with the editor's edits. Every view,
// export and refresh rebuilds it from the stored articles, applies the edits again and keeps a snapshot of the
// entries, so that the next view can say what is new since then.
import { renderTimeline, type RenderFormat } from '../render/index.js';
import type { SavedTimelineRecord, Store } from '../store/store.js';
import { periodBound } from '../text/calendar.js';
import { ServiceError } from './errors.js';
import {
  buildSaved, definitionOf, editsOf, keepSnapshot, NAME_RULE, now, savedRecord, type CuratedTimeline,
} from './follow/build.js';
import type { FollowEdit, FollowEntry } from './follow/curate.js';
import { diffByArrival, diffSnapshots, diffWithSnapshot, unreadCount, type SnapshotEntry, type TimelineDiff } from './follow/diff.js';
import { renderSince, type SinceView } from './follow/render.js';
import type { TimelineRequest } from './timeline.js';

export type { EditRequest, FollowEdit, FollowEntry } from './follow/curate.js';
export { digestOf } from './follow/render.js';
export { buildSaved, type CuratedTimeline } from './follow/build.js';

export interface FollowSummary {
  name: string;
  definition: TimelineRequest;
  createdAt: string;
  lastViewed?: string;
  lastExported?: string;
  edits: number;
  /** Entries of the latest snapshot. */
  entries: number;
  /** Entries new or changed since the last view. */
  unread: number;
}

function checkName(name: string): void {
  if (!NAME_RULE.test(name)) {
    throw new ServiceError('invalid', `'${name}' is not a usable name: use letters, digits, spaces, '.', '_' or '-' ` +
      '(at most 80, starting with a letter or digit)');
  }
}

/**
 * Saves a timeline definition under a name and takes its first snapshot. A definition that cannot be built
 * (a malformed option, an unknown story or entity) is refused; one with no matching articles yet is kept.
 */
export async function createFollow(store: Store, name: string, definition: TimelineRequest):
  Promise<{ entries: number; note?: string }> {
  checkName(name);
  if (await store.saved.get(name)) {
    throw new ServiceError('invalid', `a saved timeline named '${name}' already exists`);
  }
  const at = now();
  let timeline: CuratedTimeline | undefined;
  let note: string | undefined;
  const draft: SavedTimelineRecord = { name, definition: JSON.stringify(definition), edits: '[]', createdAt: at };
  try {
    timeline = await buildSaved(store, draft);
  } catch (err) {
    if (!(err instanceof ServiceError) || err.kind !== 'no_result') throw err;
    note = err.message;
  }
  if (!await store.saved.create(draft)) {
    throw new ServiceError('invalid', `a saved timeline named '${name}' already exists`);
  }
  if (timeline) await keepSnapshot(store, name, 'refresh', at, timeline.entries);
  await store.saved.update(name, { refreshedKey: refreshKey(await store.saved.contentStamp(), draft.edits) });
  return { entries: timeline?.entries.length ?? 0, ...(note ? { note } : {}) };
}

export async function deleteFollow(store: Store, name: string): Promise<void> {
  await savedRecord(store, name);
  await store.saved.delete(name);
}

async function summaryOf(store: Store, r: SavedTimelineRecord): Promise<FollowSummary> {
  const latest = await store.saved.snapshotAt(r.name);
  const seen = await store.saved.snapshotAt(r.name, r.lastViewed ?? r.createdAt);
  const entries = latest ? (JSON.parse(latest.entries) as SnapshotEntry[]) : [];
  const then = seen ? (JSON.parse(seen.entries) as SnapshotEntry[]) : [];
  const unread = unreadCount(diffSnapshots(entries, then));
  return {
    name: r.name, definition: definitionOf(r), createdAt: r.createdAt,
    ...(r.lastViewed ? { lastViewed: r.lastViewed } : {}), ...(r.lastExported ? { lastExported: r.lastExported } : {}),
    edits: editsOf(r).length, entries: entries.length, unread,
  };
}

/** Every saved timeline with its counts (as of the latest snapshot: refreshSavedTimelines brings them up to date). */
export async function listFollows(store: Store): Promise<FollowSummary[]> {
  return Promise.all((await store.saved.list()).map((r) => summaryOf(store, r)));
}

export async function showFollow(store: Store, name: string): Promise<FollowSummary & { editList: FollowEdit[] }> {
  const r = await savedRecord(store, name);
  return { ...await summaryOf(store, r), editList: editsOf(r).map(({ entry: _entry, ...e }) => e as FollowEdit) };
}

/** `since`: 'last-view', a date (YYYY-MM-DD, YYYY-MM or YYYY: its start) or an ISO time. */
export function sinceMoment(since: string, r: SavedTimelineRecord): string {
  if (since === 'last-view') return r.lastViewed ?? r.createdAt;
  if (/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(since) && !Number.isNaN(Date.parse(since))) return since;
  const day = periodBound(since);
  if (!day) {
    throw new ServiceError('invalid', `'${since}' is not a date or 'last-view' (use YYYY-MM-DD, YYYY-MM or YYYY)`,
      { param: 'since' });
  }
  return `${day}T00:00:00.000Z`;
}

/** Dates the editor took away (hidden, moved, merged into another): not news when they are no longer shown. */
function removedByEdits(edits: readonly FollowEdit[]): Set<string> {
  return new Set(edits.flatMap((e) => e.op === 'hide' ? [e.date] : e.op === 'date' ? [e.from] : e.op === 'merge' ? [e.dates[1]] : []));
}

async function diffSince(store: Store, r: SavedTimelineRecord, at: string, entries: FollowEntry[]): Promise<TimelineDiff> {
  const snap = await store.saved.snapshotAt(r.name, at);
  if (snap) {
    const diff = diffWithSnapshot(entries, JSON.parse(snap.entries) as SnapshotEntry[]);
    const removed = removedByEdits(editsOf(r));
    return { ...diff, dropped: diff.dropped.filter((d) => !removed.has(d)) };
  }
  const ids = [...new Set(entries.flatMap((e) => e.sentences.filter((s) => !s.manual).map((s) => s.articleId)))];
  return diffByArrival(entries, await store.saved.ingestTimes(ids), at);
}

export interface SavedView {
  timeline: CuratedTimeline;
  /** Present when asked what is new since a moment. */
  since?: SinceView;
  rendered: string;
}

/** Shows a saved timeline (and what is new since a moment); records the view and its snapshot. */
export async function viewSaved(store: Store, name: string, format: RenderFormat, since?: string): Promise<SavedView> {
  const r = await savedRecord(store, name);
  const sinceAt = since === undefined ? undefined : sinceMoment(since, r);
  const timeline = await buildSaved(store, r);
  const view: SavedView = { timeline, rendered: '' };
  if (sinceAt !== undefined) {
    view.since = { name, since: { at: sinceAt, asked: since! }, timeline, diff: await diffSince(store, r, sinceAt, timeline.entries) };
  }
  view.rendered = (view.since && renderSince(view.since, format)) || renderTimeline(timeline, format);
  const at = now();
  await keepSnapshot(store, name, 'view', at, timeline.entries);
  await store.saved.update(name, { lastViewed: at });
  return view;
}

/** The formats a saved timeline is published in. */
export const EXPORT_FORMATS = ['md', 'json', 'csv', 'html', 'timelinejs'] as const satisfies readonly RenderFormat[];

/** Renders a saved timeline for publication with its edits applied; records the export. */
export async function exportFollow(store: Store, name: string, format: RenderFormat): Promise<SavedView> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ServiceError('invalid', `'${format}' is not an export format (use ${EXPORT_FORMATS.join(', ')})`,
      { param: 'format' });
  }
  const r = await savedRecord(store, name);
  const timeline = await buildSaved(store, r);
  const at = now();
  await keepSnapshot(store, name, 'export', at, timeline.entries);
  await store.saved.update(name, { lastExported: at });
  return { timeline, rendered: renderTimeline(timeline, format) };
}

export { editFollow, type EditOutcome } from './follow/edit.js';

export interface RefreshOutcome {
  name: string;
  /** False when neither the store nor the edits changed since the last refresh. */
  rebuilt: boolean;
  entries?: number;
  /** Why it could not be built (no matching articles yet). */
  problem?: string;
}

/**
 * Rebuilds every saved timeline whose articles or edits changed since its last refresh and keeps a snapshot of
 * each, so that list counts and "what's new" see what arrived. Cheap when nothing changed: one query for the
 * store's content stamp, compared with the one each timeline was last built from.
 */
export async function refreshSavedTimelines(store: Store): Promise<RefreshOutcome[]> {
  const stamp = await store.saved.contentStamp();
  const out: RefreshOutcome[] = [];
  for (const r of await store.saved.list()) {
    const key = refreshKey(stamp, r.edits);
    if (r.refreshedKey === key) { out.push({ name: r.name, rebuilt: false }); continue; }
    try {
      const timeline = await buildSaved(store, r);
      await keepSnapshot(store, r.name, 'refresh', now(), timeline.entries);
      out.push({ name: r.name, rebuilt: true, entries: timeline.entries.length });
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      out.push({ name: r.name, rebuilt: true, problem: err.message });
    }
    await store.saved.update(r.name, { refreshedKey: key });
  }
  return out;
}

/** What a saved timeline is built from: the store's content and the edits (FNV-1a of their JSON). */
function refreshKey(stamp: string, edits: string): string {
  let h = 2166136261;
  for (let i = 0; i < edits.length; i++) h = Math.imul(h ^ edits.charCodeAt(i), 16777619);
  return `${stamp}|${edits.length}:${(h >>> 0).toString(16)}`;
}

