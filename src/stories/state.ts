// The clusterer's saved state, as stored in users' databases between ingest runs. The format is versioned:
// any change to it (keys, order, rounding) must bump STATE_VERSION, because a state is read back exactly as
// written and continued. A state of the previous version is migrated (what it lacks is derived from what it
// has); one of any other version cannot be continued and starts a fresh clusterer.
import type { EventState, Story } from './model.js';
import type { StoryOptions } from './options.js';
import { StorySet } from './storySet.js';
import { Centroid } from './vectors.js';
import { Vocabulary, type DfTable } from './vocabulary.js';
import { addWeeks, weekOf } from './when.js';

export const STATE_VERSION = 3;
/**
 * Versions `loadState` migrates: 2 lacks the stories' reported weeks (their publication spans stand in) and
 * headline candidates (labels fall back to names and terms until new articles bring candidates).
 */
const MIGRATED_VERSIONS = new Set([2]);

/** [key, df, display form, or '' when the display form is the key itself]. */
export type SavedVocabRow = [string, number, string];
/** [key, weight rounded to 4 decimals]. */
export type SavedCentroid = [string, number][];

export interface SavedEvent {
  id: number;
  first: number;
  last: number;
  articles: number;
  label?: string;
  terms?: SavedCentroid;
  entities?: SavedCentroid;
  headlines?: string[];
}

export interface SavedStory {
  id: number;
  first: number;
  last: number;
  whenWeeks: number[];
  articles: number;
  joins: number;
  joinScoreSum: number;
  terms: SavedCentroid;
  entities: SavedCentroid;
  events: SavedEvent[];
  headlines: string[];
}

/** Key order is part of the format: states are compared and stored as JSON text. */
export interface SavedStoryState {
  version: number;
  docs: number;
  nextStoryId: number;
  nextEventId: number;
  newestDay: number | null;
  aliases: [number, number][];
  termVocab: SavedVocabRow[];
  entityVocab: SavedVocabRow[];
  stories: SavedStory[];
}

/** Everything the clusterer carries from one batch to the next. */
export interface ClustererState {
  vocab: Vocabulary;
  stories: StorySet;
  newestDay: number;
}

/** The saved form of a state. Saving prunes the centroids to their capacity, as a later add would. */
export function saveState(st: ClustererState): SavedStoryState {
  st.stories.pruneCentroids();
  const vocab = (t: DfTable): SavedVocabRow[] =>
    [...t.entries].map(([k, e]) => (e.display === k ? [k, e.df, ''] : [k, e.df, e.display]));
  return {
    version: STATE_VERSION,
    docs: st.vocab.docs,
    nextStoryId: st.stories.nextStoryId,
    nextEventId: st.stories.nextEventId,
    newestDay: Number.isFinite(st.newestDay) ? st.newestDay : null,
    aliases: [...st.stories.aliases],
    termVocab: vocab(st.vocab.terms),
    entityVocab: vocab(st.vocab.entities),
    stories: st.stories.list.map((s) => ({
      id: s.id,
      first: s.first,
      last: s.last,
      whenWeeks: [...s.whenWeeks],
      articles: s.articles,
      joins: s.joins,
      joinScoreSum: Math.round(s.joinScoreSum * 1e4) / 1e4,
      terms: s.terms.toJSON(),
      entities: s.entities.toJSON(),
      events: s.events.map((e) => ({
        id: e.id,
        first: e.first,
        last: e.last,
        articles: e.articles,
        ...(e.label !== undefined ? { label: e.label } : {}),
        ...(e.terms ? { terms: e.terms.toJSON() } : {}),
        ...(e.entities ? { entities: e.entities.toJSON() } : {}),
        ...(e.headlines ? { headlines: [...e.headlines] } : {}),
      })),
      headlines: [...s.headlines],
    })),
  };
}

/** An empty state. */
export function freshState(o: StoryOptions): ClustererState {
  return { vocab: new Vocabulary(), stories: new StorySet(o), newestDay: -Infinity };
}

function num(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`story state: ${what} is not a number`);
  return x;
}

function readVocab(list: unknown, into: DfTable, what: string): void {
  if (!Array.isArray(list)) throw new Error(`story state: ${what} is not a list`);
  for (const row of list) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number') {
      throw new Error(`story state: ${what} holds a malformed entry ${JSON.stringify(row)}`);
    }
    into.entries.set(row[0], { df: row[1], display: typeof row[2] === 'string' && row[2] ? row[2] : row[0] });
  }
}

function readHeadlines(list: unknown, what: string): string[] {
  if (!Array.isArray(list) || !list.every((h) => typeof h === 'string')) throw new Error(`story state: ${what} is not a list of strings`);
  return [...(list as string[])];
}

function readEvent(re: Record<string, unknown>, storyId: number, o: StoryOptions): EventState {
  const eid = num(re.id, `story ${storyId} event id`);
  const e: EventState = {
    id: eid,
    first: num(re.first, `event ${eid} first`),
    last: num(re.last, `event ${eid} last`),
    articles: num(re.articles, `event ${eid} articles`),
  };
  if (typeof re.label === 'string') e.label = re.label;
  if (re.terms !== undefined) e.terms = Centroid.fromJSON(o.eventTerms, re.terms, `event ${eid} terms`);
  if (re.entities !== undefined) e.entities = Centroid.fromJSON(o.storyEntities, re.entities, `event ${eid} entities`);
  if (re.headlines !== undefined) e.headlines = readHeadlines(re.headlines, `event ${eid} headlines`);
  return e;
}

/** A version-2 story's reported weeks: every week of its publication span (then thinned to the bound). */
function publicationWeeks(first: number, last: number): number[] {
  const weeks: number[] = [];
  for (let w = weekOf(first); w <= weekOf(last); w++) weeks.push(w);
  addWeeks(weeks, []);
  return weeks;
}

