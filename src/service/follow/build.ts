// Building a saved timeline: its stored request run against the stored articles, sentences keyed, hidden ones
// left out before the summariser chooses, and the edits applied to what it chose.
import type { SavedTimelineRecord, Store } from '../../store/store.js';
import { currentMethod } from '../../timeline/index.js';
import type { Timeline } from '../../types.js';
import { ServiceError } from '../errors.js';
import { timelineRequest, type TimelineRequest } from '../timeline.js';
import { applyEdits, hiddenKeys, sentenceKey, type FollowEdit, type FollowEntry, type KeyedSentence } from './curate.js';
import { snapshotEntries } from './diff.js';

/** Snapshots kept per saved timeline; older ones are dropped. */
const SNAPSHOTS_KEPT = 200;

/** A saved timeline's curated entries, as built now. */
export interface CuratedTimeline extends Timeline {
  entries: FollowEntry[];
}

export const now = (): string => new Date().toISOString();
export const editsOf = (r: SavedTimelineRecord): FollowEdit[] => JSON.parse(r.edits) as FollowEdit[];
/** A saved definition as it is built today: a method retired since it was saved gives way to its replacement. */
export function definitionOf(r: SavedTimelineRecord): TimelineRequest {
  const d = JSON.parse(r.definition) as TimelineRequest;
  return d.method === undefined ? d : { ...d, method: currentMethod(d.method) };
}

/** What a saved timeline may be called: letters, digits, spaces, '.', '_', '-'; at most 80, starting with a letter or digit. */
export const NAME_RULE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u;

/**
 * The saved timeline of that name; an unknown name is an error listing the saved ones. A name no timeline could
 * have (a control character, say) is never sent to the store: PostgreSQL refuses some such text outright.
 */
export async function savedRecord(store: Store, name: string): Promise<SavedTimelineRecord> {
  const found = NAME_RULE.test(name) ? await store.saved.get(name) : undefined;
  if (found) return found;
  const names = (await store.saved.list()).map((r) => r.name);
  throw new ServiceError('not_found', `there is no saved timeline '${name}'; ` +
    (names.length ? `saved timelines: ${names.join(', ')}` : 'no timeline is saved yet'));
}

/** Builds the saved timeline from the stored articles and applies its edits; hidden sentences are never chosen. */
export async function buildSaved(store: Store, r: SavedTimelineRecord, edits = editsOf(r)): Promise<CuratedTimeline> {
  const hidden = hiddenKeys(edits);
  const keys = new Map<string, string>();
  const built = await timelineRequest(store, definitionOf(r), {
    prepareDoc: (doc) => {
      const sentences = doc.sentences.filter((s) => {
        const key = sentenceKey(doc.text, s.start);
        keys.set(`${doc.id}:${s.index}`, key);
        return !hidden.has(key);
      });
      return sentences.length === doc.sentences.length ? doc : { ...doc, sentences };
    },
  });
  const entries = built.entries.map((e): FollowEntry => ({
    ...e,
    sentences: e.sentences.map((s): KeyedSentence => ({ ...s, key: keys.get(`${s.articleId}:${s.sentenceIndex}`) ?? '' })),
  }));
  const timeline: CuratedTimeline = { query: built.query, method: built.method, entries: applyEdits(entries, edits) };
  if (built.matched) timeline.matched = built.matched;
  return timeline;
}

export async function keepSnapshot(store: Store, name: string, kind: 'view' | 'export' | 'refresh', at: string,
  entries: FollowEntry[]): Promise<void> {
  await store.saved.addSnapshot(name, { takenAt: at, kind, entries: JSON.stringify(snapshotEntries(entries)) },
    SNAPSHOTS_KEPT);
}