function readWeeks(list: unknown, id: number): number[] {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`story state: story ${id} whenWeeks is not a list of weeks`);
  const weeks: number[] = [];
  addWeeks(weeks, list.map((w, i) => num(w, `story ${id} whenWeeks[${i}]`)));
  return weeks;
}

function readStory(raw: Record<string, unknown>, o: StoryOptions, version: number): Story {
  const id = num(raw.id, 'story id');
  const first = num(raw.first, `story ${id} first`);
  const last = num(raw.last, `story ${id} last`);
  const s: Story = {
    id,
    first,
    last,
    whenWeeks: version < 3 ? publicationWeeks(first, last) : readWeeks(raw.whenWeeks, id),
    articles: num(raw.articles, `story ${id} articles`),
    joins: num(raw.joins, `story ${id} joins`),
    joinScoreSum: num(raw.joinScoreSum, `story ${id} joinScoreSum`),
    terms: Centroid.fromJSON(o.storyTerms, raw.terms, `story ${id} terms`),
    entities: Centroid.fromJSON(o.storyEntities, raw.entities, `story ${id} entities`),
    events: [],
    headlines: version < 3 ? [] : readHeadlines(raw.headlines, `story ${id} headlines`),
    core: [],
  };
  for (const re of (Array.isArray(raw.events) ? raw.events : []) as Record<string, unknown>[]) {
    s.events.push(readEvent(re, id, o));
  }
  return s;
}

/** The stories of a state as loadState restores them, without its vocabularies and indexes: for their summaries. */
export function savedStories(saved: SavedStoryState, o: StoryOptions): Story[] {
  return saved.stories.map((raw) => readStory(raw as unknown as Record<string, unknown>, o, saved.version));
}

/**
 * Which story each merged story was merged into, as loadState would read it, without restoring the stories: a
 * request for one story's articles needs no more (restoring every centroid cost half of a story timeline).
 */
export function savedAliases(state: unknown): Map<number, number> {
  if (typeof state !== 'object' || state === null) throw new Error('story state: not a JSON object');
  const saved = state as Record<string, unknown>;
  const version = typeof saved.version === 'number' ? saved.version : 0;
  // A state loadState cannot continue starts afresh, with no merges.
  if (version !== STATE_VERSION && !MIGRATED_VERSIONS.has(version)) return new Map();
  return new Map(readAliases(saved));
}

/**
 * The saved state's fields up to and including its aliases, parsed from the head of its text: saveState writes
 * them first, and they hold only numbers, so their end is where the aliases' brackets close. Parsing the whole
 * state (its vocabularies and story centroids, megabytes at ten thousand articles) cost as much as a story's
 * timeline. A text of another layout is parsed whole.
 */
export function savedStateHead(json: string): unknown {
  const key = json.indexOf('"aliases":');
  const open = key < 0 ? -1 : json.indexOf('[', key);
  if (open >= 0 && /^\{"version":/.test(json)) {
    let depth = 0;
    for (let i = open; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c === 0x5b) depth++;
      else if (c === 0x5d && --depth === 0) {
        try {
          // Parsing fails when the key was not the top-level one (inside a string): the whole text is read instead.
          return JSON.parse(`${json.slice(0, i + 1)}}`);
        } catch {
          break;
        }
      } else if (c === 0x22) break;
    }
  }
  return JSON.parse(json);
}

function readAliases(saved: Record<string, unknown>): [number, number][] {
  const out: [number, number][] = [];
  for (const pair of Array.isArray(saved.aliases) ? saved.aliases : []) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') {
      throw new Error(`story state: aliases holds a malformed entry ${JSON.stringify(pair)}`);
    }
    out.push([pair[0], pair[1]]);
  }
  return out;
}

/**
 * Reads a saved state back (throwing on a malformed one). A state from an older format cannot be continued:
 * a fresh state is returned whose story ids start after the old ones, so stored assignments stay unambiguous.
 */
export function loadState(state: unknown, o: StoryOptions): ClustererState {
  const st = freshState(o);
  if (typeof state !== 'object' || state === null) throw new Error('story state: not a JSON object');
  const saved = state as Record<string, unknown>;
  const version = typeof saved.version === 'number' ? saved.version : 0;
  if (version !== STATE_VERSION && !MIGRATED_VERSIONS.has(version)) {
    const old = Array.isArray(saved.stories) ? (saved.stories as { id?: unknown }[]) : [];
    const maxId = Math.max(0, ...old.map((s) => (typeof s.id === 'number' ? s.id : 0)));
    st.stories.nextStoryId = maxId + 1;
    st.stories.nextEventId = maxId + 1;
    return st;
  }
  st.vocab.docs = num(saved.docs, 'docs');
  st.stories.nextStoryId = num(saved.nextStoryId, 'nextStoryId');
  st.stories.nextEventId = num(saved.nextEventId, 'nextEventId');
  st.newestDay = saved.newestDay === null ? -Infinity : num(saved.newestDay, 'newestDay');
  for (const [from, into] of readAliases(saved)) st.stories.aliases.set(from, into);
  readVocab(saved.termVocab, st.vocab.terms, 'termVocab');
  readVocab(saved.entityVocab, st.vocab.entities, 'entityVocab');
  if (!Array.isArray(saved.stories)) throw new Error('story state: stories is not a list');
  // The archive boundary first, so that old stories are posted in the archive as they are read.
  st.stories.archiveBefore(st.newestDay);
  for (const raw of saved.stories as Record<string, unknown>[]) st.stories.restore(readStory(raw, o, version));
  return st;
}
